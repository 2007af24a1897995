import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';

/** The Redis for sessions, rate limits and (later) queues: `noeviction`, persistent. */
export const REDIS = Symbol('REDIS');
export const InjectRedis = () => Inject(REDIS);

/**
 * A Redis client that keeps reconnecting in the background. A cache client (`failFast`) never queues commands
 * while disconnected and gives up on a slow answer quickly: for a cache, a failure is a miss, not a wait.
 */
export function createRedis(url: string, name: string, { failFast = false } = {}): Redis {
  const logger = new Logger(`Redis:${name}`);
  const client = new Redis(url, {
    connectionName: `whispergifts-${name}`,
    maxRetriesPerRequest: failFast ? 0 : 2,
    enableOfflineQueue: !failFast,
    commandTimeout: failFast ? 500 : 5000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    connectTimeout: 2000,
    // Closing a connection whose socket was refused, ioredis waits this long for a close event that already came,
    // on a timer that keeps the process alive (2 s by default): see queueConnection.
    disconnectTimeout: 100,
  });
  let lastError = '';
  client.on('error', (error: Error) => {
    if (error.message !== lastError) logger.warn(`connection problem: ${error.message}`);
    lastError = error.message;
  });
  client.on('ready', () => {
    if (lastError) logger.log('reconnected');
    lastError = '';
  });
  return client;
}

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@InjectRedis() private readonly redis: Redis) {}
  async onApplicationShutdown() {
    // QUIT waits for the server; a client that is not connected would wait for a reconnect that may never come.
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }
}

@Global()
@Module({
  providers: [{ provide: REDIS, inject: [AppConfig], useFactory: (config: AppConfig) => createRedis(config.redisUrl, 'main') }, RedisCloser],
  exports: [REDIS],
})
export class RedisModule {}
