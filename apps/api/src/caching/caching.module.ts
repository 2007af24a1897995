import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '../common/config/app-config';
import { createRedis } from '../common/redis/redis.module';
import { CACHE_REDIS, CACHE_SUBSCRIBER } from './cache-redis';
import { Caches } from './caches';
import { EdgeShares } from './edge-shares';
import { RegistryVersions } from './registry-versions.service';

@Injectable()
class CacheRedisCloser implements OnApplicationShutdown {
  constructor(@Inject(CACHE_REDIS) private readonly redis: Redis) {}
  onApplicationShutdown() {
    this.redis.disconnect();
  }
}

/** Key-based caching (DESIGN.md §4): the cache Redis, current registry versions, and the byte caches. */
@Global()
@Module({
  providers: [
    { provide: CACHE_REDIS, inject: [AppConfig], useFactory: (config: AppConfig) => createRedis(config.cacheRedisUrl, 'cache', { failFast: true }) },
    {
      provide: CACHE_SUBSCRIBER,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => createRedis(config.cacheRedisUrl, 'cache-subscriber', { failFast: true }),
    },
    CacheRedisCloser,
    Caches,
    RegistryVersions,
    EdgeShares,
  ],
  exports: [Caches, RegistryVersions, EdgeShares],
})
export class CachingModule {}
