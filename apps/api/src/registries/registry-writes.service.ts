import { Injectable } from '@nestjs/common';
import type { Session } from 'fastify';
import { entityTag, evaluatePreconditions, versionFromTag } from '@whispergifts/http-cache';
import { DataSource, EntityManager } from 'typeorm';
import { RegistryVersion, RegistryVersions } from '../caching/registry-versions.service';
import { AppConfig } from '../common/config/app-config';
import type { WritePreconditions } from '../common/http/preconditions.decorator';
import { ProblemException, notFound, msg } from '../common/problem/problem';
import { refusalOf } from '../database/errors';
import { hydrate } from '../database/hydrate';
import { Outbox, PreparedEvent } from '../outbox/outbox.service';
import { lapseDueHolds } from '../reservations/holds';
import { assertGuestMayRead, registryLocked } from './guest-access';
import { Registry } from './registry.entity';

export type RegistryWork<T> = (tx: EntityManager, registry: Registry) => Promise<T>;

/** A guest write done by one database function that starts with `guest_write_lock` (see asGuestInOneStatement). */
export interface OneStatementWrite<R> {
  /** The function's name (a constant of ours, never client input). */
  fn: string;
  /** Its arguments after p_slug, p_unlocked and p_now, by parameter name (constants of ours too), values bound. */
  args: Record<string, unknown>;
  /** The outbox events the function wrote, told from its answer. */
  written: (row: R) => PreparedEvent[];
  /** Answers a refusal the function raises other than the registry's own (not found, suspended, locked). */
  refused: (refusal: string, detail: unknown) => never;
}

/**
 * The one door every write to a registry, its items or its reservations goes through.
 *
 * It opens a transaction, locks the registry row (so writes to one registry run one at a time), checks the
 * client's preconditions (If-Match / If-Unmodified-Since, 412 when stale), and "touches" the registry:
 * `version + 1` and a fresh `updated_at`. The work then runs in the same transaction; if it throws, everything
 * rolls back, the bump included. After the commit, every API process hears of the new version before its next
 * request. Caches key on the version (DESIGN.md §4), so a write that comes through here can leave no stale copy.
 */
