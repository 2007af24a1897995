import { describe, expect, it } from 'vitest';
import type { Plan } from '@whispergifts/api-client';
import { planUsage } from './usage';

const plan = (id: Plan['id'], items: number | null, price: number): Plan => ({
  id,
  name: id[0].toUpperCase() + id.slice(1),
  price,
  currency: 'EUR',
  limits: { items, themes: null, customDomain: id !== 'free', guestCards: id === 'premium' },
});
const PLANS = [plan('free', 40, 0), plan('standard', 150, 4900), plan('premium', null, 8900)];

describe('planUsage', () => {
  it('says how full the list is and offers the next plan with room', () => {
    const usage = planUsage(PLANS, 'free', 32);
    expect(usage).toMatchObject({ used: 32, limit: 40, full: false, over: false });
    expect(usage.upgrade?.id).toBe('standard');
  });

  it('is full at the limit and over it after a refund, and skips a plan that would still be full', () => {
    expect(planUsage(PLANS, 'free', 40)).toMatchObject({ full: true, over: false });
    const over = planUsage(PLANS, 'free', 160);
    expect(over).toMatchObject({ full: true, over: true });
    expect(over.upgrade?.id).toBe('premium');
    expect(over.above.map((p) => p.id)).toEqual(['standard', 'premium']);
  });

  it('has no limit and nothing above on Premium, and counts an unknown plan as Free', () => {
    const premium = planUsage(PLANS, 'premium', 900);
    expect(premium).toMatchObject({ limit: null, full: false, upgrade: null, above: [] });
    expect(planUsage(PLANS, 'gold', 1).plan.id).toBe('free');
  });
});
