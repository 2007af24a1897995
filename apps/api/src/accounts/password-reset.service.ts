import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { RateLimits } from '../common/http/rate-limits';
import { AccessTokensService } from './access-tokens.service';
import { AccountTokens } from './account-tokens.service';
import { MailAcceptedDto, PasswordResetConfirmDto } from './dto/account-emails.dto';
import { Passwords } from './passwords';
import { Sessions } from './sessions';
import { User } from './user.entity';

/**
 * Every answer to a reset request takes at least this long, so the few milliseconds of writing a token and
 * an e-mail do not tell an observer that the address has an account.
 */
export const RESET_REQUEST_MIN_MS = 250;
const ACCEPTED: MailAcceptedDto = { detail: 'If an account uses this address, we have sent it a link to choose a new password. The link works for one hour.' };

@Injectable()
export class PasswordResetService {
  constructor(
    private readonly db: DataSource,
    private readonly tokens: AccountTokens,
    private readonly rateLimits: RateLimits,
    private readonly sessions: Sessions,
    private readonly passwords: Passwords,
    private readonly accessTokens: AccessTokensService,
  ) {}

  /**
   * Mails a reset link if the address has an account. Answers the same, after the same time, either way. Only the
   * IP is refused (429); the mails per account are bounded silently, so nobody can deny the owner with a 429 —
   * and while the bound holds, the links it let through (which outlive its window) are in the owner's inbox.
   */
  async request(email: string, ip: string): Promise<MailAcceptedDto> {
    await this.rateLimits.consume('password-reset-ip', ip);
    const started = Date.now();
    const user = await this.db.manager.findOneBy(User, { email });
    if (user && (await this.rateLimits.tryConsume('password-reset-account', email))) {
      await this.db.transaction((tx) => this.tokens.issue(tx, user.id, 'password-reset'));
    }
    await sleep(Math.max(0, RESET_REQUEST_MIN_MS - (Date.now() - started)));
    return ACCEPTED;
  }

  /**
   * Sets the new password, spends this link and every other outstanding reset link, revokes every personal access
   * token and signs the person out everywhere (whoever knew the old password may hold a session or have made a
   * token). Opening the e-mailed link also proves the address, so it counts as verified.
   */
  async confirm(dto: PasswordResetConfirmDto, sessionStore: FastifyRequest['sessionStore']): Promise<void> {
    // Refuse a bad token before paying for argon2; the transaction checks it again under a lock.
    await this.tokens.check(this.db.manager, 'password-reset', dto.token);
    const passwordHash = await this.passwords.hash(dto.password);
    const user = await this.db.transaction(async (tx) => {
      const userId = await this.tokens.redeem(tx, 'password-reset', dto.token);
      await tx.query('UPDATE users SET password_hash = $2, email_verified_at = coalesce(email_verified_at, now()), updated_at = now() WHERE id = $1', [
        userId,
        passwordHash,
      ]);
      await this.tokens.closeOutstanding(tx, userId, 'password-reset');
      await this.accessTokens.revokeAll(tx, userId);
      // Before the commit: if the sessions cannot be ended (Redis down), nothing changes and the link still works.
      await this.sessions.endAll(sessionStore, userId);
      return tx.findOneByOrFail(User, { id: userId });
    });
    await this.rateLimits.reset('login-account', user.email);
  }
}
