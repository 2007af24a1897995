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

/** "32 of 40 gifts", and where to go when the list is full. An unknown plan counts as the first (Free), as in the API. */
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

export const gifts = (n: number) => `${n} ${n === 1 ? 'gift' : 'gifts'}`;

/** "32 of 40 gifts" or "32 gifts (no limit)". */
export const usageText = ({ used, limit }: Pick<PlanUsage, 'used' | 'limit'>) => (limit === null ? `${gifts(used)}, no limit` : `${used} of ${gifts(limit)}`);
