import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { VersionStore } from '@whispergifts/http-cache';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { AfterEveryCall } from '../common/after-every-call';
import { AppConfig } from '../common/config/app-config';
import type { Visibility } from '../registries/registry.entity';
import { unlockStamp } from '../registries/guest-access';
import { CACHE_REDIS, CACHE_SUBSCRIBER } from './cache-redis';

/** Everything a cached response of a registry depends on, cheap to keep per registry. */
export interface RegistryVersion {
  id: string;
  version: number;
  slug: string;
  /** Milliseconds since the epoch (Last-Modified). */
  updatedAt: number;
  visibility: Visibility;
  /** Stamp of the password a guest's session must have unlocked; null unless visibility is password. */
  passwordStamp: string | null;
  ownerIds: string[];
  surpriseMode: boolean;
  revealDate: string | null;
  /** When the registry's earliest held reservation lapses (ms since the epoch); null without holds. */
  holdsExpireAt: number | null;
  /** The link preview's file name (not part of the version: the shared page keys on it itself); absent in older entries. */
  linkPreview?: string | null;
  /**
   * Why an administrator suspended the list (guests are told); null exactly when it is not suspended, as a suspension
   * always has a reason (a CHECK). Absent in older entries (asGuest checks the locked row in any case).
   */
  suspendedReason?: string | null;
}

interface SlugEntry {
  id: string;
  version: number;
}

const SELECT = `
  SELECT r.id, r.slug, r.version::float8 AS version, r.updated_at, r.visibility, r.password_hash, r.surprise_mode, r.reveal_date::text AS reveal_date,
         r.holds_expire_at, r.link_preview, r.suspended_reason,
         ARRAY(SELECT o.user_id::text FROM registry_owners o WHERE o.registry_id = r.id ORDER BY o.user_id) AS owner_ids
    FROM registries r`;

interface Row {
  id: string;
  slug: string;
  version: number;
  updated_at: Date;
  visibility: Visibility;
  password_hash: string | null;
  surprise_mode: boolean;
  reveal_date: string | null;
  holds_expire_at: Date | null;
  link_preview: string | null;
  suspended_reason: string | null;
  owner_ids: string[];
}

/**
 * The current version of every registry, answered without SQL when warm (DESIGN.md §4). RegistryWrites
 * publishes after each commit, so every API process hears of a write before the writer answers; one that has not
 * read its subscription lately reads Redis instead (VersionStore.confirmedAt).
 */
@Injectable()
export class RegistryVersions implements OnApplicationShutdown {
  private readonly logger = new Logger(RegistryVersions.name);
  readonly store: VersionStore<RegistryVersion>;
  private readonly slugs: VersionStore<SlugEntry>;
  /** One publication at a time per registry, shared by the writes that commit meanwhile (see publish). */
  private readonly publications = new AfterEveryCall<RegistryVersion | null>();

  constructor(
    private readonly dataSource: DataSource,
    config: AppConfig,
    @Inject(CACHE_REDIS) redis: Redis,
    @Inject(CACHE_SUBSCRIBER) private readonly subscriber: Redis,
  ) {
    const onError = (error: unknown, operation: string) => this.logger.warn(`version store ${operation} failed (a miss): ${String(error)}`);
    const prefix = `${config.redisKeyPrefix}${config.cacheSchemaRevision}:`;
    this.store = new VersionStore<RegistryVersion>({ redis, subscriber, prefix, redisTtlSeconds: config.cacheTtlSeconds, onError });
    this.slugs = new VersionStore<SlugEntry>({ redis, subscriber: null, prefix, redisTtlSeconds: config.cacheTtlSeconds, onError });
  }

  private holdsDue?: (registryId: string) => Promise<void>;

  async byId(id: string): Promise<RegistryVersion | null> {
    return this.current(await this.store.get('registry', id, () => this.load('WHERE r.id = $1', id)));
  }

