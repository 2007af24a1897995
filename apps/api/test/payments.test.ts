import type { ParsedMail } from 'mailparser';
import type { Response } from 'supertest';
import { createItem, createRegistry, createUser, insertItems, TestRegistry, TestUser } from './support/factories';
import { FakeStripe, FakeSession } from './support/fake-stripe';
import { expectWhisperGiftsLayout, recipients } from './support/mail';
import { expectMatchesSpec } from './support/openapi-contract';
import type { SmtpSink } from './support/smtp-sink';
import type { TestApp } from './support/test-app';
import { MailWorld, startMailWorld } from './support/test-worker';

/**
 * Plans bought with Stripe (issue 16), against a local fake of Stripe's API (the SDK's host/port/protocol point at
 * it) and events signed with the SDK's test helper; the receipt and refund e-mails through the real SMTP catcher.
 */
let stripe: FakeStripe;
let world: MailWorld;
let t: TestApp;
let smtp: SmtpSink;
let admin: TestUser;

beforeAll(async () => {
  stripe = await FakeStripe.start();
  world = await startMailWorld({ ...stripe.env, PLAN_PRICE_STANDARD: '4900', PLAN_PRICE_PREMIUM: '8900', PLAN_CURRENCY: 'EUR' });
  ({ t, smtp } = world);
  admin = await createUser(t, { role: 'admin' });
});
afterAll(async () => {
  await world.close();
  await stripe.close();
});

const PROBLEMS = 'https://whispergifts.com/problems/';
const CHECKOUT = '/api/registries/{registryId}/checkout';
const WEBHOOK = '/api/payments/stripe/webhook';

function expectProblem(response: Response, status: number, type: string) {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ type: PROBLEMS + type, status });
}

async function couple(email?: string): Promise<{ owner: TestUser; registry: TestRegistry }> {
  const owner = await createUser(t, { email, verified: true });
  const registry = await createRegistry(owner, { title: 'Ana and Ben', coupleNames: 'Ana & Ben' });
  return { owner, registry };
}

const checkout = (owner: TestUser, registry: TestRegistry, plan: string) => owner.agent().post(`/api/registries/${registry.id}/checkout`).send({ plan });

/** A checkout made through the API, and the session the fake Stripe made for it. */
async function checkedOut(owner: TestUser, registry: TestRegistry, plan = 'standard'): Promise<{ orderId: string; session: FakeSession }> {
  const response = await checkout(owner, registry, plan).expect(200);
  const session = [...stripe.sessions.values()].find((s) => s.metadata.orderId === response.body.orderId)!;
  return { orderId: response.body.orderId as string, session };
}

const deliver = (body: string, signature: string | null = stripe.sign(body)) => {
  const request = t.http().post(WEBHOOK).set('content-type', 'application/json; charset=utf-8');
  return (signature === null ? request : request.set('stripe-signature', signature)).send(body);
};

async function stateOf(registry: TestRegistry, orderId: string) {
  const [row] = (await t.db.query(
    `SELECT r.plan, r.version::int AS version, o.status, (SELECT count(*)::int FROM payment_events e WHERE e.order_id = o.id) AS events
       FROM registries r JOIN orders o ON o.registry_id = r.id WHERE r.id = $1 AND o.id = $2`,
    [registry.id, orderId],
  )) as { plan: string; version: number; status: string; events: number }[];
  return row;
}

const outcomes = async (orderId: string) =>
  ((await t.db.query('SELECT outcome FROM payment_events WHERE order_id = $1 ORDER BY received_at', [orderId])) as { outcome: string }[]).map((r) => r.outcome);

const mailsAbout = (orderId: string) => (m: ParsedMail) => (m.text ?? '').includes(orderId) || (m.subject ?? '').includes(orderId);

