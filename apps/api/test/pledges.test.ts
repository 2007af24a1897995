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
