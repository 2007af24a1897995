import { Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config';
import { ProblemException } from '../problem/problem';
import { InjectRedis } from '../redis/redis.module';

/** Named limits: `points` attempts per `duration` seconds, counted in Redis so every API process shares them. */
export const RATE_LIMITS = {
  'signup-ip': { points: 10, duration: 60 * 60 },
  'signup-account': { points: 5, duration: 60 * 60 },
  'login-ip': { points: 30, duration: 15 * 60 },
  'login-account': { points: 10, duration: 15 * 60 },
  'unlock-ip': { points: 20, duration: 15 * 60 },
  'password-reset-ip': { points: 10, duration: 60 * 60 },
  'password-reset-account': { points: 3, duration: 60 * 60 },
  'verify-email-resend': { points: 3, duration: 60 * 60 },
  // Points from the environment (CONFIGURED_POINTS); keyed by registry, so one guest's list is not another's.
  'reservation-ip': { points: 20, duration: 60 * 60 },
  'reservation-email': { points: 10, duration: 60 * 60 },
} as const;
export type RateLimitName = keyof typeof RATE_LIMITS;

/** Limits an operator tunes: their points come from AppConfig, overriding the numbers above. */
const CONFIGURED_POINTS: Partial<Record<RateLimitName, (config: AppConfig) => number>> = {
  'reservation-ip': (config) => config.reservationsPerIp,
  'reservation-email': (config) => config.reservationsPerEmail,
};

@Injectable()
export class RateLimits {
  private readonly logger = new Logger(RateLimits.name);
  private readonly limiters: Record<RateLimitName, RateLimiterRedis>;

  constructor(@InjectRedis() redis: Redis, config: AppConfig) {
    const entries = Object.entries(RATE_LIMITS).map(([name, fixed]) => {
      const limit = { ...fixed, points: CONFIGURED_POINTS[name as RateLimitName]?.(config) ?? fixed.points };
      return [
        name,
        new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: `${config.redisKeyPrefix}rl:${name}`,
          ...limit,
          // If Redis is unreachable, keep limiting per process rather than failing the request.
          insuranceLimiter: new RateLimiterMemory(limit),
        }),
      ];
    });
    this.limiters = Object.fromEntries(entries) as Record<RateLimitName, RateLimiterRedis>;
  }

  /** Counts one attempt; throws 429 with Retry-After when the limit is spent (`what` names the attempts in the answer). */
  async consume(name: RateLimitName, key: string, what = 'attempts'): Promise<void> {
    try {
      await this.limiters[name].consume(key);
    } catch (result) {
      if (!(result instanceof RateLimiterRes)) {
        this.logger.warn(`rate limiter ${name} unavailable: ${String(result)}`);
        return;
      }
      const retryAfter = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
      throw new ProblemException(
        429,
        'too-many-requests',
        `Too many ${what}. Try again in ${retryAfter} seconds.`,
        { retryAfter },
        { 'retry-after': String(retryAfter) },
      );
    }
  }

  /** Forgets the attempts for a key (e.g. an account after a successful login). */
  async reset(name: RateLimitName, key: string): Promise<void> {
    await this.limiters[name].delete(key).catch(() => undefined);
  }
}
