import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { TestRegistry, TestUser, createItem, createRegistry, createUser, pledgeBody, reservationBody } from './support/factories';
import { expectMatchesSpec } from './support/openapi-contract';
import { TestApp, startTestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  // The race below is many guests at once, all from 127.0.0.1: the per-registry limits are lifted here.
  t = await startTestApp({ RATE_LIMIT_PLEDGE_IP: '1000/3600', RATE_LIMIT_PLEDGE_EMAIL: '1000/3600', LOG_LEVEL: process.env.WG_TEST_LOG ?? 'silent' });
});
afterAll(() => t.close());

const PROBLEMS = 'https://whispergifts.com/problems/';
const PLEDGE = '/api/public/registries/{slug}/pledges';

const pledge = (slug: string, body: Record<string, unknown>) => t.http().post(`/api/public/registries/${slug}/pledges`).send(body);

async function setUp(itemFields: Record<string, unknown> = { kind: 'fund' }, registryFields: Record<string, unknown> = {}) {
  const owner = await createUser(t);
  const registry = await createRegistry(owner, registryFields);
  const item = await createItem(owner, registry, { name: 'Honeymoon in Lisbon', ...itemFields });
  return { owner, registry, item };
}

async function pledged(itemId: string): Promise<{ pledged_amount: string; pledge_count: number }> {
  const [row] = await t.db.query<{ pledged_amount: string; pledge_count: number }[]>('SELECT pledged_amount, pledge_count FROM items WHERE id = $1', [itemId]);
  return row;
}

function expectProblem(response: Response, status: number, type: string) {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body.type).toBe(`${PROBLEMS}${type}`);
}

describe('pledging', () => {
  it('pledges to a fund: 201 with the reference, the payment, the undo token and the item counted', async () => {
    const { registry, item } = await setUp();
    const response = await pledge(registry.slug, pledgeBody(item.id, { amount: 5000 })).expect(201);
    expectMatchesSpec(response, 'POST', PLEDGE);
    expect(response.body.pledge).toMatchObject({ itemId: item.id, amount: 5000, currency: 'EUR', guestName: 'Aunt May', status: 'pledged' });
    expect(response.body.pledge.reference).toMatch(/^WG-[23456789ABCDEFGHJKMNPQRSTWXYZ]{4}$/);
    expect(response.body.payment).toMatchObject({ reference: response.body.pledge.reference, link: null, epcPayload: null });
    expect(response.body.item).toMatchObject({ kind: 'fund', pledgedAmount: 5000, pledgeCount: 1, remainingAmount: null, allowOverfunding: true });
    expect(response.body.undoUrl).toContain(response.body.undoToken);
    const jobs = await t.db.query<{ name: string; payload: unknown }[]>("SELECT name, payload FROM outbox_events WHERE name LIKE 'pledge-%' ORDER BY name");
    expect(jobs.map((j) => j.name)).toEqual(['pledge-confirmation', 'pledge-notice']);
  });
});

describe('the target holds under any concurrency', () => {
  it('200 concurrent pledges of random amounts at a capped group gift: accepted sum ≤ target, the rest 409, zero 5xx', async () => {
    const { registry, item } = await setUp({ kind: 'group-gift', targetAmount: 100_000 });
    const amounts = Array.from({ length: 200 }, () => 500 + Math.floor(Math.random() * 2000));
    const responses = await Promise.all(amounts.map((amount, i) => pledge(registry.slug, pledgeBody(item.id, { amount, email: `guest${i}@example.com` }))));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const accepted = responses.filter((r) => r.status === 201).reduce((sum, r) => sum + (r.body.pledge.amount as number), 0);
    expect(accepted).toBeLessThanOrEqual(100_000);
    expect(statuses.filter((s) => s === 409).length).toBeGreaterThan(0);
    for (const refused of responses.filter((r) => r.status === 409)) expect(refused.body.type).toBe(`${PROBLEMS}pledge-exceeds-target`);
    const row = await pledged(item.id);
    expect(Number(row.pledged_amount)).toBe(accepted);
    expect(row.pledge_count).toBe(statuses.filter((s) => s === 201).length);
  });

  it('the CHECK refuses a direct SQL update past the target', async () => {
    const { item } = await setUp({ kind: 'group-gift', targetAmount: 10_000 });
    await expect(t.db.query('UPDATE items SET pledged_amount = 10001 WHERE id = $1', [item.id])).rejects.toThrow(/items_not_overpledged/);
    await t.db.query('UPDATE items SET pledged_amount = 10000 WHERE id = $1', [item.id]);
  });

  it('409 pledge-exceeds-target names remainingAmount and the item; exactly that is then accepted, even below the minimum', async () => {
    const { registry, item } = await setUp({ kind: 'group-gift', targetAmount: 10_300 });
    await pledge(registry.slug, pledgeBody(item.id, { amount: 10_000 })).expect(201);
    const refused = await pledge(registry.slug, pledgeBody(item.id, { amount: 5000 }));
    expectProblem(refused, 409, 'pledge-exceeds-target');
    expect(refused.body.remainingAmount).toBe(300);
    expect(refused.body.item).toMatchObject({ id: item.id, remainingAmount: 300 });
    const exact = await pledge(registry.slug, pledgeBody(item.id, { amount: 300 })).expect(201);
    expect(exact.body.item.remainingAmount).toBe(0);
  });
});

