import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';

/** What a cached response depends on: at least a version that only ever grows. */
/** How long the in-process copy is trusted without a confirmation, unless the options say otherwise. */
export const DEFAULT_MAX_UNCONFIRMED_MS = 1000;

export interface Versioned {
  version: number;
}

export interface VersionStoreOptions {
  /** Redis for the shared copy; null keeps versions per process (single-process setups, tests). */
  redis: Redis | null;
  /** A second connection for pub/sub (a subscribed connection can issue no other command). */
  subscriber: Redis | null;
  /** Prefix of the Redis keys and of the channel. */
  prefix: string;
  maxEntries?: number;
  /**
   * How long the in-process copy is trusted without hearing from Redis. Bumps arrive by pub/sub at once; this
   * bounds staleness only if a message is lost while the subscription stays up.
   */
  trustMs?: number;
  /**
   * How often the subscription is confirmed current (a PING on it: Redis answers after every message it sent
   * before, so when the answer is read every earlier bump has been applied), and how long the in-process copy is
   * used without such a confirmation. A process whose event loop lags reads Redis instead of trusting news it may
   * not have read yet.
   */
  confirmEveryMs?: number;
  maxUnconfirmedMs?: number;
  redisTtlSeconds?: number;
  onError?: (error: unknown, operation: string) => void;
}

interface Message<V> {
  kind: string;
  id: string;
  info: V | null;
}

/** Told of every version this process learns by pub/sub or publishes itself (live updates listen here). */
export interface VersionListener<V> {
  /** A resource changed (info null: it is gone). May be called twice for one bump (own publish, then its echo). */
  change(kind: string, id: string, info: V | null): void;
  /** The subscription came back after a drop: bumps may have been missed meanwhile, so re-read what matters. */
  resync(): void;
}

/** Stores JSON under a key unless the stored version is newer; returns what is stored afterwards. */
const SET_IF_NEWER = `
local current = redis.call('get', KEYS[1])
if current then
  local ok, decoded = pcall(cjson.decode, current)
  if ok and tonumber(decoded.version) and tonumber(decoded.version) > tonumber(ARGV[2]) then return current end
end
redis.call('set', KEYS[1], ARGV[1], 'EX', ARGV[3])
return ARGV[1]`;

/**
 * The current version of each resource, so a request can be answered from versioned cache keys (or with 304)
 * without touching PostgreSQL. Layers: an in-process LRU, kept coherent across processes by a Redis pub/sub
 * message on every bump; Redis; and the loader (PostgreSQL) on a miss.
 *
 * Versions only grow, so every layer keeps the highest version it has seen: a slow reader that loaded an
 * older version from PostgreSQL can never overwrite a newer one. When the subscription drops, the in-process
 * layer is cleared and bypassed until it is back, because bumps may have been missed meanwhile.
 */
export class VersionStore<V extends Versioned> {
  private readonly local: LRUCache<string, { info: V | null }>;
  private readonly channel: string;
  private readonly loading = new Map<string, Promise<V | null>>();
  private listening = false;
  /** Every bump published before this moment (ms since the epoch) has been applied to the in-process copy. */
  private confirmed = 0;
  private confirming = false;
  private readonly heartbeat?: NodeJS.Timeout;
  private readonly listeners = new Set<VersionListener<V>>();
  /** Lookups answered by the loader (tests and metrics). */
  /** Lookups answered by the loader (PostgreSQL), since start. */
  loads = 0;
  /** Lookups answered by the in-process copy and by Redis, since start (metrics; the loader's are `loads`). */
  readonly lookups = { memory: 0, redis: 0 };

  constructor(private readonly options: VersionStoreOptions) {
    this.local = new LRUCache({ max: options.maxEntries ?? 50_000, ttl: options.trustMs ?? 10_000 });
    this.channel = `${options.prefix}versions`;
    const subscriber = options.subscriber;
    if (!subscriber) {
      this.listening = true;
      return;
    }
    subscriber.on('message', (channel: string, raw: string) => {
      if (channel === this.channel) this.receive(raw);
    });
    const stop = () => {
      if (this.listening) this.local.clear();
      this.listening = false;
    };
    subscriber.on('close', stop);
    subscriber.on('end', stop);
    subscriber.on('error', stop);
    subscriber.on('ready', () => {
      const sent = Date.now();
      subscriber.subscribe(this.channel).then(
        () => {
          this.local.clear();
          const resumed = !this.listening;
          this.listening = true;
          this.confirmed = sent;
          if (resumed) for (const listener of this.listeners) listener.resync();
        },
        (error: unknown) => options.onError?.(error, 'subscribe'),
      );
    });
    if (subscriber.status === 'ready') subscriber.emit('ready');
    this.heartbeat = setInterval(() => this.confirm(subscriber), options.confirmEveryMs ?? 100);
    this.heartbeat.unref();
  }

  /**
   * The moment as of which this process's answers are known current: what it answers from its own copy may
   * miss a bump published after it, never one published before (Infinity without a subscription: one process).
   * A response's freshness lifetime counts from here (the edge's X-Accel-Expires).
   */
  confirmedAt(): number {
    if (!this.options.subscriber) return Infinity;
    return this.trusted() ? this.confirmed : Date.now();
  }

