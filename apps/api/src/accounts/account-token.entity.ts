import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AccountTokenPurpose = 'verify-email' | 'password-reset';

/** A single-use, expiring token e-mailed to a person (verify the address, reset the password). Only its SHA-256 is stored. */
@Entity('account_tokens')
export class AccountToken {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('text') purpose!: AccountTokenPurpose;
  @Column('text', { name: 'token_hash', select: false }) tokenHash!: string;
  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false }) createdAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'used_at', nullable: true }) usedAt!: Date | null;
}
