import type { Plan } from '@whispergifts/api-client';

export interface PlanUsage {
  plan: Plan;
  /** Gifts on the list, archived ones included (they count towards the limit). */
  used: number;
  /** The plan's item limit; null when it has none. */
  limit: number | null;
  /** No room for another gift. */
  full: boolean;
  /** More gifts than the plan holds (after a refund): every gift stays, none can be added. */
  over: boolean;
  /** The cheapest plan above this one with room for another gift, or null. */
  upgrade: Plan | null;
  /** Every plan above this one, cheapest first. */
  above: Plan[];
}

/** How full the list is, and where to go when it is full (usageWords says it). An unknown plan counts as the first (Free), as in the API. */
export function planUsage(plans: Plan[], current: string, used: number): PlanUsage {
  const index = Math.max(
    0,
    plans.findIndex((p) => p.id === current),
  );
  const plan = plans[index];
  const limit = plan.limits.items;
  const above = plans.slice(index + 1);
  const upgrade = above.find((p) => p.limits.items === null || p.limits.items > used) ?? null;
  return { plan, used, limit, full: limit !== null && used >= limit, over: limit !== null && used > limit, upgrade, above };
}
