import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { unavailable } from '../common/auth/redis-session-store';
import { AppConfig } from '../common/config/app-config';
import { InjectRedis } from '../common/redis/redis.module';
import type { User } from './user.entity';

export const SESSION_COOKIE = 'wg_session';
export const SESSION_DAYS = 30;

/**
 * Signed-in sessions. Sessions are stored under random ids, so to end all of a person's sessions (after a
 * password reset) we also keep, per user, the set of their session ids. The set may name sessions that have
 * ended already; destroying those is a no-op.
 */
@Injectable()
export class Sessions {
  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  /** Starts a signed-in session under a new id (so a session id planted before login is worthless). */
  async start(request: FastifyRequest, user: User): Promise<void> {
    await request.session.regenerate();
    // Only who signed in: the role is read from the account on each admin request, so a demotion counts at once.
    request.session.userId = user.id;
    const key = this.indexKey(user.id);
    await this.redis
      .multi()
      .sadd(key, request.session.sessionId)
      .expire(key, SESSION_DAYS * 86_400)
      .exec()
      .catch(storeDown);
  }

  /** Deletes the session from the store and tells the browser to forget the cookie. */
  async end(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const { userId } = request.session;
    if (userId) await this.redis.srem(this.indexKey(userId), request.session.sessionId).catch(storeDown);
    await request.session.destroy();
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  /** Signs a person out everywhere: every session they started is deleted from the store. */
  async endAll(store: FastifyRequest['sessionStore'], userId: string): Promise<void> {
    const key = this.indexKey(userId);
    const ids = await this.redis.smembers(key).catch(storeDown);
    await Promise.all(ids.map((id) => new Promise<void>((resolve, reject) => store.destroy(id, (error?: Error) => (error ? reject(error) : resolve())))));
    await this.redis.del(key).catch(storeDown);
  }

  private indexKey(userId: string): string {
    return `${this.config.redisKeyPrefix}user-sessions:${userId}`;
  }
}

/** Like the session store: without Redis nobody can be signed in or out, so say 503 rather than fail with a 500. */
function storeDown(): never {
  throw unavailable();
}
