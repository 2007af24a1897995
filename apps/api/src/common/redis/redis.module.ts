import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';

/** The Redis for sessions, rate limits and (later) queues: `noeviction`, persistent. */
export const REDIS = Symbol('REDIS');
export const InjectRedis = () => Inject(REDIS);

export function createRedis(url: string, name: string): Redis {
  const logger = new Logger(`Redis:${name}`);
  const client = new Redis(url, {
    connectionName: `whispergifts-${name}`,
    maxRetriesPerRequest: 2,
    // Keep trying to reconnect, but never let a request wait more than a moment for a dead server.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    connectTimeout: 2000,
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
