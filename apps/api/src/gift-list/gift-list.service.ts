import { planOf } from '../plans/plans';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Session } from 'fastify';
import { EntityManager, In, Repository } from 'typeorm';
import { verifyPassword } from '../accounts/passwords';
import { Caches } from '../caching/caches';
import { AppConfig } from '../common/config/app-config';
import { ReplicaReads, VersionFence } from '../database/replica-reads';
import { RateLimits } from '../common/http/rate-limits';
import { ProblemException, msg, notFound } from '../common/problem/problem';
import { imageDto } from '../images/dto/image.dto';
import type { StoredImage } from '../images/stored-image';
import { Item } from '../items/item.entity';
import { assertGuestMayRead, unlockStamp } from '../registries/guest-access';
import { Registry } from '../registries/registry.entity';
import type { Giving, Visibility, Theme } from '../registries/registry.entity';
import type { Language } from '@whispergifts/i18n';
import { GiftListDto, GiftListGivingDto, GiftListItemDto, GiftListRegistryDto, UnlockDto } from './dto/gift-list.dto';

interface ListRow {
  id: string;
  slug: string;
  title: string;
  couple_names: string;
  event_date: string | null;
  welcome_message: string;
  header_image: StoredImage | null;
  currency: string;
  theme: Theme;
  language: Language;
  giving: Giving | null;
  visibility: Visibility;
  password_hash: string | null;
  /** The caller's session belongs to an owner of this registry. */
  owned: boolean;
  suspended_reason: string | null;
  version: number;
  updated_at: Date;
  /** [item id, item version] in the couple's order. */
  items: [string, number][];
}

/**
 * The guest's view of a registry, assembled Russian-doll style (DESIGN.md §4): each item's JSON is cached under
 * its own versioned key, and the list is put together from those fragments with one multi-get, so after a
 * change to one item only that item is serialized again. At most two SQL queries, whatever the list's size:
 * the registry with its items' ids and versions, then the items whose fragments are missing. The finished
 * bytes are cached in front of this by libs/http-cache.
 */
@Injectable()
export class GiftListService {
  constructor(
    @InjectRepository(Registry) private readonly registries: Repository<Registry>,
    private readonly caches: Caches,
    private readonly rateLimits: RateLimits,
    private readonly config: AppConfig,
    private readonly replica: ReplicaReads,
  ) {}

  /**
   * The gift list as JSON bytes (GiftListDto). With a fence (the version the copy will be cached under), it may be
   * read from the replica, in one snapshot that has reached that version (ReplicaReads).
   */
  document(slug: string, session: Session | undefined, fence: VersionFence | null): Promise<Buffer> {
    return this.replica.read(fence, (manager) => this.build(manager, slug, session));
  }

  private async build(manager: EntityManager, slug: string, session: Session | undefined): Promise<Buffer> {
    const [row] = (await manager.query(
      `SELECT r.id, r.slug, r.title, r.couple_names, r.event_date::text AS event_date, r.welcome_message, r.header_image, r.currency, r.theme, r.language, r.giving,
              r.visibility, r.password_hash, r.suspended_reason, r.version::float8 AS version, r.updated_at,
              EXISTS (SELECT 1 FROM registry_owners o WHERE o.registry_id = r.id AND o.user_id = $2::uuid) AS owned,
              COALESCE((SELECT json_agg(json_build_array(i.id, i.version::float8) ORDER BY i.position, i.created_at)
                          FROM items i WHERE i.registry_id = r.id AND NOT i.archived), '[]') AS items
         FROM registries r WHERE r.slug = $1`,
      [slug, session?.userId ?? null],
    )) as ListRow[];
    if (!row) throw notFound('gift-list');
    if (row.owned && session) unlockForOwner(session, row);
    assertGuestMayRead({ id: row.id, visibility: row.visibility, passwordHash: row.password_hash }, session);
    if (row.suspended_reason !== null) return this.suspendedDocument(row);

    const fragments = await this.itemFragments(manager, row.items);
    const header: GiftListRegistryDto = {
      slug: row.slug,
      title: row.title,
      coupleNames: row.couple_names,
      eventDate: row.event_date,
      welcomeMessage: row.welcome_message,
      headerImage: imageDto(row.header_image, this.config.mediaUrl),
      currency: row.currency.trim(),
      theme: row.theme,
      language: row.language,
      giving: GiftListGivingDto.from(row.giving),
    };
    const parts: Buffer[] = [Buffer.from(`{"registry":${JSON.stringify(header)},"items":[`)];
    // Separators as parts of their own: one copy of each fragment (in the final concat), not two.
    fragments.forEach((fragment, i) => (i ? parts.push(COMMA, fragment) : parts.push(fragment)));
    parts.push(Buffer.from(`],"version":${row.version},"updatedAt":${JSON.stringify(row.updated_at.toISOString())}}`));
    return Buffer.concat(parts);
  }

