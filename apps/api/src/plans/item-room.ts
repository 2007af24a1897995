import type { EntityManager } from 'typeorm';
import { msg } from '../common/problem/problem';
import { planLimitProblem, planOf } from './plans';

/**
 * Refuses to add `adding` items to a registry whose plan has no room for them: 403 plan-limit naming the plan
 * that does. Every path that adds items calls it inside the registry's write transaction (RegistryWrites holds
 * the row lock, so two writes cannot both slip under the limit). Archived items count, as they stay on the list.
 * A list over its limit (after a refund) keeps all its items; it only cannot grow.
 */
export async function assertItemRoom(tx: EntityManager, registry: { id: string; plan: string }, adding = 1): Promise<void> {
  if (planOf(registry.plan).limits.items === null) return;
  const [{ count }] = (await tx.query('SELECT count(*)::int AS count FROM items WHERE registry_id = $1', [registry.id])) as { count: number }[];
  assertItemRoomFor(registry, count, adding);
}

/** The same refusal, for a caller that has counted the registry's items itself (in the same locked transaction). */
export function assertItemRoomFor(registry: { plan: string }, count: number, adding = 1): void {
  const limit = planOf(registry.plan).limits.items;
  if (limit === null || count + adding <= limit) return;
  const name = planOf(registry.plan).name;
  throw planLimitProblem(
    registry.plan,
    'items',
    (l) => l.items === null || l.items >= count + adding,
    msg('problems:plans.item-limit', { plan: name, limit, count }),
    limit,
  );
}
