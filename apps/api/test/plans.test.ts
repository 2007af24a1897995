import { createRegistry, createUser } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

/** The plans (issue 16): one table served publicly with configured prices; DEFAULT_PLAN is where new lists start. */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ PLAN_PRICE_STANDARD: '3900', PLAN_PRICE_PREMIUM: '7900', PLAN_CURRENCY: 'GBP', DEFAULT_PLAN: 'premium' });
});
afterAll(() => t.close());

describe('GET /api/plans', () => {
  it('lists every plan, cheapest first, with its configured price and its limits, to anyone', async () => {
    const response = await t.http().get('/api/plans').expect(200);
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    expect(response.body).toEqual({
      defaultPlan: 'premium',
      plans: [
        { id: 'free', name: 'Free', price: 0, currency: 'GBP', limits: { items: 40, themes: 2, customDomain: false, guestCards: false } },
        { id: 'standard', name: 'Standard', price: 3900, currency: 'GBP', limits: { items: 150, themes: null, customDomain: true, guestCards: false } },
        { id: 'premium', name: 'Premium', price: 7900, currency: 'GBP', limits: { items: null, themes: null, customDomain: true, guestCards: true } },
      ],
    });
  });

  it('starts a new registry on DEFAULT_PLAN', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner, { coupleNames: 'Ana & Ben', title: 'Ana and Ben' });
    expect(registry.plan).toBe('premium');
  });
});