  /**
   * A list an administrator suspended: the reason instead of the gifts, and nothing the couple wrote beyond the names
   * and title (the welcome, the photo and the bank details may be what it was suspended for). Cached like any other
   * version of the list: suspending and lifting bump the version.
   */
  private suspendedDocument(row: ListRow): Buffer {
    const header: GiftListRegistryDto = {
      slug: row.slug,
      title: row.title,
      coupleNames: row.couple_names,
      eventDate: row.event_date,
      welcomeMessage: '',
      headerImage: null,
      currency: row.currency.trim(),
      theme: row.theme,
      language: row.language,
      giving: null,
    };
    const document: GiftListDto = {
      registry: header,
      items: [],
      suspension: { reason: row.suspended_reason ?? '' },
      version: row.version,
      updatedAt: row.updated_at.toISOString(),
    };
    return Buffer.from(JSON.stringify(document));
  }

  /**
   * The gift list a registry's custom domain shows (host names are stored lower-case; only verified ones are stored
   * there), while its plan includes a custom domain.
   */
  async byDomain(host: string): Promise<{ host: string; slug: string }> {
    const normalized = host.toLowerCase().replace(/:\d+$/, '');
    const registry =
      normalized.length <= 253 ? await this.registries.findOne({ where: { customDomain: normalized }, select: { slug: true, plan: true } }) : null;
    if (!registry || !planOf(registry.plan).limits.customDomain) throw notFound('domain-gift-list');
    return { host: normalized, slug: registry.slug };
  }

  /** Checks the password and remembers, in this browser's session, that the registry is unlocked. */
  async unlock(slug: string, dto: UnlockDto, session: Session, ip: string): Promise<void> {
    await this.rateLimits.consume('unlock-ip', `${ip}:${slug}`);
    const registry = await this.registries.createQueryBuilder('r').addSelect('r.passwordHash').where('r.slug = :slug', { slug }).getOne();
    if (!registry) throw notFound('gift-list');
    if (registry.visibility !== 'password' || !registry.passwordHash) return;
    if (!(await verifyPassword(registry.passwordHash, dto.password))) {
      throw new ProblemException(401, 'registry-locked', msg('problems:registry-locked.wrong-password'));
    }
    session.unlocked = { ...session.unlocked, [registry.id]: unlockStamp(registry.passwordHash) };
  }

  /** Each item's JSON, from the fragment cache where it has this version, else from one query. */
  private async itemFragments(manager: EntityManager, pairs: [string, number][]): Promise<Buffer[]> {
    const keys = pairs.map(([id, version]) => this.caches.key('item', id, version));
    const hits = await this.caches.fragments.getMany(keys);
    const missing = pairs.filter((_, i) => !hits[i]).map(([id]) => id);
    const fresh = new Map<string, Buffer>();
    if (missing.length) {
      const items = await manager.findBy(Item, { id: In(missing), archived: false });
      const entries = items.map((item): [string, Buffer] => [
        this.caches.key('item', item.id, item.version),
        Buffer.from(JSON.stringify(GiftListItemDto.from(item, this.config.mediaUrl))),
      ]);
      items.forEach((item, i) => fresh.set(item.id, entries[i][1]));
      await this.caches.fragments.setMany(entries);
    }
    // An item archived or deleted between the two queries is simply left out.
    return pairs.map(([id], i) => hits[i]?.value ?? fresh.get(id)).filter((fragment): fragment is Buffer => fragment !== undefined);
  }
}

const COMMA = Buffer.from(',');

/**
 * An owner opening their own password-protected list ("See it as a guest") is not asked for the password: their
 * session counts as unlocked, as if they had typed it, so the cached copy, 304s and the live-updates stream (which
 * check the session's unlock, not ownership) let them through as well. A changed password needs the same again,
 * which this does on the owner's next load.
 */
function unlockForOwner(session: Session, row: Pick<ListRow, 'id' | 'visibility' | 'password_hash'>): void {
  if (row.visibility !== 'password' || !row.password_hash) return;
  const stamp = unlockStamp(row.password_hash);
  if (session.unlocked?.[row.id] !== stamp) session.unlocked = { ...session.unlocked, [row.id]: stamp };
}
