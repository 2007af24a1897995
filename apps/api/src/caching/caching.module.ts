import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '../common/config/app-config';
import { createRedis } from '../common/redis/redis.module';
import { CACHE_REDIS, CACHE_SUBSCRIBER } from './cache-redis';
import { Caches } from './caches';
import { EdgeShares } from './edge-shares';
import { RegistryVersions } from './registry-versions.service';
import { ReplicaReads } from '../database/replica-reads';

@Injectable()
class CacheRedisCloser implements OnApplicationShutdown {
  constructor(@Inject(CACHE_REDIS) private readonly redis: Redis) {}
  onApplicationShutdown() {
    this.redis.disconnect();
  }
}

/** Key-based caching (DESIGN.md §4): the cache Redis, current registry versions, the byte caches, and the replica reads they allow. */
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
    ReplicaReads,
  ],
  exports: [Caches, RegistryVersions, EdgeShares, ReplicaReads],
})
export class CachingModule {}