describe('refusals', () => {
  it.each([
    ['zero', 0],
    ['negative', -500],
    ['fractional minor units', 500.5],
    ['a string', '5000'],
    ['null', null],
    ['too large', 1e15],
  ])('refuses an amount that is %s with a field error', async (_what, amount) => {
    const { registry, item } = await setUp();
    const response = await pledge(registry.slug, pledgeBody(item.id, { amount }));
    expectProblem(response, 400, 'validation-error');
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ pointer: '#/amount' })]));
    expect((await pledged(item.id)).pledge_count).toBe(0);
  });

  it('refuses an amount below the minimum (default 5 units of the currency: EUR 500, JPY 5)', async () => {
    const { registry, item } = await setUp();
    const low = await pledge(registry.slug, pledgeBody(item.id, { amount: 499 }));
    expectProblem(low, 400, 'validation-error');
    expect(low.body.errors).toEqual([expect.objectContaining({ pointer: '#/amount' })]);
    await pledge(registry.slug, pledgeBody(item.id, { amount: 500 })).expect(201);
    const yen = await setUp({ kind: 'fund' }, { currency: 'JPY' });
    expect(yen.item).toBeDefined();
    const yenItem = await yen.owner.agent().get(`/api/registries/${yen.registry.id}/items`).expect(200);
    expect(yenItem.body[0].minContribution).toBe(5);
    await pledge(yen.registry.slug, pledgeBody(yen.item.id, { amount: 5 })).expect(201);
  });

  it('a gift refuses pledges (use-reservations) and a fund refuses reservations (use-pledges)', async () => {
    const { owner, registry, item } = await setUp({ kind: 'gift' });
    expectProblem(await pledge(registry.slug, pledgeBody(item.id)), 409, 'use-reservations');
    const fund = await createItem(owner, registry, { name: 'Fund', kind: 'fund' });
    const group = await createItem(owner, registry, { name: 'Sofa', kind: 'group-gift', targetAmount: 90_000 });
    for (const money of [fund, group]) {
      const refused = await t.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(money.id));
      expectProblem(refused, 409, 'use-pledges');
    }
    await t.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(item.id)).expect(201);
  });

  it('a pledge shows on the cached gift list at once (through RegistryWrites: the version moves)', async () => {
    const { registry, item } = await setUp({ kind: 'group-gift', targetAmount: 20_000 });
    const before = await t.http().get(`/api/public/registries/${registry.slug}`).expect(200);
    await t
      .http()
      .get(`/api/public/registries/${registry.slug}`)
      .set('If-None-Match', before.headers.etag as string)
      .expect(304);
    await pledge(registry.slug, pledgeBody(item.id, { amount: 5000 })).expect(201);
    const after = await t
      .http()
      .get(`/api/public/registries/${registry.slug}`)
      .set('If-None-Match', before.headers.etag as string)
      .expect(200);
    expect(after.body.version).toBeGreaterThan(before.body.version as number);
    expect(after.body.items[0]).toMatchObject({ pledgedAmount: 5000, remainingAmount: 15_000, pledgeCount: 1 });
  });

  it('an open-ended fund can hide its totals from guests; the couple still sees them; a target shows them again', async () => {
    const { owner, registry, item } = await setUp({ kind: 'fund', hideTotals: true });
    const answer = await pledge(registry.slug, pledgeBody(item.id, { amount: 7500 })).expect(201);
    expect(answer.body.item).toMatchObject({ hideTotals: true, pledgedAmount: null, pledgeCount: null, remainingAmount: null });
    const list = await t.http().get(`/api/public/registries/${registry.slug}`).expect(200);
    expect(list.body.items[0]).toMatchObject({ hideTotals: true, pledgedAmount: null, pledgeCount: null });
    expect(JSON.stringify(list.body)).not.toContain('7500');
    const items = `/api/registries/${registry.id}/items`;
    const mine = await owner.agent().get(items).expect(200);
    expect(mine.body[0]).toMatchObject({ hideTotals: true, pledgedAmount: 7500, pledgeCount: 1 });

    // Only an open-ended fund: a target (or a group gift, or a gift) with hideTotals: true is a field error.
    const refused = await owner.agent().patch(`${items}/${item.id}`).send({ targetAmount: 50_000, hideTotals: true });
    expectProblem(refused, 400, 'validation-error');
    expect(refused.body.errors).toEqual([expect.objectContaining({ pointer: '#/hideTotals' })]);
    expectProblem(await owner.agent().post(items).send({ name: 'Toaster', hideTotals: true }), 400, 'validation-error');
    expectProblem(await owner.agent().post(items).send({ name: 'Sofa', kind: 'group-gift', targetAmount: 90_000, hideTotals: true }), 400, 'validation-error');
    await owner.agent().post(items).send({ name: 'Kettle', hideTotals: false }).expect(201);

    // Setting a target shows guests what is left, and so the totals (the cached list follows at once).
    await owner.agent().patch(`${items}/${item.id}`).send({ targetAmount: 50_000, allowOverfunding: false }).expect(200);
    const shown = await t.http().get(`/api/public/registries/${registry.slug}`).expect(200);
    expect(shown.body.items[0]).toMatchObject({ hideTotals: false, pledgedAmount: 7500, pledgeCount: 1, remainingAmount: 42_500 });
  });

  it('an unknown item is 404', async () => {
    const { registry } = await setUp();
    expectProblem(await pledge(registry.slug, pledgeBody(randomUUID())), 404, 'not-found');
  });
});

