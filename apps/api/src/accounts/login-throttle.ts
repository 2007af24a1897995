import { Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '../common/config/app-config';
import { RateLimits } from '../common/http/rate-limits';
import { InjectRedis } from '../common/redis/redis.module';
import { SESSION_DAYS } from './sessions';

/**
 * Login throttling after the "login endpoint protection" recipe of rate-limiter-flexible (OWASP's advice):
 * - every attempt counts per IP (`login-ip`), whatever the account;
 * - failures count per account and IP (`login-account-ip`), so a guesser's IP is stopped but the owner elsewhere is not;
 * - failures count per account (`login-account`, a much higher ceiling) only from IPs that have never signed in to
 *   it, so guessing spread over many IPs is slowed while the owner, from an IP they have used, still gets in.
 * Unknown and known addresses are treated alike, so the limits tell nothing about which accounts exist.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly rateLimits: RateLimits,
    @InjectRedis() private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  /** Counts the attempt per IP and refuses (429) one whose account and IP, or account, has failed too often. */
  async before(email: string, ip: string): Promise<{ knownIp: boolean }> {
    await this.rateLimits.consume('login-ip', ip);
    await this.rateLimits.check('login-account-ip', accountIp(email, ip));
    const knownIp = (await this.redis.sismember(this.knownKey(email), ip).catch(() => 0)) === 1;
    if (!knownIp) await this.rateLimits.check('login-account', email);
    return { knownIp };
  }

  async failed(email: string, ip: string, { knownIp }: { knownIp: boolean }): Promise<void> {
    await this.rateLimits.penalize('login-account-ip', accountIp(email, ip));
    if (!knownIp) await this.rateLimits.penalize('login-account', email);
  }

  /** The owner is in: forget this IP's failures and remember it, so the account-wide ceiling never stops them here. */
  async succeeded(email: string, ip: string): Promise<void> {
    await this.rateLimits.reset('login-account-ip', accountIp(email, ip));
    const key = this.knownKey(email);
    await this.redis
      .multi()
      .sadd(key, ip)
      .expire(key, SESSION_DAYS * 86_400)
      .exec()
      .catch(() => undefined);
  }

  private knownKey(email: string): string {
    return `${this.config.redisKeyPrefix}login-known-ips:${email}`;
  }
}

const accountIp = (email: string, ip: string) => `${email}|${ip}`;
