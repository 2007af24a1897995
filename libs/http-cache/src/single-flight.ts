import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';

/**
 * Stampede control for a missing cache entry: one request computes it, the others wait and reuse it.
 *
 * Within a process the first caller becomes the leader and the rest await its result. Across processes the
 * leader also holds a short Redis lock; a follower in another process polls the cache until the entry
 * appears. If the leader fails, dies or is slow, followers give up waiting after `waitMs` and compute it
 * themselves: a stuck process can delay a miss, never block it. Without Redis it is per process only.
 */
export interface SingleFlightOptions {
  redis: Redis | null;
  lockPrefix: string;
  lockMs?: number;
  waitMs?: number;
  pollMs?: number;
  onError?: (error: unknown, operation: string) => void;
}

export type Flight<T> = { role: 'leader'; done: (value: T) => void; fail: () => void } | { role: 'follower'; result: Promise<T | undefined> };

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

export class SingleFlight<T> {
  private readonly local = new Map<string, Promise<T | undefined>>();
  /** Flights this process led (tests and metrics). */
  leads = 0;
  /** Requests that waited for another's computation instead of computing (metrics). */
  waits = 0;

  constructor(private readonly options: SingleFlightOptions) {}

  /**
   * Joins the flight for `key`. The leader must call `done` or `fail`; a follower gets the value, or
   * undefined when it should compute the value itself. `lookup` reads the shared cache while waiting.
   */
  async join(key: string, lookup: () => Promise<T | undefined>): Promise<Flight<T>> {
    const running = this.local.get(key);
    if (running) {
      this.waits++;
      return { role: 'follower', result: running };
    }

    let settle!: (value: T | undefined) => void;
    const promise = new Promise<T | undefined>((resolve) => (settle = resolve));
    this.local.set(key, promise);
    const finish = (value: T | undefined) => {
      if (this.local.get(key) === promise) this.local.delete(key);
      settle(value);
    };

    const { redis, lockPrefix, lockMs = 5000 } = this.options;
    const owner = randomUUID();
    const lockKey = `${lockPrefix}${key}`;
    let locked = !redis;
    if (redis) {
      try {
        locked = (await redis.set(lockKey, owner, 'PX', lockMs, 'NX')) === 'OK';
      } catch (error) {
        this.options.onError?.(error, 'lock');
        locked = true; // no Redis: lead within this process
      }
    }
    if (!locked) {
      this.waits++;
      // Another process is computing it: wait for the entry, then let our local followers have it too.
      const result = this.waitFor(lookup).then((value) => {
        finish(value);
        return value;
      });
      return { role: 'follower', result };
    }
    this.leads++;
    const release = () => {
      if (redis) redis.eval(RELEASE, 1, lockKey, owner).catch((error: unknown) => this.options.onError?.(error, 'unlock'));
    };
    return {
      role: 'leader',
      done: (value) => {
        release();
        finish(value);
      },
      fail: () => {
        release();
        finish(undefined);
      },
    };
  }

  private async waitFor(lookup: () => Promise<T | undefined>): Promise<T | undefined> {
    const { waitMs = 2000, pollMs = 10 } = this.options;
    const deadline = Date.now() + waitMs;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, pollMs));
      const found = await lookup();
      if (found !== undefined) return found;
    }
    return undefined;
  }
}
