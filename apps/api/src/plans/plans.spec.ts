import { PLANS, cheapestPlanWhere, planLimitProblem, planOf } from './plans';

describe('plans', () => {
  it('names the cheapest plan that lifts a limit', () => {
    expect(cheapestPlanWhere((l) => l.customDomain)?.id).toBe('standard');
    expect(cheapestPlanWhere((l) => l.guestCards)?.id).toBe('premium');
    expect(cheapestPlanWhere((l) => l.items === null || l.items > 40)?.id).toBe('standard');
  });

  it('counts an unknown plan as Free', () => {
    expect(planOf('gold')).toBe(PLANS.free);
    expect(planOf('premium')).toBe(PLANS.premium);
  });

  it('answers 403 plan-limit naming the plan that lifts it', () => {
    const problem = planLimitProblem('free', 'items', (l) => l.items === null || l.items > 40, 'Free lists hold 40 gifts.', 40);
    expect(problem.getStatus()).toBe(403);
    expect(problem.body).toMatchObject({
      type: 'https://whispergifts.com/problems/plan-limit',
      plan: 'free',
      feature: 'items',
      requiredPlan: 'standard',
      limit: 40,
    });
    expect(problem.body.detail).toBe('Free lists hold 40 gifts. The Standard plan allows it.');
  });
});
