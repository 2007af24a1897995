import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Principal, TokenScope } from '../common/auth/auth-decision';
import { AppConfig } from '../common/config/app-config';
import { newToken, sha256 } from '../common/crypto/tokens';
import { ProblemException, msg, notFound } from '../common/problem/problem';
import { AccessToken } from './access-token.entity';
import { CreateAccessTokenDto } from './dto/access-token.dto';

export const ACCESS_TOKEN_PREFIX = 'wgp_';
const MAX_TOKENS_PER_USER = 50;
/** last_used_at is a hint for people, not an audit log: write it at most once a minute per token. */
const LAST_USED_RESOLUTION_MS = 60_000;

@Injectable()
export class AccessTokensService {
  constructor(
    @InjectRepository(AccessToken) private readonly tokens: Repository<AccessToken>,
    private readonly config: AppConfig,
  ) {}

  async create(userId: string, dto: CreateAccessTokenDto): Promise<{ token: string; record: AccessToken }> {
    const count = await this.tokens.countBy({ userId });
    if (count >= MAX_TOKENS_PER_USER) {
      throw new ProblemException(409, 'conflict', msg('problems:accounts.token-limit', { max: MAX_TOKENS_PER_USER }));
    }
    const days = dto.expiresInDays ?? this.config.accessTokenDefaultDays;
    if (days > this.config.accessTokenMaxDays) {
      const detail = `must be at most ${this.config.accessTokenMaxDays} days`;
      throw new ProblemException(400, 'validation-error', `expiresInDays ${detail}.`, {
        errors: [{ pointer: '#/expiresInDays', code: 'too-large', limit: this.config.accessTokenMaxDays, detail }],
      });
    }
    const token = newToken(ACCESS_TOKEN_PREFIX);
    const expiresAt = new Date(Date.now() + days * 86_400_000);
    const scope: TokenScope = dto.scope ?? 'read';
    const { identifiers } = await this.tokens.insert({ userId, name: dto.name, tokenHash: sha256(token), tokenHint: token.slice(-4), scope, expiresAt });
    const record = await this.tokens.findOneByOrFail({ id: identifiers[0].id as string });
    return { token, record };
  }

  list(userId: string): Promise<AccessToken[]> {
    return this.tokens.find({ where: { userId }, order: { createdAt: 'DESC' } });
  }

  async revoke(userId: string, id: string): Promise<void> {
    const { affected } = await this.tokens.delete({ id, userId });
    if (!affected) throw notFound('token');
  }

  /** Revokes every token of a person (a password reset: whoever knew the old password may have made one). */
  async revokeAll(tx: EntityManager, userId: string): Promise<number> {
    const { affected } = await tx.delete(AccessToken, { userId });
    return affected ?? 0;
  }

  /** Resolves a Bearer token to its owner, or null when it is unknown, revoked or expired. */
  async authenticate(token: string): Promise<Principal | null> {
    if (!token.startsWith(ACCESS_TOKEN_PREFIX) || token.length > 100) return null;
    const row = await this.tokens
      .createQueryBuilder('t')
      // A disabled account's tokens stay (enabling it again restores them) but are refused meanwhile.
      .innerJoin('users', 'u', 'u.id = t.user_id AND u.disabled_at IS NULL')
      .select(['t.id AS id', 't.user_id AS user_id', 't.scope AS scope', 't.last_used_at AS last_used_at'])
      .where('t.token_hash = :hash', { hash: sha256(token) })
      .andWhere('t.expires_at > now()')
      .getRawOne<{ id: string; user_id: string; scope: TokenScope; last_used_at: Date | null }>();
    if (!row) return null;
    if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.tokens.update({ id: row.id }, { lastUsedAt: new Date() });
    }
    return { userId: row.user_id, via: 'token', scope: row.scope };
  }
}
