import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { notFound } from '../common/problem/problem';
import { Registry } from './registry.entity';

export type RegistryWork<T> = (tx: EntityManager, registry: Registry) => Promise<T>;

/**
 * The one door every write to a registry, its items or its reservations goes through.
 *
 * It opens a transaction and first "touches" the registry: `version + 1` and a fresh `updated_at`. That UPDATE
 * also locks the registry row, so writes to one registry run one at a time, and the work then runs in the
 * same transaction. If the work throws, everything rolls back, the bump included. Caches key on the version
 * (DESIGN.md §4), so no write path can leave a stale copy behind as long as it comes through here.
 */
@Injectable()
export class RegistryWrites {
  constructor(private readonly dataSource: DataSource) {}

  /** A write by one of the registry's owners; another couple's registry is "not found". */
  asOwner<T>(registryId: string, userId: string, work: RegistryWork<T>): Promise<T> {
    return this.run('id = $1 AND EXISTS (SELECT 1 FROM registry_owners o WHERE o.registry_id = registries.id AND o.user_id = $2)', [registryId, userId], work);
  }

  /** A write by a guest (a reservation), who knows the registry by its slug. */
  asGuest<T>(slug: string, work: RegistryWork<T>): Promise<T> {
    return this.run('slug = $1', [slug], work);
  }

  /** A write the caller has authorized by other means (an undo token, a partner invitation). */
  byId<T>(registryId: string, work: RegistryWork<T>): Promise<T> {
    return this.run('id = $1', [registryId], work);
  }

  private run<T>(where: string, parameters: unknown[], work: RegistryWork<T>): Promise<T> {
    return this.dataSource.transaction(async (tx) => {
      const [rows] = await tx.query<[{ id: string }[], number]>(
        `UPDATE registries SET version = version + 1, updated_at = clock_timestamp() WHERE ${where} RETURNING id`,
        parameters,
      );
      if (!rows.length) throw notFound('This registry');
      const registry = await tx.findOneByOrFail(Registry, { id: rows[0].id });
      return work(tx, registry);
    });
  }
}

/** Bumps an item's own version alongside the registry's (its cached fragment is keyed on it). */
export async function touchItems(tx: EntityManager, registryId: string, itemIds: string[]): Promise<void> {
  if (!itemIds.length) return;
  await tx.query('UPDATE items SET version = version + 1, updated_at = clock_timestamp() WHERE registry_id = $1 AND id = ANY($2::uuid[])', [registryId, itemIds]);
}