describe('idempotency and undo', () => {
  it('a retry with the same Idempotency-Key returns the first pledge and pledges nothing new', async () => {
    const { registry, item } = await setUp();
    const key = randomUUID();
    const first = await t.http().post(`/api/public/registries/${registry.slug}/pledges`).set('Idempotency-Key', key).send(pledgeBody(item.id)).expect(201);
    const again = await t.http().post(`/api/public/registries/${registry.slug}/pledges`).set('Idempotency-Key', key).send(pledgeBody(item.id)).expect(201);
    expect(again.body.pledge).toEqual(first.body.pledge);
    expect(again.body.undoToken).toBe(first.body.undoToken);
    expect(await pledged(item.id)).toMatchObject({ pledged_amount: '5000', pledge_count: 1 });
    const other = await t
      .http()
      .post(`/api/public/registries/${registry.slug}/pledges`)
      .set('Idempotency-Key', key)
      .send(pledgeBody(item.id, { amount: 6000 }));
    expectProblem(other, 422, 'idempotency-key-reused');
  });

  it('undo by token restores remainingAmount; twice is harmless', async () => {
    const { registry, item } = await setUp({ kind: 'group-gift', targetAmount: 20_000 });
    const created = await pledge(registry.slug, pledgeBody(item.id, { amount: 8000 })).expect(201);
    expect(created.body.item.remainingAmount).toBe(12_000);
    const undone = await t
      .http()
      .delete(`/api/public/pledges/${created.body.undoToken as string}`)
      .expect(200);
    expectMatchesSpec(undone, 'DELETE', '/api/public/pledges/{token}');
    expect(undone.body.item).toMatchObject({ remainingAmount: 20_000, pledgedAmount: 0, pledgeCount: 0 });
    await t
      .http()
      .delete(`/api/public/pledges/${created.body.undoToken as string}`)
      .expect(200);
    expect(await pledged(item.id)).toMatchObject({ pledged_amount: '0', pledge_count: 0 });
    expectProblem(await t.http().delete('/api/public/pledges/wgp_unknown'), 404, 'not-found');
  });
});

