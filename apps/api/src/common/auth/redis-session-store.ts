import type { Session } from 'fastify';
import type { Redis } from 'ioredis';
import { ProblemException, msg } from '../problem/problem';

type Callback = (err?: unknown) => void;

/** Without the session store nobody can be recognized: say so (503), rather than failing with a 500. */
export const unavailable = () => new ProblemException(503, 'service-unavailable', msg('problems:common.service-unavailable'), {}, { 'retry-after': '5' });

/**
 * Server-side sessions for @fastify/session, kept in Redis so any API process can serve any request.
 * (connect-redis speaks only the `redis` client; we use ioredis everywhere.)
 */
export class RedisSessionStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly ttlSeconds: number,
  ) {}

  set(sessionId: string, session: Session, callback: Callback) {
    const expires = session.cookie?.expires ? new Date(session.cookie.expires).getTime() : 0;
    const ttl = expires ? Math.max(1, Math.ceil((expires - Date.now()) / 1000)) : this.ttlSeconds;
    this.redis.set(this.key(sessionId), JSON.stringify(session), 'EX', ttl).then(
      () => callback(),
      () => callback(unavailable()),
    );
  }

  get(sessionId: string, callback: (err: unknown, session?: Session | null) => void) {
    this.redis.get(this.key(sessionId)).then(
      (raw) => callback(null, raw ? (JSON.parse(raw) as Session) : null),
      () => callback(unavailable()),
    );
  }

  destroy(sessionId: string, callback: Callback) {
    this.redis.del(this.key(sessionId)).then(
      () => callback(),
      () => callback(unavailable()),
    );
  }

  private key(sessionId: string) {
    return `${this.prefix}sess:${sessionId}`;
  }
}
