import { Injectable } from '@nestjs/common';
import type { Language } from '@whispergifts/i18n';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { RateLimits } from '../common/http/rate-limits';
import { ProblemException, notFound, msg } from '../common/problem/problem';
import { isUniqueViolation } from '../database/errors';
import { Outbox } from '../outbox/outbox.service';
import { QUEUES } from '../queues/queues';
import { AccountTokens } from './account-tokens.service';
import type { MailAcceptedDto } from './dto/account-emails.dto';
import { LoginDto } from './dto/login.dto';
import { SignupDto } from './dto/signup.dto';
import type { UpdateMeDto } from './dto/update-me.dto';
import { LoginThrottle } from './login-throttle';
import { Passwords } from './passwords';
import { User } from './user.entity';

/** The one answer to a signup, whether the address was new or had an account already. */
export const signupAccepted = (email: string): MailAcceptedDto => ({
  detail: `Check your inbox: we have sent a message to ${email}. To use WhisperGifts now, log in with the password you chose.`,
});

@Injectable()
export class AccountsService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly rateLimits: RateLimits,
    private readonly accountTokens: AccountTokens,
    private readonly passwords: Passwords,
    private readonly loginThrottle: LoginThrottle,
    private readonly outbox: Outbox,
  ) {}

  /**
   * Creates the account and mails a link to verify the address. For an address that has an account, it tells
   * that account's owner instead, and answers exactly the same: the same status, body and work (the password is
   * hashed either way), and no session in either case, so signup does not reveal who has an account.
   */
  /** `language`: the one asked for, else the browser's (Accept-Language), else English. */
  async signup(dto: SignupDto, ip: string, language: Language): Promise<MailAcceptedDto> {
    await this.rateLimits.consume('signup-ip', ip);
    await this.rateLimits.consume('signup-account', dto.email);
    const passwordHash = await this.passwords.hash(dto.password);
    try {
      // The account and the e-mail asking to verify its address exist together, or not at all.
      await this.users.manager.transaction(async (tx) => {
        const { identifiers } = await tx.insert(User, {
          email: dto.email,
          passwordHash,
          displayName: dto.displayName,
          role: 'user',
          language: dto.language ?? language,
        });
        await this.accountTokens.issue(tx, identifiers[0].id as string, 'verify-email');
      });
    } catch (error) {
      if (!isUniqueViolation(error, 'users_email_key')) throw error;
      await this.tellOwnerOfSignupAttempt(dto.email);
    }
    return signupAccepted(dto.email);
  }

  /** "Someone tried to sign up with your address", a few times a day at most (beyond that, nothing is sent). */
  private async tellOwnerOfSignupAttempt(email: string): Promise<void> {
    if (!(await this.rateLimits.tryConsume('signup-existing-mail', email))) return;
    await this.users.manager.transaction(async (tx) => {
      const owner = await tx.findOneBy(User, { email });
      if (owner) await this.outbox.add(tx, QUEUES.email, 'signup-attempt', { userId: owner.id });
    });
  }

  /** Checks the password. Says the same thing, after the same work, whether or not the e-mail has an account. */
  async login(dto: LoginDto, ip: string): Promise<User> {
    const attempt = await this.loginThrottle.before(dto.email, ip);
    const user = await this.users.createQueryBuilder('u').addSelect('u.passwordHash').where('u.email = :email', { email: dto.email }).getOne();
    const valid = await this.passwords.verify(user?.passwordHash, dto.password);
    if (!user || !valid) {
      await this.loginThrottle.failed(dto.email, ip, attempt);
      throw new ProblemException(401, 'unauthenticated', msg('problems:accounts.unauthenticated-2'));
    }
    await this.loginThrottle.succeeded(dto.email, ip);
    // Said only to whoever knows the password, so it tells a stranger nothing about the address.
    if (user.disabledAt) throw new ProblemException(403, 'account-disabled', msg('problems:accounts.account-disabled'));
    return user;
  }

  async get(userId: string): Promise<User> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw notFound('account');
    return user;
  }

  /** The account's own settings (its language: the dashboard's and its e-mails'). */
  async update(userId: string, dto: UpdateMeDto): Promise<User> {
    if (dto.language !== undefined) await this.users.update({ id: userId }, { language: dto.language });
    return this.get(userId);
  }
}
