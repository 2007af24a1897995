import type { EntityManager } from 'typeorm';

/**
 * Held reservations lapse exactly at `held_until`. Nothing has to run at that moment: the registry keeps its
 * earliest hold expiry (`registries.holds_expire_at`, carried by the version lookup), and RegistryWrites lapses the
 * due holds, bumping the version, as soon as a read or write sees that moment passed. The worker sweeps as a backstop.
 * Both functions run inside a RegistryWrites transaction, with the registry row locked.
 */

/** Lapses the registry's holds due at `now`, gives their units back, and moves `holds_expire_at` on; returns how many lapsed. */
export async function lapseDueHolds(tx: EntityManager, registryId: string, now: Date): Promise<number> {
  const [items] = (await tx.query(
    `WITH lapsed AS (
       UPDATE reservations SET status = 'lapsed', cancelled_at = held_until
        WHERE registry_id = $1 AND status = 'held' AND held_until <= $2
        RETURNING item_id, quantity),
     per_item AS (SELECT item_id, sum(quantity)::int AS quantity, count(*)::int AS n FROM lapsed GROUP BY item_id)
     UPDATE items i SET reserved_quantity = i.reserved_quantity - p.quantity, version = i.version + 1, updated_at = clock_timestamp()
       FROM per_item p WHERE i.id = p.item_id
     RETURNING p.n`,
    [registryId, now],
  )) as [{ n: number }[], number];
  await refreshHoldsExpiry(tx, registryId);
  return items.reduce((sum, row) => sum + row.n, 0);
}

/** Sets `holds_expire_at` to the earliest remaining hold (null when none): after a hold ends early or lapses. */
export async function refreshHoldsExpiry(tx: EntityManager, registryId: string): Promise<void> {
  await tx.query(
    `UPDATE registries SET holds_expire_at = (SELECT min(held_until) FROM reservations WHERE registry_id = $1 AND status = 'held') WHERE id = $1`,
    [registryId],
  );
}

// A new hold moves `holds_expire_at` to its deadline if that comes sooner (LEAST ignores a null): inside the
// reservation's own statement (reservations.service.ts, RESERVE_SQL).
