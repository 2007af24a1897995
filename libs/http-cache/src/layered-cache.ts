import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** Which layer answered: the fastest that had it. */
export type CacheLayer = 'memory' | 'redis' | 'miss';

export interface Codec<V> {
  encode(value: V): Buffer;
  /** Optional: the encoded bytes as consecutive pieces, so a large value never has to be copied into one buffer. */
  encodeParts?(value: V): Buffer[];
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
  /** Values larger than this go to Redis in pieces of this size (default 1 MiB; see `setInPieces`). */
  pieceBytes?: number;
}

const DEFAULT_PIECE_BYTES = 1024 * 1024;

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
    const { redis, codec, redisTtlSeconds, pieceBytes = DEFAULT_PIECE_BYTES } = this.options;
    if (!redis || !entries.length) return;
    const large: [string, Buffer[]][] = [];
    // Small values go in pipelines of at most pieceBytes each: a pipeline is written as one buffer, and 2,000
    // fragments of a large list in one were a 13 MB copy on the event loop.
    const batches: [string, Buffer][][] = [[]];
    let batchBytes = 0;
    for (const [key, value] of entries) {
      const parts = codec.encodeParts?.(value);
      const length = parts?.reduce((n, part) => n + part.length, 0) ?? 0;
      if (parts && length > pieceBytes) {
        large.push([key, parts]);
        continue;
      }
      const bytes = parts ? Buffer.concat(parts, length) : codec.encode(value);
      if (batchBytes + bytes.length > pieceBytes && batches.at(-1)!.length) {
        batches.push([]);
        batchBytes = 0;
      }
      batches.at(-1)!.push([key, bytes]);
      batchBytes += bytes.length;
    }
    try {
      for (const batch of batches.filter((b) => b.length)) {
        const pipeline = redis.pipeline();
        for (const [key, bytes] of batch) pipeline.set(key, bytes, 'EX', redisTtlSeconds);
        await pipeline.exec();
      }
      for (const [key, parts] of large) await this.setInPieces(redis, key, parts, pieceBytes);
    } catch (error) {
      this.options.onError?.(error, 'set');
    }
  }

  /**
   * A multi-megabyte value sent as one command is copied whole on the event loop, three times (into one buffer,
   * into ioredis's command, into the pipeline's write): a 30 MB gift list held the process for most of a second.
   * In pieces instead, each a short copy with the event loop free in between, to a temporary key renamed into
   * place at the end, so a reader sees the whole value or none.
   */
  private async setInPieces(redis: Redis, key: string, parts: Buffer[], pieceBytes: number): Promise<void> {
    const partial = `${key}:partial:${randomUUID()}`;
    try {
      let first = true;
      for (const piece of pieces(parts, pieceBytes)) {
        if (first) await redis.set(partial, piece, 'EX', this.options.redisTtlSeconds);
        else await redis.append(partial, piece);
        first = false;
      }
      await redis.rename(partial, key); // the TTL goes with it
    } catch (error) {
      await redis.del(partial).catch(() => undefined);
      throw error;
    }
  }
}

/** The bytes of `parts` in order, as buffers of `size` (the last one shorter); copies at most `size` at a time. */
function* pieces(parts: Buffer[], size: number): Generator<Buffer> {
  let pending: Buffer[] = [];
  let length = 0;
  for (let part of parts) {
    while (part.length) {
      const take = Math.min(size - length, part.length);
      pending.push(part.subarray(0, take));
      length += take;
      part = part.subarray(take);
      if (length === size) {
        yield pending.length === 1 ? pending[0] : Buffer.concat(pending, length);
        pending = [];
        length = 0;
      }
    }
  }
  if (length) yield Buffer.concat(pending, length);
}