@Injectable()
export class RegistryWrites {
  private readonly lapsing = new Map<string, Promise<void>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly versions: RegistryVersions,
    private readonly config: AppConfig,
    private readonly outbox: Outbox,
  ) {
    // A read that finds a registry's earliest hold expired asks for the lapse before it answers.
    versions.onHoldsDue((registryId) => this.lapseDueHolds(registryId));
  }

  /**
   * Lapses the registry's due holds, if any are still due: the units come back and the version goes up, so every
   * cached copy is stale from the deadline on. One run per registry at a time in this process (a burst of readers
   * at the deadline waits for one transaction); across processes the row lock serializes and the later run finds
   * nothing due and writes nothing.
   */
  lapseDueHolds(registryId: string): Promise<void> {
    const running = this.lapsing.get(registryId);
    if (running) return running;
    const run = this.lapseNow(registryId).finally(() => this.lapsing.delete(registryId));
    this.lapsing.set(registryId, run);
    return run;
  }

  private async lapseNow(registryId: string): Promise<void> {
    const now = new Date();
    const lapsed = await this.dataSource.transaction(async (tx) => {
      const [row] = (await tx.query('SELECT holds_expire_at FROM registries WHERE id = $1 FOR UPDATE', [registryId])) as { holds_expire_at: Date | null }[];
      if (!row?.holds_expire_at || row.holds_expire_at > now) return false;
      await tx.query('UPDATE registries SET version = version + 1, updated_at = clock_timestamp() WHERE id = $1', [registryId]);
      await lapseDueHolds(tx, registryId, now);
      return true;
    });
    if (lapsed) await this.versions.publish(registryId);
  }

  /** A write by one of the registry's owners; another couple's registry is "not found". */
  asOwner<T>(registryId: string, userId: string, work: RegistryWork<T>, preconditions?: WritePreconditions): Promise<T> {
    const where = 'id = $1 AND EXISTS (SELECT 1 FROM registry_owners o WHERE o.registry_id = registries.id AND o.user_id = $2)';
    return this.run(where, [registryId, userId], work, preconditions);
  }

  /**
   * A write by a guest (a reservation, a pledge), who knows the registry by its slug. A suspended list takes none,
   * and a password-protected one only from a session that unlocked it (checked on the row just locked, so a
   * password set a moment ago counts).
   */
  asGuest<T>(slug: string, session: Session | undefined, work: RegistryWork<T>): Promise<T> {
    return this.run('slug = $1', [slug], (tx, registry, passwordHash) => {
      if (registry.suspendedAt) throw registrySuspended(registry.suspendedReason);
      assertGuestMayRead({ ...registry, passwordHash }, session);
      return work(tx, registry);
    });
  }

  /**
   * A guest write in one round trip: the database function locks and touches the registry by its slug, refuses as
   * asGuest does (guest_write_lock), lapses the due holds and does the work, in one statement in autocommit. So the
   * lock is held only while PostgreSQL works, never while this process gets round to sending the next statement
   * (under load, BEGIN, touch, work and COMMIT sent one by one held it across three event-loop hops). The answer's
   * row carries `registry_id`; after the statement, as after a commit, the events it wrote are relayed and every API
   * process hears of the new version.
   */
  async asGuestInOneStatement<R extends { registry_id: string }>(slug: string, session: Session | undefined, write: OneStatementWrite<R>): Promise<R> {
    const names = Object.keys(write.args);
    const call = `SELECT * FROM ${write.fn}(p_slug => $1, p_unlocked => $2, p_now => $3${names.map((name, i) => `, ${name} => $${i + 4}`).join('')})`;
    let row: R;
    try {
      [row] = await this.dataSource.query<R[]>(call, [slug, JSON.stringify(session?.unlocked ?? {}), new Date(), ...Object.values(write.args)]);
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal) throw error;
      if (refusal.name === 'registry-not-found') throw notFound('registry');
      if (refusal.name === 'registry-suspended') throw registrySuspended((refusal.detail as { reason: string | null }).reason);
      if (refusal.name === 'registry-locked') throw registryLocked();
      return write.refused(refusal.name, refusal.detail);
    }
    this.outbox.relayCommitted(write.written(row));
    await this.versions.publish(row.registry_id);
    return row;
  }

  /**
   * What a guest's write may do before it takes the lock (idempotency look-ups, rate limits): the registry the slug
   * names, from the version store (no SQL when warm), or 404. Refuses a suspended list, and a locked one to a
   * session that has not unlocked it, so such a request spends no rate limit; asGuest checks again on the locked row.
   */
  async guestRegistry(slug: string, session: Session | undefined): Promise<RegistryVersion> {
    const info = await this.versions.bySlug(slug);
    if (!info) throw notFound('registry');
    if (info.suspendedReason) throw registrySuspended(info.suspendedReason);
    if (info.visibility === 'password' && (!info.passwordStamp || session?.unlocked?.[info.id] !== info.passwordStamp)) throw registryLocked();
    return info;
  }

  /**
   * Runs a read once the writes to the registry in flight have committed: it takes the row lock (so it waits for
   * them) and writes nothing, so the version stays. For the rare answer that depends on a write racing it.
   */
  afterWritesInFlight<T>(registryId: string, read: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT 1 FROM registries WHERE id = $1 FOR UPDATE', [registryId]);
      return read(tx);
    });
  }

  /** A write the caller has authorized by other means (an undo token, a partner invitation). */
  byId<T>(registryId: string, work: RegistryWork<T>): Promise<T> {
    return this.run('id = $1', [registryId], work);
  }

  /**
   * A write to a registry column that no versioned representation contains (the link preview's file name, which the
   * shared page's cache keys on by itself: RegistryVersion.linkPreview). The row is locked as for every write and
   * every API process hears of it after the commit, but the version stays: bumping it would make the couple's next
   * edit a 412 and throw away every cached list, for a change neither shows.
   */
  async byIdKeepingVersion<T>(registryId: string, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction(async (tx) => {
      const [locked] = (await tx.query('SELECT id FROM registries WHERE id = $1 FOR UPDATE', [registryId])) as { id: string }[];
      if (!locked) throw notFound('registry');
      return work(tx);
    });
    await this.versions.publish(registryId);
    return result;
  }

  /** The entity tag a registry or item representation has at a version. */
  etag(id: string, version: number, variant: string): string {
    return entityTag({ schemaRevision: this.config.cacheSchemaRevision, id, version, variant });
  }

  /** Refuses a write whose If-Match / If-Unmodified-Since names another version than the current one. */
  checkPreconditions(preconditions: WritePreconditions | undefined, current: { id: string; version: number; updatedAt: Date }, variant: string): void {
    if (!preconditions?.ifMatch && !preconditions?.ifUnmodifiedSince) return;
    const etag = this.etag(current.id, current.version, variant);
    const outcome = evaluatePreconditions(
      'PATCH',
      { 'if-match': preconditions.ifMatch, 'if-unmodified-since': preconditions.ifUnmodifiedSince },
      {
        etag,
        lastModified: current.updatedAt,
        // nginx weakens tags and clients may hold another variant's tag: what counts is the version.
        matchesForWrite: (tag) => versionFromTag(tag, this.config.cacheSchemaRevision, current.id) === current.version,
      },
    );
    if (outcome === 'precondition-failed') {
      throw new ProblemException(412, 'precondition-failed', msg('problems:registries.precondition-failed'), { currentVersion: current.version }, { etag });
    }
  }

  /**
   * Locks and touches the registry in one statement: the UPDATE takes the row lock (waiting for a write in flight)
   * and returns the row as it now is, which is all the work needs; nothing is read again. The version before is the
   * returned one less one. Only If-Unmodified-Since needs the time before the touch, so only then is the row read
   * (locked) first.
   */
  private async run<T>(
    where: string,
    parameters: unknown[],
    work: (tx: EntityManager, registry: Registry, passwordHash: string | null) => Promise<T>,
    preconditions?: WritePreconditions,
  ): Promise<T> {
    let registryId: string | undefined;
    const result = await this.dataSource.transaction(async (tx) => {
      let updatedBefore: Date | undefined;
      if (preconditions?.ifUnmodifiedSince && !preconditions.ifMatch) {
        const [locked] = (await tx.query(`SELECT updated_at FROM registries WHERE ${where} FOR UPDATE`, parameters)) as { updated_at: Date }[];
        if (!locked) throw notFound('registry');
        updatedBefore = locked.updated_at;
      }
      const [rows] = (await tx.query(`UPDATE registries SET version = version + 1, updated_at = clock_timestamp() WHERE ${where} RETURNING *`, parameters)) as [
        Record<string, unknown>[],
        number,
      ];
      if (!rows.length) throw notFound('registry');
      const registry = hydrate(tx, Registry, rows[0]);
      registryId = registry.id;
      this.checkPreconditions(
        preconditions,
        { id: registry.id, version: registry.version - 1, updatedAt: updatedBefore ?? registry.updatedAt },
        'owner-registry',
      );
      // A write sees the list as guests do: holds past their deadline are gone before the work counts what is left.
      const now = new Date();
      const holdsExpireAt = rows[0].holds_expire_at as Date | null;
      if (holdsExpireAt && holdsExpireAt <= now) await lapseDueHolds(tx, registry.id, now);
      return work(tx, registry, rows[0].password_hash as string | null);
    });
    if (registryId) await this.versions.publish(registryId);
    return result;
  }
}

/** 403 `registry-suspended`: an administrator suspended the list; guests are told why, as on its page. */
export const registrySuspended = (reason: string | null) =>
  new ProblemException(403, 'registry-suspended', msg('problems:registries.suspended', { given: reason === null ? 'no' : 'yes', reason: reason ?? '' }), {
    reason,
  });

/** Bumps an item's own version alongside the registry's (its cached fragment is keyed on it). */
export async function touchItems(tx: EntityManager, registryId: string, itemIds: string[]): Promise<void> {
  if (!itemIds.length) return;
  await tx.query('UPDATE items SET version = version + 1, updated_at = clock_timestamp() WHERE registry_id = $1 AND id = ANY($2::uuid[])', [
    registryId,
    itemIds,
  ]);
}
