import type { EntityManager } from 'typeorm';

/**
 * Held reservations lapse exactly at `held_until`. Nothing has to run at that moment: the registry keeps its
 * earliest hold expiry (`registries.holds_expire_at`, carried by the version lookup), and RegistryWrites lapses the
 * due holds, bumping the version, as soon as a read or write sees that moment passed. The worker sweeps as a backstop.
 * Both functions run inside a RegistryWrites transaction, with the registry row locked.
 */

/**
 * Lapses the registry's holds due at `now`, gives their units back, and moves `holds_expire_at` on; returns how many
 * lapsed. The SQL is the database function lapse_due_holds (migration 1765100000000), which reserve_gift runs too.
 */
export async function lapseDueHolds(tx: EntityManager, registryId: string, now: Date): Promise<number> {
  const [row] = (await tx.query('SELECT lapse_due_holds($1, $2) AS n', [registryId, now])) as { n: number }[];
  return row.n;
}

/** Sets `holds_expire_at` to the earliest remaining hold (null when none): after a hold ends early or lapses. */
export async function refreshHoldsExpiry(tx: EntityManager, registryId: string): Promise<void> {
  await tx.query(
    `UPDATE registries SET holds_expire_at = (SELECT min(held_until) FROM reservations WHERE registry_id = $1 AND status = 'held') WHERE id = $1`,
    [registryId],
  );
}

// A new hold moves `holds_expire_at` to its deadline if that comes sooner (LEAST ignores a null): inside the
// reservation's own function (reserve_gift, migration 1765100000000).
