import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';

/** Which layer answered: the fastest that had it. */
export type CacheLayer = 'memory' | 'redis' | 'miss';

export interface Codec<V> {
  encode(value: V): Buffer;
  decode(bytes: Buffer): V;
  /** Bytes the value holds in memory, for the LRU's bound. */
  size(value: V): number;
  /** The value with buffers that own exactly their bytes (see `ownBytes`), as the in-process layer keeps it. */
  own(value: V): V;
}

/**
 * A buffer that owns exactly its bytes. Buffers from Redis replies, zlib and `Buffer.from(string)` are views into
 * shared blocks of 16–64 KB: kept in a long-lived cache, each would keep its whole block alive, and the memory
 * layer's byte bound would not bound memory (a soak test saw array buffers at three times the bound, growing).
 */
export function ownBytes(buffer: Buffer): Buffer {
  if (buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength) return buffer;
  const owned = Buffer.allocUnsafeSlow(buffer.length);
  buffer.copy(owned);
  return owned;
}

export const bufferCodec: Codec<Buffer> = { encode: (v) => v, decode: (b) => b, size: (v) => v.length, own: ownBytes };

export interface LayeredCacheOptions<V> {
  /** Redis for the shared layer; null to keep only the in-process layer. */
  redis: Redis | null;
  /** Upper bound of the in-process layer, in bytes. */
  memoryBytes: number;
  /** How long Redis keeps an entry. Keys are versioned, so this only bounds memory, never freshness. */
  redisTtlSeconds: number;
  codec: Codec<V>;
  /** Told about cache failures; they are misses, never errors. */
  onError?: (error: unknown, operation: string) => void;
}

/**
 * A read-through cache of immutable values under versioned keys: in-process LRU (bounded in bytes) in front
 * of Redis. A value never changes under its key, so nothing is ever invalidated; new versions get new keys and
 * old ones age out. A Redis failure is a miss (and a skipped write), never an error.
 */
export class LayeredCache<V> {
  private readonly memory: LRUCache<string, { value: V }>;

  constructor(private readonly options: LayeredCacheOptions<V>) {
    this.memory = new LRUCache<string, { value: V }>({
      maxSize: options.memoryBytes,
      sizeCalculation: (entry, key) => Math.max(1, options.codec.size(entry.value) + key.length),
    });
  }

  async get(key: string): Promise<{ value: V; layer: CacheLayer } | undefined> {
    const [hit] = await this.getMany([key]);
    return hit;
  }

  /** One round trip to Redis at most, for all keys the memory layer did not have. */
  async getMany(keys: string[]): Promise<({ value: V; layer: CacheLayer } | undefined)[]> {
    const results: ({ value: V; layer: CacheLayer } | undefined)[] = keys.map((key) => {
      const hit = this.memory.get(key);
      return hit ? { value: hit.value, layer: 'memory' } : undefined;
    });
    const missing = keys.map((key, i) => (results[i] ? -1 : i)).filter((i) => i >= 0);
    if (!missing.length || !this.options.redis) return results;
    let fetched: (Buffer | null)[];
    try {
      fetched = await this.options.redis.mgetBuffer(...missing.map((i) => keys[i]));
    } catch (error) {
      this.options.onError?.(error, 'mget');
      return results;
    }
    missing.forEach((index, j) => {
      const bytes = fetched[j];
      if (!bytes) return;
      const value = this.options.codec.own(this.options.codec.decode(bytes));
      this.memory.set(keys[index], { value });
      results[index] = { value, layer: 'redis' };
    });
    return results;
  }

  /** Keeps the value in both layers. */
  async set(key: string, value: V): Promise<void> {
    this.memory.set(key, { value: this.options.codec.own(value) });
    await this.setShared([[key, value]]);
  }

  async setMany(entries: [string, V][]): Promise<void> {
    for (const [key, value] of entries) this.memory.set(key, { value: this.options.codec.own(value) });
    await this.setShared(entries);
  }

  /** Bytes held in memory now (for metrics and tests). */
  get memoryBytes(): number {
    return this.memory.calculatedSize;
  }

  /** Drops the in-process layer (tests, and benchmarks measuring a cold start). */
  clearMemory(): void {
    this.memory.clear();
  }

  private async setShared(entries: [string, V][]): Promise<void> {
    if (!this.options.redis || !entries.length) return;
    const pipeline = this.options.redis.pipeline();
    for (const [key, value] of entries) pipeline.set(key, this.options.codec.encode(value), 'EX', this.options.redisTtlSeconds);
    try {
      await pipeline.exec();
    } catch (error) {
      this.options.onError?.(error, 'set');
    }
  }
}