  /** RegistryWrites says how to lapse a registry's due holds (it cannot be injected here: it depends on this). */
  onHoldsDue(lapse: (registryId: string) => Promise<void>): void {
    this.holdsDue = lapse;
  }

  /**
   * The version as of now: once a hold's deadline has passed, the version that still counts its units is not
   * current any more, so the holds are lapsed (a write, which bumps the version) before anyone is answered.
   * Costs nothing until that moment. If the lapse fails, the answer is the version known (a logged miss).
   */
  private async current(info: RegistryVersion | null): Promise<RegistryVersion | null> {
    // (An entry cached before holds existed has no holdsExpireAt at all: no hold is due.)
    if (!info?.holdsExpireAt || info.holdsExpireAt > Date.now() || !this.holdsDue) return info;
    try {
      await this.holdsDue(info.id);
    } catch (error) {
      this.logger.warn(`lapsing the holds of registry ${info.id} failed: ${String(error)}`);
      return info;
    }
    // Read back rather than trust the local copy: another process may have lapsed them, its news still on the way.
    return this.load('WHERE r.id = $1', info.id);
  }

  /**
   * By slug: a cached slug → id entry, then the id's version, whose slug must still match (a renamed registry
   * leaves stale slug entries behind, and this is where they are caught). One query when cold, none when warm.
   */
  async bySlug(slug: string): Promise<RegistryVersion | null> {
    const entry = await this.slugs.get('slug', slug, async () => {
      const info = await this.load('WHERE r.slug = $1', slug);
      return info ? { id: info.id, version: info.version } : null;
    });
    if (!entry) return null;
    const info = await this.byId(entry.id);
    if (info?.slug === slug) return info;
    const fresh = await this.load('WHERE r.slug = $1', slug);
    if (fresh) await this.slugs.prime('slug', slug, { id: fresh.id, version: fresh.version });
    return this.current(fresh);
  }

  /**
   * Called after a write to the registry has committed (null when it was deleted). Writes that commit while a
   * publication of their registry runs share the next one, which reads the version after all of them: a burst of
   * reservations on one list publishes once per round trip, not once per reservation (a read, a Redis write and a
   * message to every process each time), and no writer is answered before a publication that saw its write.
   */
  publish(id: string): Promise<RegistryVersion | null> {
    return this.publications.run(id, () => this.publishNow(id));
  }

  private async publishNow(id: string): Promise<RegistryVersion | null> {
    const info = await this.read('WHERE r.id = $1', id);
    await this.store.publish('registry', id, info);
    if (info) await this.slugs.prime('slug', info.slug, { id, version: info.version });
    return info;
  }

  /** Answers built from versions looked up now are known current as of this moment (see VersionStore.confirmedAt). */
  confirmedAt(): number {
    return Math.min(Date.now(), this.store.confirmedAt());
  }

  onApplicationShutdown() {
    this.store.close();
    this.subscriber.disconnect();
  }

  private async load(where: string, parameter: string): Promise<RegistryVersion | null> {
    const info = await this.read(where, parameter);
    if (info) await this.store.prime('registry', info.id, info);
    return info;
  }

  private async read(where: string, parameter: string): Promise<RegistryVersion | null> {
    const [row] = (await this.dataSource.query(`${SELECT} ${where}`, [parameter])) as Row[];
    if (!row) return null;
    return {
      id: row.id,
      version: row.version,
      slug: row.slug,
      updatedAt: row.updated_at.getTime(),
      visibility: row.visibility,
      passwordStamp: row.visibility === 'password' && row.password_hash ? unlockStamp(row.password_hash) : null,
      ownerIds: row.owner_ids,
      surpriseMode: row.surprise_mode,
      revealDate: row.reveal_date,
      holdsExpireAt: row.holds_expire_at?.getTime() ?? null,
      linkPreview: row.link_preview,
      suspendedReason: row.suspended_reason,
    };
  }
}