describe('the couple', () => {
  async function pledgesOf(owner: TestUser, registry: TestRegistry) {
    return owner.agent().get(`/api/registries/${registry.id}/pledges`).expect(200);
  }

  it('lists pledges with totals per item and registry; surprise mode hides the guests', async () => {
    const { owner, registry, item } = await setUp();
    const sofa = await createItem(owner, registry, { name: 'Sofa', kind: 'group-gift', targetAmount: 90_000 });
    await pledge(registry.slug, pledgeBody(item.id, { amount: 5000, name: 'Aunt May' })).expect(201);
    await pledge(registry.slug, pledgeBody(item.id, { amount: 2500 })).expect(201);
    const undone = await pledge(registry.slug, pledgeBody(sofa.id, { amount: 10_000 })).expect(201);
    await pledge(registry.slug, pledgeBody(sofa.id, { amount: 20_000 })).expect(201);
    await t
      .http()
      .delete(`/api/public/pledges/${undone.body.undoToken as string}`)
      .expect(200);

    const response = await pledgesOf(owner, registry);
    expectMatchesSpec(response, 'GET', '/api/registries/{registryId}/pledges');
    expect(response.body.pledges).toHaveLength(3);
    expect(response.body.pledges[0]).toMatchObject({ itemId: sofa.id, itemName: 'Sofa', amount: 20_000, guest: { name: 'Aunt May' } });
    expect(response.body.totals).toMatchObject({ pledgedAmount: 27_500, receivedAmount: 0, count: 3 });
    expect(response.body.totals.items).toEqual(
      expect.arrayContaining([
        { itemId: item.id, pledgedAmount: 7500, receivedAmount: 0, count: 2 },
        { itemId: sofa.id, pledgedAmount: 20_000, receivedAmount: 0, count: 1 },
      ]),
    );
    const page = await owner.agent().get(`/api/registries/${registry.id}/pledges`).query({ limit: 2 }).expect(200);
    expect(page.body.pledges).toHaveLength(2);
    const next = await owner
      .agent()
      .get(`/api/registries/${registry.id}/pledges`)
      .query({ limit: 2, cursor: page.body.nextCursor as string })
      .expect(200);
    expect(next.body.pledges).toHaveLength(1);
    expect(next.body.nextCursor).toBeNull();

    await owner.agent().patch(`/api/registries/${registry.id}`).send({ surpriseMode: true, revealDate: '2099-01-01' }).expect(200);
    const hidden = await pledgesOf(owner, registry);
    expect(hidden.body.surpriseHidden).toBe(true);
    expect(hidden.body.pledges.every((p: { guest: unknown }) => p.guest === null)).toBe(true);
    expect(JSON.stringify(hidden.body)).not.toContain('Aunt May');
  });

  it('marks a pledge received with If-Match; a stale tag is 412', async () => {
    const { owner, registry, item } = await setUp();
    const created = await pledge(registry.slug, pledgeBody(item.id, { amount: 5000 })).expect(201);
    const list = await pledgesOf(owner, registry);
    const etag = list.headers.etag as string;
    const url = `/api/registries/${registry.id}/pledges/${created.body.pledge.id as string}`;
    const received = await owner.agent().patch(url).set('If-Match', etag).send({ status: 'received', receivedAmount: 4800 }).expect(200);
    expectMatchesSpec(received, 'PATCH', '/api/registries/{registryId}/pledges/{pledgeId}');
    expect(received.body).toMatchObject({ status: 'received', receivedAmount: 4800, receivedAt: expect.any(String) });
    expectProblem(await owner.agent().patch(url).set('If-Match', etag).send({ status: 'received' }), 412, 'precondition-failed');
    const after = await pledgesOf(owner, registry);
    // What arrived is what counts, for the couple's totals and for the progress guests see.
    expect(after.body.totals).toMatchObject({ pledgedAmount: 4800, receivedAmount: 4800, count: 1 });
    expect(await pledged(item.id)).toMatchObject({ pledged_amount: '4800', pledge_count: 1 });
    expectProblem(await owner.agent().patch(url).send({ status: 'cancelled' }), 400, 'validation-error');
    // A received pledge is not undone by the guest's link.
    expectProblem(await t.http().delete(`/api/public/pledges/${created.body.undoToken as string}`), 409, 'conflict');
  });

  it("counts what arrived in a capped gift's progress, and refuses a received amount past the target", async () => {
    const { owner, registry, item } = await setUp({ kind: 'group-gift', targetAmount: 20_000 });
    const first = await pledge(registry.slug, pledgeBody(item.id, { amount: 12_000 })).expect(201);
    await pledge(registry.slug, pledgeBody(item.id, { amount: 6000, email: 'bob@example.com' })).expect(201);
    const url = `/api/registries/${registry.id}/pledges/${first.body.pledge.id as string}`;

    // 12,000 was pledged but 10,000 arrived: 4,000 is left for others, not 2,000.
    await owner.agent().patch(url).send({ status: 'received', receivedAmount: 10_000 }).expect(200);
    const list = await t.http().get(`/api/public/registries/${registry.slug}`).expect(200);
    expect(list.body.items[0]).toMatchObject({ pledgedAmount: 16_000, remainingAmount: 4000 });

    // More than fits: a clear 409 with the most that can be recorded, and nothing changes.
    const over = await owner.agent().patch(url).send({ status: 'received', receivedAmount: 15_000 });
    expectProblem(over, 409, 'pledge-exceeds-target');
    expect(over.body.maxReceivedAmount).toBe(14_000);
    expect(await pledged(item.id)).toMatchObject({ pledged_amount: '16000' });
    const [row] = await t.db.query<{ received_amount: string }[]>('SELECT received_amount FROM pledges WHERE id = $1', [first.body.pledge.id]);
    expect(row.received_amount).toBe('10000');

    // Correcting to exactly what fits is fine, and the gift shows fully funded.
    await owner.agent().patch(url).send({ status: 'received', receivedAmount: 14_000 }).expect(200);
    const full = await t.http().get(`/api/public/registries/${registry.slug}`).expect(200);
    expect(full.body.items[0]).toMatchObject({ pledgedAmount: 20_000, remainingAmount: 0 });
  });

  it('lets an overfundable fund record more than was pledged', async () => {
    const { owner, registry, item } = await setUp({ kind: 'fund', targetAmount: 10_000 });
    const created = await pledge(registry.slug, pledgeBody(item.id, { amount: 9000 })).expect(201);
    await owner
      .agent()
      .patch(`/api/registries/${registry.id}/pledges/${created.body.pledge.id as string}`)
      .send({ status: 'received', receivedAmount: 12_000 })
      .expect(200);
    expect(await pledged(item.id)).toMatchObject({ pledged_amount: '12000' });
  });
});

