import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TokenScope } from '../common/auth/auth-decision';

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
  /** `read`: GET and HEAD only; `write`: everything (except managing tokens, which needs a session). */
  @Column('text') scope!: TokenScope;
  /** Every token expires (ACCESS_TOKEN_DEFAULT_DAYS, at most ACCESS_TOKEN_MAX_DAYS). */
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'last_used_at', nullable: true }) lastUsedAt!: Date | null;
}
