import { Injectable, Logger } from '@nestjs/common';
import { CachedDocument, LayeredCache, SingleFlight, bufferCodec, documentCodec } from '@whispergifts/http-cache';
import type { Redis } from 'ioredis';
import { Inject } from '@nestjs/common';
import { AppConfig } from '../common/config/app-config';
import { CACHE_REDIS } from './cache-redis';

/**
 * The byte caches of this process (in-process LRU → cache Redis), all under versioned keys
 * `{prefix}{SCHEMA_REVISION}:{kind}:{id}:{version}` that are never invalidated, only superseded.
 */
@Injectable()
export class Caches {
  private readonly logger = new Logger(Caches.name);
  /** Finished responses (identity, gzip, brotli), keyed by representation variant, resource id and version. */
  readonly documents: LayeredCache<CachedDocument>;
  /** Serialized JSON of single items, the "inner dolls" a gift list is assembled from. */
  readonly fragments: LayeredCache<Buffer>;
  readonly documentFlights: SingleFlight<CachedDocument>;
  readonly prefix: string;

  constructor(config: AppConfig, @Inject(CACHE_REDIS) redis: Redis) {
    const onError = (error: unknown, operation: string) => this.logger.warn(`cache ${operation} failed (a miss): ${String(error)}`);
    this.prefix = `${config.redisKeyPrefix}${config.cacheSchemaRevision}:`;
    const common = { redis, redisTtlSeconds: config.cacheTtlSeconds, onError };
    this.documents = new LayeredCache({ ...common, memoryBytes: Math.floor(config.cacheMemoryBytes * 0.75), codec: documentCodec });
    this.fragments = new LayeredCache({ ...common, memoryBytes: Math.floor(config.cacheMemoryBytes * 0.25), codec: bufferCodec });
    this.documentFlights = new SingleFlight({ redis, lockPrefix: `${this.prefix}lock:`, onError });
  }

  key(kind: string, id: string, version: number): string {
    return `${this.prefix}${kind}:${id}:${version}`;
  }
}