describe('items and giving settings', () => {
  it('applies the kind rules: group gift needs a target, suggested ≥ minimum, overfunding defaults, kind fixed once pledged', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    const items = `/api/registries/${registry.id}/items`;
    const noTarget = await owner.agent().post(items).send({ name: 'Sofa', kind: 'group-gift' });
    expectProblem(noTarget, 400, 'validation-error');
    expect(noTarget.body.errors).toEqual([expect.objectContaining({ pointer: '#/targetAmount' })]);
    const lowSuggestion = await owner
      .agent()
      .post(items)
      .send({ name: 'Fund', kind: 'fund', suggestedAmounts: [100, 5000] });
    expect(lowSuggestion.body.errors).toEqual([expect.objectContaining({ pointer: '#/suggestedAmounts/0' })]);
    const tooMany = await owner
      .agent()
      .post(items)
      .send({ name: 'Fund', kind: 'fund', suggestedAmounts: [500, 600, 700, 800, 900] });
    expectProblem(tooMany, 400, 'validation-error');
    const fund = await owner
      .agent()
      .post(items)
      .send({ name: 'Fund', kind: 'fund', suggestedAmounts: [2500, 5000] })
      .expect(201);
    expect(fund.body).toMatchObject({ kind: 'fund', allowOverfunding: true, minContribution: 500, targetAmount: null, quantity: null });
    const sofa = await owner.agent().post(items).send({ name: 'Sofa', kind: 'group-gift', targetAmount: 90_000 }).expect(201);
    expect(sofa.body).toMatchObject({ allowOverfunding: false, remainingAmount: 90_000 });

    await owner
      .agent()
      .patch(`${items}/${fund.body.id as string}`)
      .send({ kind: 'gift' })
      .expect(200);
    await owner
      .agent()
      .patch(`${items}/${fund.body.id as string}`)
      .send({ kind: 'fund' })
      .expect(200);
    await pledge(registry.slug, pledgeBody(fund.body.id as string)).expect(201);
    expectProblem(
      await owner
        .agent()
        .patch(`${items}/${fund.body.id as string}`)
        .send({ kind: 'gift' }),
      409,
      'kind-fixed',
    );
    const gift = await createItem(owner, registry, { name: 'Toaster' });
    await t.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(gift.id)).expect(201);
    expectProblem(await owner.agent().patch(`${items}/${gift.id}`).send({ kind: 'fund' }), 409, 'kind-fixed');
  });

  it('validates giving: IBAN and BIC by ibantools as #/giving/... field errors, an https link template with {amount}, not an IP', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    const patch = (giving: unknown) => owner.agent().patch(`/api/registries/${registry.id}`).send({ giving });
    const badIban = await patch({ iban: 'DE89 3704 0044 0532 0130 01' });
    expectProblem(badIban, 400, 'validation-error');
    expect(badIban.body.errors).toEqual([expect.objectContaining({ pointer: '#/giving/iban' })]);
    expect((await patch({ bic: 'NOTABIC' })).body.errors).toEqual([expect.objectContaining({ pointer: '#/giving/bic' })]);
    for (const template of [
      'http://paypal.me/x/{amount}',
      'https://paypal.me/x',
      'https://192.168.0.1/{amount}',
      'https://[::1]/{amount}',
      'ftp://x.com/{amount}',
    ]) {
      const refused = await patch({ paymentLinkTemplate: template });
      expect(refused.body.errors).toEqual([expect.objectContaining({ pointer: '#/giving/paymentLinkTemplate' })]);
    }
    const saved = await patch({
      iban: 'de89 3704 0044 0532 0130 00',
      bic: 'cobadeffxxx',
      accountHolder: 'Ana Silva',
      paymentLinkTemplate: 'https://paypal.me/anaben/{amount}',
    }).expect(200);
    expect(saved.body.giving).toEqual({
      instructions: null,
      accountHolder: 'Ana Silva',
      iban: 'DE89370400440532013000',
      bic: 'COBADEFFXXX',
      paymentLinkTemplate: 'https://paypal.me/anaben/{amount}',
    });

    const fund = await createItem(owner, registry, { name: 'Fund', kind: 'fund' });
    const created = await pledge(registry.slug, pledgeBody(fund.id, { amount: 5000 })).expect(201);
    const reference = created.body.pledge.reference as string;
    expect(created.body.payment).toEqual({
      reference,
      instructions: null,
      link: 'https://paypal.me/anaben/50.00',
      epcPayload: ['BCD', '002', '1', 'SCT', 'COBADEFFXXX', 'Ana Silva', 'DE89370400440532013000', 'EUR50.00', '', '', reference].join('\n'),
      accountHolder: 'Ana Silva',
      iban: 'DE89370400440532013000',
      bic: 'COBADEFFXXX',
    });
    const list = await t.http().get(`/api/public/registries/${registry.slug}`).expect(200);
    expect(list.body.registry.giving).toEqual({
      instructions: null,
      accountHolder: 'Ana Silva',
      iban: 'DE89370400440532013000',
      bic: 'COBADEFFXXX',
      hasPaymentLink: true,
    });
    await patch(null).expect(200);
    expect((await owner.agent().get(`/api/registries/${registry.id}`).expect(200)).body.giving).toBeNull();
  });
});