describe('POST /api/registries/{registryId}/checkout', () => {
  it('creates a one-off Checkout Session with the order and registry in its metadata, and answers its page', async () => {
    const { owner, registry } = await couple();
    const response = await checkout(owner, registry, 'standard').expect(200);
    expectMatchesSpec(response, 'POST', CHECKOUT);
    const [call] = stripe.callsTo('/v1/checkout/sessions').filter((c) => c.params.get('metadata[registryId]') === registry.id);
    expect(call.params.get('mode')).toBe('payment');
    expect(call.params.get('line_items[0][price_data][unit_amount]')).toBe('4900');
    expect(call.params.get('line_items[0][price_data][currency]')).toBe('eur');
    expect(call.params.get('line_items[0][quantity]')).toBe('1');
    expect(call.params.get('metadata[orderId]')).toBe(response.body.orderId);
    expect(call.params.get('payment_intent_data[metadata][orderId]')).toBe(response.body.orderId);
    expect(call.params.get('client_reference_id')).toBe(response.body.orderId);
    expect(call.params.get('success_url')).toBe(`${t.config.publicUrl}/dashboard/registries/${registry.id}/plan?checkout=success`);
    expect(call.params.get('cancel_url')).toBe(`${t.config.publicUrl}/dashboard/registries/${registry.id}/plan?checkout=cancelled`);
    expect(call.idempotencyKey).toBe(`checkout-${response.body.orderId}`);
    expect(response.body.url).toBe(stripe.sessions.get([...stripe.sessions.keys()].pop()!)!.url);

    const [order] = (await t.db.query('SELECT status, plan, previous_plan, amount, currency FROM orders WHERE id = $1', [response.body.orderId])) as unknown[];
    expect(order).toEqual({ status: 'pending', plan: 'standard', previous_plan: 'free', amount: 4900, currency: 'EUR' });
    // Nothing changes until Stripe says it is paid.
    expect((await owner.agent().get(`/api/registries/${registry.id}`).expect(200)).body.plan).toBe('free');

    // A second click within the hour goes back to the same page, without another session.
    const calls = stripe.calls.length;
    const again = await checkout(owner, registry, 'standard').expect(200);
    expect(again.body).toEqual(response.body);
    expect(stripe.calls.length).toBe(calls);
  });

  it('refuses a plan that is not above the current one with 409, and an unknown plan with 400', async () => {
    const { owner, registry } = await couple();
    await t.db.query("UPDATE registries SET plan = 'standard' WHERE id = $1", [registry.id]);
    const same = await checkout(owner, registry, 'standard');
    expectProblem(same, 409, 'conflict');
    expectMatchesSpec(same, 'POST', CHECKOUT);
    expect(same.body).toMatchObject({ plan: 'standard', detail: expect.stringContaining('already on Standard') });
    const free = await checkout(owner, registry, 'free');
    expectProblem(free, 400, 'validation-error');
    expect(free.body.errors).toEqual([expect.objectContaining({ pointer: '#/plan', code: 'not-one-of' })]);
    expect(await t.db.query('SELECT 1 FROM orders WHERE registry_id = $1', [registry.id])).toEqual([]);
  });

  it("answers 404 for another couple's registry", async () => {
    const { registry } = await couple();
    const stranger = await createUser(t);
    expectProblem(await checkout(stranger, registry, 'premium'), 404, 'not-found');
    expect(await t.db.query('SELECT 1 FROM orders WHERE registry_id = $1', [registry.id])).toEqual([]);
  });

  it('answers 503 when Stripe fails, and leaves no order behind', async () => {
    const { owner, registry } = await couple();
    stripe.failNext = 1;
    const response = await checkout(owner, registry, 'premium');
    expectProblem(response, 503, 'service-unavailable');
    expect(response.headers['retry-after']).toBe('60');
    expect(await t.db.query('SELECT 1 FROM orders WHERE registry_id = $1', [registry.id])).toEqual([]);
  });
});

