import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RateLimits } from '../common/http/rate-limits';
import { ProblemException, msg } from '../common/problem/problem';
import { AccountTokens } from './account-tokens.service';
import { EmailVerifiedDto, MailAcceptedDto } from './dto/account-emails.dto';
import { User } from './user.entity';

@Injectable()
export class EmailVerificationService {
  constructor(
    private readonly db: DataSource,
    private readonly tokens: AccountTokens,
    private readonly rateLimits: RateLimits,
  ) {}

  /** Marks the address verified. Any one of the outstanding links does it; then all of them are spent. */
  verify(token: string): Promise<EmailVerifiedDto> {
    return this.db.transaction(async (tx) => {
      const userId = await this.tokens.redeem(tx, 'verify-email', token);
      await tx.query('UPDATE users SET email_verified_at = coalesce(email_verified_at, now()), updated_at = now() WHERE id = $1', [userId]);
      await this.tokens.closeOutstanding(tx, userId, 'verify-email');
      const user = await tx.findOneByOrFail(User, { id: userId });
      return { email: user.email, emailVerifiedAt: user.emailVerifiedAt!.toISOString() };
    });
  }

  /** Sends a new link. Earlier links keep working until they expire (the person may open any of them). */
  async resend(userId: string): Promise<MailAcceptedDto> {
    await this.rateLimits.consume('verify-email-resend', userId);
    return this.db.transaction(async (tx) => {
      const user = await tx.findOneByOrFail(User, { id: userId });
      if (user.emailVerifiedAt) throw new ProblemException(409, 'conflict', msg('problems:accounts.conflict'));
      await this.tokens.issue(tx, user.id, 'verify-email');
      return { detail: `We have sent a new link to ${user.email}.` };
    });
  }
}
