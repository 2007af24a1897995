import type { DefaultJobOptions } from 'bullmq';

/** One queue per kind of job, so a slow kind (images) never holds up another (e-mail). */
export const QUEUES = {
  email: 'email',
  images: 'images',
  metrics: 'metrics',
  retention: 'retention',
  reminders: 'reminders',
  guestCards: 'guest-cards',
  linkHealth: 'link-health',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Retries with exponential backoff (2 s, 4 s, 8 s, ...); finished jobs are trimmed so Redis does not grow. */
export const JOB_DEFAULTS: DefaultJobOptions = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 5000 },
};

/** BullMQ wants connection options; ours is a URL. Workers need `maxRetriesPerRequest: null` (blocking commands). */
export function queueConnection(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
    // Closing a connection that never reached Redis, ioredis waits this long for a close event its refused socket
    // already emitted, on a timer that keeps the process alive (2 s by default: Jest's "worker failed to exit").
    disconnectTimeout: 100,
  };
}

/**
 * Worker options for every processor. A job's lock is renewed while it runs; if its worker dies (SIGKILL, OOM),
 * the lock lapses after `lockDuration` and the next stalled check puts the job back in the queue.
 */
export const WORKER_OPTIONS = { lockDuration: 10_000, stalledInterval: 5_000, maxStalledCount: 2 } as const;
