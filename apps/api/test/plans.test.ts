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
      paymentsEnabled: false,
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

describe('without STRIPE_SECRET_KEY (payments off)', () => {
  it('answers 503 payments-disabled to a checkout, to Stripe events and to a refund, and changes nothing', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner, { coupleNames: 'Ana & Ben', title: 'Ana and Ben' });
    await t.db.query("UPDATE registries SET plan = 'free' WHERE id = $1", [registry.id]);
    const checkout = await owner.agent().post(`/api/registries/${registry.id}/checkout`).send({ plan: 'premium' }).expect(503);
    expect(checkout.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(checkout.body.type).toBe('https://whispergifts.com/problems/payments-disabled');
    const webhook = await t.http().post('/api/payments/stripe/webhook').set('stripe-signature', 't=1,v1=x').send({ id: 'evt_1' }).expect(503);
    expect(webhook.body.type).toBe('https://whispergifts.com/problems/payments-disabled');
    const admin = await createUser(t, { role: 'admin' });
    const [{ id }] = (await t.db.query(
      "INSERT INTO orders (registry_id, user_id, plan, previous_plan, amount, currency, status) VALUES ($1, $2, 'premium', 'free', 7900, 'GBP', 'paid') RETURNING id",
      [registry.id, owner.id],
    )) as { id: string }[];
    const refund = await admin.agent().post(`/api/admin/orders/${id}/refund`).expect(503);
    expect(refund.body.type).toBe('https://whispergifts.com/problems/payments-disabled');
    expect(await t.db.query('SELECT count(*)::int AS n FROM orders WHERE registry_id = $1', [registry.id])).toEqual([{ n: 1 }]);
    expect((await owner.agent().get(`/api/registries/${registry.id}`).expect(200)).body.plan).toBe('free');
  });
});
