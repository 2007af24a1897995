import { ProblemException, msg, type LocalizedDetail } from '../common/problem/problem';

/**
 * The plans: the single source of truth for what each plan allows. The API enforces every limit from here,
 * `GET /api/plans` serves it (prices come from configuration), and the web app shows it.
 * Money gifts are on every plan. `null` means no plan limit (the technical caps still apply).
 */
export const PLAN_IDS = ['free', 'standard', 'premium'] as const;
export type PlanId = (typeof PLAN_IDS)[number];

export interface PlanLimits {
  /** Gifts, funds and group gifts on one list, archived ones included. */
  items: number | null;
  /** How many of the themes, in the order of THEMES, the plan may use (the first ones). */
  themes: number | null;
  customDomain: boolean;
  guestCards: boolean;
}

export interface PlanDefinition {
  id: PlanId;
  name: string;
  limits: PlanLimits;
}

export const PLANS: Record<PlanId, PlanDefinition> = {
  free: { id: 'free', name: 'Free', limits: { items: 40, themes: 2, customDomain: false, guestCards: false } },
  standard: { id: 'standard', name: 'Standard', limits: { items: 150, themes: null, customDomain: true, guestCards: false } },
  premium: { id: 'premium', name: 'Premium', limits: { items: null, themes: null, customDomain: true, guestCards: true } },
};

export const isPlanId = (value: unknown): value is PlanId => typeof value === 'string' && (PLAN_IDS as readonly string[]).includes(value);

/** A registry's plan; an unknown value (never written by this code) counts as Free. */
export const planOf = (plan: string): PlanDefinition => (isPlanId(plan) ? PLANS[plan] : PLANS.free);

/** The cheapest plan (in PLAN_IDS order) that `allows`, or null when none does. */
export function cheapestPlanWhere(allows: (limits: PlanLimits) => boolean): PlanDefinition | null {
  for (const id of PLAN_IDS) if (allows(PLANS[id].limits)) return PLANS[id];
  return null;
}

/**
 * 403 `plan-limit`: what the current plan does not allow, and the plan that lifts it (`requiredPlan`),
 * so the dashboard can offer the upgrade. `limit` is the number reached, for countable limits.
 */
export function planLimitProblem(
  current: string,
  feature: keyof PlanLimits,
  allows: (limits: PlanLimits) => boolean,
  detail: string | LocalizedDetail,
  limit?: number,
): ProblemException {
  const lifts = cheapestPlanWhere(allows);
  // A catalogue detail names the lifting plan itself (`lifts`: its name, or `none`), so each language words it its way.
  const text =
    typeof detail === 'string'
      ? lifts
        ? `${detail} The ${lifts.name} plan allows it.`
        : detail
      : msg(detail.key, { ...detail.values, lifts: lifts?.name ?? 'none' });
  return new ProblemException(403, 'plan-limit', text, {
    plan: planOf(current).id,
    feature,
    requiredPlan: lifts?.id ?? null,
    ...(limit === undefined ? {} : { limit }),
  });
}

/** A plan's place in PLAN_IDS (Free 0, Standard 1, Premium 2): an upgrade goes up, a refund goes down. */
export const planRank = (plan: string): number => PLAN_IDS.indexOf(planOf(plan).id);
