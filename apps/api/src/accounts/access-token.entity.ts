import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A personal access token for REST clients. Only its SHA-256 is stored; the token is shown once. */
@Entity('access_tokens')
export class AccessToken {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'token_hash', select: false }) tokenHash!: string;
  /** The last four characters, so a person can tell their tokens apart. */
  @Column('text', { name: 'token_hint' }) tokenHint!: string;
  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false }) createdAt!: Date;
  @Column('timestamptz', { name: 'expires_at', nullable: true }) expiresAt!: Date | null;
  @Column('timestamptz', { name: 'last_used_at', nullable: true }) lastUsedAt!: Date | null;
}