  /** Whether answers come from the in-process copy now (subscribed, and confirmed lately), or from Redis. */
  get trustsOwnCopy(): boolean {
    return this.trusted();
  }

  /** Stops the heartbeat (the subscriber connection is the owner's to close). */
  close(): void {
    clearInterval(this.heartbeat);
  }

  private trusted(): boolean {
    if (!this.options.subscriber) return true;
    return this.listening && Date.now() - this.confirmed <= (this.options.maxUnconfirmedMs ?? DEFAULT_MAX_UNCONFIRMED_MS);
  }

  private confirm(subscriber: Redis): void {
    if (!this.listening || this.confirming) return;
    const sent = Date.now();
    this.confirming = true;
    subscriber.ping().then(
      () => {
        this.confirmed = Math.max(this.confirmed, sent);
        this.confirming = false;
      },
      () => (this.confirming = false),
    );
  }

  /** The current version info, or null when the resource does not exist. */
  async get(kind: string, id: string, load: () => Promise<V | null>): Promise<V | null> {
    const key = this.key(kind, id);
    if (this.trusted()) {
      const hit = this.local.get(key);
      if (hit) {
        this.lookups.memory++;
        return hit.info;
      }
    }
    // Concurrent misses for one key share one lookup (no stampede on PostgreSQL after a restart).
    const running = this.loading.get(key);
    if (running) return running;
    const lookup = this.lookup(key, load).finally(() => this.loading.delete(key));
    this.loading.set(key, lookup);
    return lookup;
  }

  private async lookup(key: string, load: () => Promise<V | null>): Promise<V | null> {
    const shared = await this.readShared(key);
    if (shared) {
      this.lookups.redis++;
      return this.remember(key, shared);
    }
    this.loads++;
    const loaded = await load();
    if (!loaded) return null;
    return this.remember(key, (await this.writeShared(key, loaded)) ?? loaded);
  }

  /** Records a version learned elsewhere (e.g. a loader that read several resources at once). */
  async prime(kind: string, id: string, info: V): Promise<V> {
    const key = this.key(kind, id);
    return this.remember(key, (await this.writeShared(key, info)) ?? info);
  }

  /** After a write has committed: every process learns the new version before it answers its next request. */
  async publish(kind: string, id: string, info: V | null): Promise<void> {
    const key = this.key(kind, id);
    if (info) this.remember(key, info);
    else this.local.delete(key);
    this.notify(kind, id, info);
    const { redis } = this.options;
    if (!redis) return;
    try {
      if (info) await this.writeShared(key, info, true);
      else await redis.del(key);
    } catch (error) {
      this.options.onError?.(error, 'set');
    }
    // Announced even when the shared copy could not be written (a command timeout on a busy machine, where the
    // write may well have happened): the other processes take the version from the message itself, and without it
    // they would answer with the old one until their copy's trust ran out, and their event streams stay silent.
    try {
      await redis.publish(this.channel, JSON.stringify({ kind, id, info } satisfies Message<V>));
    } catch (error) {
      this.options.onError?.(error, 'publish');
    }
  }

  /** Hears of every change from now on; returns how to stop. */
  listen(listener: VersionListener<V>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(kind: string, id: string, info: V | null) {
    for (const listener of this.listeners) {
      try {
        listener.change(kind, id, info);
      } catch (error) {
        this.options.onError?.(error, 'listener');
      }
    }
  }

  /** Forgets everything held in process (benchmarks measuring a cold start). */
  clearLocal(): void {
    this.local.clear();
  }

  private receive(raw: string) {
    try {
      const { kind, id, info } = JSON.parse(raw) as Message<V>;
      const key = this.key(kind, id);
      if (info) this.remember(key, info);
      else this.local.delete(key);
      this.notify(kind, id, info);
    } catch (error) {
      this.options.onError?.(error, 'message');
    }
  }

  private remember(key: string, info: V): V {
    const known = this.local.get(key)?.info;
    if (known && known.version > info.version) return known;
    this.local.set(key, { info });
    return info;
  }

  private async readShared(key: string): Promise<V | null> {
    if (!this.options.redis) return null;
    try {
      const raw = await this.options.redis.get(key);
      return raw ? (JSON.parse(raw) as V) : null;
    } catch (error) {
      this.options.onError?.(error, 'get');
      return null;
    }
  }

  private async writeShared(key: string, info: V, rethrow = false): Promise<V | null> {
    if (!this.options.redis) return null;
    try {
      const stored = (await this.options.redis.eval(
        SET_IF_NEWER,
        1,
        key,
        JSON.stringify(info),
        info.version,
        this.options.redisTtlSeconds ?? 86_400,
      )) as string;
      return JSON.parse(stored) as V;
    } catch (error) {
      if (rethrow) throw error;
      this.options.onError?.(error, 'set');
      return null;
    }
  }

  private key(kind: string, id: string) {
    return `${this.options.prefix}ver:${kind}:${id}`;
  }
}
