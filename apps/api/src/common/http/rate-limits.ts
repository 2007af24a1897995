import { Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config';
import { RATE_LIMITS, RateLimitName } from '../config/rate-limit-defaults';
import { LocalizedDetail, ProblemException, msg } from '../problem/problem';
import { InjectRedis } from '../redis/redis.module';

export { RATE_LIMITS, type RateLimitName };

/** The attempts callers name (`consume`'s `what`), as the catalogue's select options: each language words them its way. */
const WHAT: Record<string, string> = {
  attempts: 'attempts',
  searches: 'searches',
  'shop links read': 'shopLinks',
  'guest card renders': 'guestCards',
  'error reports': 'errorReports',
  'reservations from your connection on this gift list': 'reservationsIp',
  'reservations with this e-mail address on this gift list': 'reservationsEmail',
  'pledges from your connection on this gift list': 'pledgesIp',
  'pledges with this e-mail address on this gift list': 'pledgesEmail',
};

/** Attempts whose sentence is its own key (added after `rate-limit.too-many`, whose select is left as it is). */
const OWN_SENTENCE: Record<string, (seconds: number) => LocalizedDetail> = {
  'exports of your data': (seconds) => msg('problems:rate-limit.exports', { seconds }),
  'attempts to delete your account': (seconds) => msg('problems:rate-limit.account-deletion', { seconds }),
  'spreadsheet imports': (seconds) => msg('problems:rate-limit.imports', { seconds }),
  'domain checks': (seconds) => msg('problems:rate-limit.domain-checks', { seconds }),
  'requests from your connection on this gift list': (seconds) => msg('problems:rate-limit.guest-links', { seconds }),
};

function sentence(what: string, seconds: number): LocalizedDetail | string {
  if (what in WHAT) return msg('problems:rate-limit.too-many', { what: WHAT[what], seconds });
  if (what in OWN_SENTENCE) return OWN_SENTENCE[what](seconds);
  // An attempt the catalogue does not know yet stays in English, as written by its caller.
  return `Too many ${what}. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
}

const tooMany = (msBeforeNext: number, what = 'attempts') => {
  const retryAfter = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new ProblemException(429, 'too-many-requests', sentence(what, retryAfter), { retryAfter }, { 'retry-after': String(retryAfter) });
};

/** Named limits (`config.rateLimits`), counted in Redis so every API process shares them. */
@Injectable()
export class RateLimits {
  private readonly logger = new Logger(RateLimits.name);
  private readonly limiters: Record<RateLimitName, RateLimiterRedis>;

  constructor(@InjectRedis() redis: Redis, config: AppConfig) {
    const entries = Object.entries(config.rateLimits).map(([name, limit]) => [
      name,
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${config.redisKeyPrefix}rl:${name}`,
        ...limit,
        // If Redis is unreachable, keep limiting per process rather than failing the request.
        insuranceLimiter: new RateLimiterMemory(limit),
      }),
    ]);
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
      throw tooMany(result.msBeforeNext, what);
    }
  }

  /** Counts one use and says whether it was within the limit, without refusing anything (for silent bounds). */
  async tryConsume(name: RateLimitName, key: string): Promise<boolean> {
    try {
      await this.limiters[name].consume(key);
      return true;
    } catch (result) {
      if (!(result instanceof RateLimiterRes)) this.logger.warn(`rate limiter ${name} unavailable: ${String(result)}`);
      return !(result instanceof RateLimiterRes);
    }
  }

  /** Throws 429 if the limit is spent already, counting nothing (counted later, e.g. only when a login fails). */
  async check(name: RateLimitName, key: string): Promise<void> {
    const limiter = this.limiters[name];
    const state = await limiter.get(key).catch(() => null);
    if (state && state.consumedPoints >= limiter.points) throw tooMany(state.msBeforeNext);
  }

  /** Counts one failure without refusing this request; `check` refuses the next one once the limit is spent. */
  async penalize(name: RateLimitName, key: string): Promise<void> {
    await this.limiters[name].penalty(key).catch((error: unknown) => this.logger.warn(`rate limiter ${name} unavailable: ${String(error)}`));
  }

  /** Forgets the attempts for a key (e.g. an account and IP after a successful login). */
  async reset(name: RateLimitName, key: string): Promise<void> {
    await this.limiters[name].delete(key).catch(() => undefined);
  }
}