describe('POST /api/payments/stripe/webhook', () => {
  it('writes the receipt in the buyer’s language: a German buyer gets a German receipt, money and date in de-DE', async () => {
    const { owner, registry } = await couple('kaeufer-de@example.com');
    await t.db.query("UPDATE users SET language = 'de' WHERE email = 'kaeufer-de@example.com'");
    const { orderId, session } = await checkedOut(owner, registry, 'premium');
    await deliver(stripe.completedEvent(session)).expect(200);
    const [mail] = await smtp.waitFor(1, mailsAbout(orderId));
    expect(mail.subject).toBe('Ihre WhisperGifts-Quittung: Premium für Ana & Ben');
    expect(mail.text).toContain('Vielen Dank! Ihre Wunschliste');
    expect(mail.text).toMatch(/Bezahlt: 89,00\s€, einmalig \(kein Abonnement\)/);
    expect(mail.html).toContain('<html lang="de" dir="ltr">');
    expect(mail.html).toContain('Ihren Tarif ansehen');
  });

  it('upgrades the plan on checkout.session.completed, once however often Stripe delivers it, and e-mails a receipt', async () => {
    const { owner, registry } = await couple('receipt-buyer@example.com');
    const { orderId, session } = await checkedOut(owner, registry, 'premium');
    const before = await stateOf(registry, orderId);
    const body = stripe.completedEvent(session);
    const response = await deliver(body).expect(200);
    expectMatchesSpec(response, 'POST', WEBHOOK);
    expect(response.body).toEqual({ received: true });
    const after = await stateOf(registry, orderId);
    expect(after).toMatchObject({ plan: 'premium', status: 'paid', events: 1 });
    // Through RegistryWrites: the version moved, so every cached copy of the registry is stale.
    expect(after.version).toBeGreaterThan(before.version);
    expect((await owner.agent().get(`/api/registries/${registry.id}`).expect(200)).body.plan).toBe('premium');

    // Stripe redelivers (at least once): the same event, freshly signed, and the very same delivery again.
    await deliver(body).expect(200);
    await deliver(body, stripe.sign(body)).expect(200);
    expect(await stateOf(registry, orderId)).toEqual(after);
    expect(await outcomes(orderId)).toEqual(['paid']);

    const [mail] = await smtp.waitFor(1, mailsAbout(orderId));
    expectWhisperGiftsLayout(mail);
    expect(recipients(mail)).toEqual(['receipt-buyer@example.com']);
    expect(mail.subject).toBe('Your WhisperGifts receipt: Premium for Ana & Ben');
    for (const part of [mail.text ?? '', String(mail.html)]) {
      expect(part).toContain('€89.00');
      expect(part).toContain(orderId);
    }
    expect(mail.html).toContain(`href="${t.config.publicUrl}/dashboard/registries/${registry.id}/plan"`);
    // One receipt, however many deliveries.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.messages.filter(mailsAbout(orderId))).toHaveLength(1);
  });

  it('refuses forged, unsigned, stale (replayed) and tampered events with 400, and changes nothing', async () => {
    const { owner, registry } = await couple();
    const { orderId, session } = await checkedOut(owner, registry);
    const before = await stateOf(registry, orderId);
    const body = stripe.completedEvent(session);
    const tampered = body.replace('"amount_total":4900', '"amount_total":1');
    expect(tampered).not.toBe(body);
    const attempts: [string, ReturnType<typeof deliver>][] = [
      ['forged (another secret)', deliver(body, stripe.sign(body, { secret: 'whsec_notoursnotours' }))],
      ['unsigned', deliver(body, null)],
      ['a garbage signature', deliver(body, 't=1,v1=abc')],
      ['a replay of a signature made 10 minutes ago', deliver(body, stripe.sign(body, { timestamp: Math.floor(Date.now() / 1000) - 600 }))],
      ['tampered after signing', deliver(tampered, stripe.sign(body))],
    ];
    for (const [what, attempt] of attempts) {
      const response = await attempt;
      expect({ what, status: response.status }).toEqual({ what, status: 400 });
      expectProblem(response, 400, 'bad-request');
      expectMatchesSpec(response, 'POST', WEBHOOK);
    }
    expect(await stateOf(registry, orderId)).toEqual(before);
    expect(await outcomes(orderId)).toEqual([]);
  });

  it('records but does not act on a signed event whose amount, currency or metadata do not match the order', async () => {
    const { owner, registry } = await couple();
    const { orderId, session } = await checkedOut(owner, registry);
    const before = await stateOf(registry, orderId);
    await deliver(stripe.completedEvent(session, { session: { amount_total: 100 } })).expect(200);
    await deliver(stripe.completedEvent(session, { session: { currency: 'usd' } })).expect(200);
    const { registry: other } = await couple();
    await deliver(stripe.completedEvent(session, { session: { metadata: { ...session.metadata, registryId: other.id } } })).expect(200);
    expect(await stateOf(registry, orderId)).toMatchObject({ plan: 'free', status: 'pending', version: before.version });
    expect(await outcomes(orderId)).toEqual(['rejected: amount', 'rejected: currency', 'rejected: registry']);
    // An unpaid completion (a bank debit still under way) waits for its async success.
    await deliver(stripe.completedEvent(session, { session: { payment_status: 'unpaid' } })).expect(200);
    expect((await stateOf(registry, orderId)).plan).toBe('free');
    await deliver(stripe.completedEvent(session, { type: 'checkout.session.async_payment_succeeded' })).expect(200);
    expect(await stateOf(registry, orderId)).toMatchObject({ plan: 'standard', status: 'paid' });
  });

  it('keeps a refund that arrives before the completion: the late completion gives no plan and no receipt', async () => {
    const { owner, registry } = await couple();
    const { orderId, session } = await checkedOut(owner, registry);
    await deliver(stripe.refundedEvent(session)).expect(200);
    expect(await stateOf(registry, orderId)).toMatchObject({ plan: 'free', status: 'refunded' });
    await deliver(stripe.completedEvent(session)).expect(200);
    expect(await stateOf(registry, orderId)).toMatchObject({ plan: 'free', status: 'refunded' });
    expect(await outcomes(orderId)).toEqual(['refunded-before-completion', 'refunded-before-completion']);

    // Also when the refund's charge does not name the order: it is found by its payment when the completion comes.
    const second = await checkedOut(owner, registry);
    await deliver(stripe.refundedEvent(second.session, { charge: { metadata: {} } })).expect(200);
    await deliver(stripe.completedEvent(second.session)).expect(200);
    expect(await stateOf(registry, second.orderId)).toMatchObject({ plan: 'free', status: 'refunded' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.messages.filter((m) => mailsAbout(orderId)(m) || mailsAbout(second.orderId)(m))).toEqual([]);
  });

  it('leaves the plan on a partial refund', async () => {
    const { owner, registry } = await couple();
    const { orderId, session } = await checkedOut(owner, registry);
    await deliver(stripe.completedEvent(session)).expect(200);
    await deliver(stripe.refundedEvent(session, { charge: { amount_refunded: 1000 } })).expect(200);
    expect(await stateOf(registry, orderId)).toMatchObject({ plan: 'standard', status: 'paid' });
    expect(await outcomes(orderId)).toEqual(['paid', 'partial-refund']);
  });
});

describe('refunds', () => {
  it('refunds through Stripe from the admin area, audits it, and on charge.refunded goes back to Free keeping every gift, and tells the couple', async () => {
    const { owner, registry } = await couple('refund-couple@example.com');
    const { orderId, session } = await checkedOut(owner, registry);
    await deliver(stripe.completedEvent(session)).expect(200);
    // A Standard list with more gifts than Free holds.
    await insertItems(t, registry.id, 45);

    const response = await admin.agent().post(`/api/admin/orders/${orderId}/refund`).expect(202);
    expectMatchesSpec(response, 'POST', '/api/admin/orders/{orderId}/refund');
    expect(response.body).toMatchObject({ id: orderId, status: 'paid', refundRequestedAt: expect.any(String) });
    const [refund] = stripe.callsTo('/v1/refunds').filter((c) => c.params.get('metadata[orderId]') === orderId);
    expect(refund.params.get('payment_intent')).toBe(session.payment_intent);
    expect(refund.idempotencyKey).toBe(`refund-${orderId}`);
    const audit = (await t.db.query('SELECT actor_id AS actor_user_id, action, target_type, target_id, before, after FROM admin_audit WHERE target_id = $1', [
      orderId,
    ])) as unknown[];
    expect(audit).toEqual([
      {
        actor_user_id: admin.id,
        action: 'order.refund',
        target_type: 'order',
        target_id: orderId,
        before: { status: 'paid', plan: 'standard', amount: 4900, currency: 'EUR' },
        after: { status: 'paid', refundRequested: true },
      },
    ]);

    // Stripe confirms with its event; the plan goes down then.
    await deliver(stripe.refundedEvent(session)).expect(200);
    expect(await stateOf(registry, orderId)).toMatchObject({ plan: 'free', status: 'refunded' });
    const items = await owner.agent().get(`/api/registries/${registry.id}/items`).expect(200);
    expect(items.body).toHaveLength(45);
    const refused = await owner.agent().post(`/api/registries/${registry.id}/items`).send({ name: 'One more' });
    expectProblem(refused, 403, 'plan-limit');
    expect(refused.body).toMatchObject({ plan: 'free', feature: 'items', requiredPlan: 'standard', limit: 40 });

    const [mail] = await smtp.waitFor(1, (m) => (m.subject ?? '').includes('was refunded') && recipients(m).includes('refund-couple@example.com'));
    expectWhisperGiftsLayout(mail);
    expect(mail.subject).toBe('Your WhisperGifts payment for “Ana and Ben” was refunded');
    for (const part of [mail.text ?? '', String(mail.html)]) {
      expect(part).toContain('€49.00');
      expect(part).toContain('now on Free');
      expect(part).toContain('Every gift on your list stays');
    }
    // Refunding again is refused, without calling Stripe.
    const calls = stripe.calls.length;
    expectProblem(await admin.agent().post(`/api/admin/orders/${orderId}/refund`), 409, 'conflict');
    expect(stripe.calls.length).toBe(calls);
  });

  it('says why when Stripe refuses a refund, and audits nothing', async () => {
    const { owner, registry } = await couple();
    const [{ id }] = (await t.db.query(
      `INSERT INTO orders (registry_id, user_id, plan, previous_plan, amount, currency, status, stripe_payment_intent, paid_at)
       VALUES ($1, $2, 'standard', 'free', 4900, 'EUR', 'paid', 'pi_test_unknown_to_stripe', now()) RETURNING id`,
      [registry.id, owner.id],
    )) as { id: string }[];
    const response = await admin.agent().post(`/api/admin/orders/${id}/refund`);
    expectProblem(response, 409, 'conflict');
    // The SDK puts Stripe's request id in front of the message: what Stripe's support asks for.
    expect(response.body.detail).toMatch(/^Stripe refused the refund: \[req_\w+\] No such payment_intent: 'pi_test_unknown_to_stripe'$/);
    expect(await t.db.query('SELECT 1 FROM admin_audit WHERE target_id = $1', [id])).toEqual([]);
    expect(await t.db.query('SELECT refund_requested_at FROM orders WHERE id = $1', [id])).toEqual([{ refund_requested_at: null }]);
  });

  it('goes back to the best plan another paid order still gives', async () => {
    const { owner, registry } = await couple();
    const first = await checkedOut(owner, registry, 'standard');
    await deliver(stripe.completedEvent(first.session)).expect(200);
    const second = await checkedOut(owner, registry, 'premium');
    await deliver(stripe.completedEvent(second.session)).expect(200);
    expect((await stateOf(registry, second.orderId)).plan).toBe('premium');
    await deliver(stripe.refundedEvent(second.session)).expect(200);
    expect((await stateOf(registry, second.orderId)).plan).toBe('standard');
  });
});

describe('GET /api/admin/orders', () => {
  it('lists orders newest first with their registry and buyer, to administrators only', async () => {
    const { owner, registry } = await couple('lister@example.com');
    const { orderId } = await checkedOut(owner, registry, 'premium');
    const response = await admin.agent().get('/api/admin/orders?status=pending&limit=100').expect(200);
    expectMatchesSpec(response, 'GET', '/api/admin/orders');
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.body.paymentsEnabled).toBe(true);
    expect(response.body.orders[0]).toMatchObject({
      id: orderId,
      registryId: registry.id,
      registrySlug: registry.slug,
      registryTitle: 'Ana and Ben',
      buyerEmail: 'lister@example.com',
      plan: 'premium',
      previousPlan: 'free',
      amount: 8900,
      currency: 'EUR',
      status: 'pending',
      paidAt: null,
    });
    expect(response.body.orders.every((o: { status: string }) => o.status === 'pending')).toBe(true);
    expect(response.body.total).toBeGreaterThanOrEqual(response.body.orders.length);

    expectProblem(await owner.agent().get('/api/admin/orders'), 403, 'forbidden');
    expectProblem(await t.http().get('/api/admin/orders'), 401, 'unauthenticated');
    expectProblem(await owner.agent().post(`/api/admin/orders/${orderId}/refund`), 403, 'forbidden');
    expectProblem(await admin.agent().get('/api/admin/orders?limit=1000'), 400, 'validation-error');
  });
});

describe('the item limit', () => {
  it('refuses the 41st gift of a Free list with 403 plan-limit naming Standard, and allows it on Standard', async () => {
    const { owner, registry } = await couple();
    await insertItems(t, registry.id, 39);
    await createItem(owner, registry, { name: 'The fortieth' });
    const { version } = (await owner.agent().get(`/api/registries/${registry.id}`).expect(200)).body as { version: number };
    const refused = await owner.agent().post(`/api/registries/${registry.id}/items`).send({ name: 'The forty-first' });
    expectProblem(refused, 403, 'plan-limit');
    expectMatchesSpec(refused, 'POST', '/api/registries/{registryId}/items');
    expect(refused.body).toMatchObject({
      plan: 'free',
      feature: 'items',
      requiredPlan: 'standard',
      limit: 40,
      detail: 'Free lists hold 40 gifts (archived ones included); this one has 40. The Standard plan allows it.',
    });
    expect((await owner.agent().get(`/api/registries/${registry.id}`).expect(200)).body.version).toBe(version);

    const { session } = await checkedOut(owner, registry);
    await deliver(stripe.completedEvent(session)).expect(200);
    await createItem(owner, registry, { name: 'The forty-first' });
  });
});
