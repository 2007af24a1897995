import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { RateLimits } from '../common/http/rate-limits';
import { ProblemException, notFound } from '../common/problem/problem';
import { isUniqueViolation } from '../database/errors';
import { AccountTokens } from './account-tokens.service';
import { LoginDto } from './dto/login.dto';
import { SignupDto } from './dto/signup.dto';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords';
import { User } from './user.entity';

@Injectable()
export class AccountsService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly rateLimits: RateLimits,
    private readonly accountTokens: AccountTokens,
  ) {}

  async signup(dto: SignupDto, ip: string): Promise<User> {
    await this.rateLimits.consume('signup-ip', ip);
    await this.rateLimits.consume('signup-account', dto.email);
    const passwordHash = await hashPassword(dto.password);
    try {
      // The account and the e-mail asking to verify its address exist together, or not at all.
      return await this.users.manager.transaction(async (tx) => {
        const { identifiers } = await tx.insert(User, { email: dto.email, passwordHash, displayName: dto.displayName, role: 'user' });
        const userId = identifiers[0].id as string;
        await this.accountTokens.issue(tx, userId, 'verify-email');
        return tx.findOneByOrFail(User, { id: userId });
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) {
        throw new ProblemException(409, 'email-taken', 'An account with this e-mail address exists already. Log in instead.', {
          errors: [{ pointer: '#/email', detail: 'is already registered' }],
        });
      }
      throw error;
    }
  }

  /** Checks the password. Says the same thing, after the same work, whether or not the e-mail has an account. */
  async login(dto: LoginDto, ip: string): Promise<User> {
    await this.rateLimits.consume('login-ip', ip);
    await this.rateLimits.consume('login-account', dto.email);
    const user = await this.users.createQueryBuilder('u').addSelect('u.passwordHash').where('u.email = :email', { email: dto.email }).getOne();
    const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), dto.password);
    if (!user || !valid) throw new ProblemException(401, 'unauthenticated', 'The e-mail address or the password is not right.');
    await this.rateLimits.reset('login-account', dto.email);
    return user;
  }

  async get(userId: string): Promise<User> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw notFound('This account');
    return user;
  }
}
