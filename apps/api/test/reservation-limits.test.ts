import { randomUUID } from 'node:crypto';
import { createItem, createRegistry, createUser, reservationBody } from './support/factories';
import type { TestRegistry } from './support/factories';
import { expectMatchesSpec } from './support/openapi-contract';
import { TestApp, startTestApp } from './support/test-app';

/**
 * The API's own limits on reservations (it may be reached without nginx): per client IP and per guest e-mail,
 * each per registry, with a 429 problem that says when to try again.
 */
let t: TestApp;
beforeAll(async () => {
  // X-Forwarded-For from loopback is believed, so each test can be "another client".
  t = await startTestApp({ RATE_LIMIT_RESERVATION_IP: '3/3600', RATE_LIMIT_RESERVATION_EMAIL: '2/3600', TRUST_PROXY: 'loopback' });
});
afterAll(() => t.close());

const RESERVE = '/api/public/registries/{slug}/reservations';
let clients = 0;
const newIp = () => `203.0.113.${++clients}`;

async function setUp() {
  const owner = await createUser(t);
  const registry = await createRegistry(owner);
  const item = await createItem(owner, registry, { quantity: null });
  return { owner, registry, item };
}

const reserve = (registry: TestRegistry, itemId: string, ip: string, fields: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  t
    .http()
    .post(`/api/public/registries/${registry.slug}/reservations`)
    .set({ 'x-forwarded-for': ip, ...headers })
    .send(reservationBody(itemId, fields));

const countReservations = async (registry: TestRegistry) =>
  (await t.db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM reservations WHERE registry_id = $1', [registry.id]))[0].n;

it('refuses the fourth reservation from one IP on one registry with 429, Retry-After and problem+json', async () => {
  const { registry, item } = await setUp();
  const ip = newIp();
  for (let i = 0; i < 3; i++) await reserve(registry, item.id, ip, { email: `guest${i}@example.com` }).expect(201);
  const refused = await reserve(registry, item.id, ip, { email: 'guest9@example.com' }).expect(429);
  expectMatchesSpec(refused, 'POST', RESERVE);
  expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(refused.body.type).toBe('https://whispergifts.com/problems/too-many-requests');
  expect(refused.body.detail).toMatch(/^Too many reservations from your connection on this gift list\. Try again in \d+ seconds\.$/);
  expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000);
  expect(refused.body.retryAfter).toBe(Number(refused.headers['retry-after']));
  expect(await countReservations(registry)).toBe(3);

  // Another IP, and the same IP on another registry, are not affected.
  await reserve(registry, item.id, newIp(), { email: 'other@example.com' }).expect(201);
  const second = await setUp();
  await reserve(second.registry, second.item.id, ip, { email: 'guest0@example.com' }).expect(201);
});

it('refuses the third reservation with one e-mail address on one registry, from any IP, plus-tags included', async () => {
  const { registry, item } = await setUp();
  await reserve(registry, item.id, newIp(), { email: 'may@example.com' }).expect(201);
  await reserve(registry, item.id, newIp(), { email: 'MAY+gifts@example.com' }).expect(201);
  const refused = await reserve(registry, item.id, newIp(), { email: 'may+more@example.com' }).expect(429);
  expect(refused.body.detail).toMatch(/^Too many reservations with this e-mail address on this gift list\./);
  expect(refused.headers['retry-after']).toBeDefined();
  expect(await countReservations(registry)).toBe(2);
});

it('still answers a retried request (same Idempotency-Key) once the limit is spent', async () => {
  const { registry, item } = await setUp();
  const ip = newIp();
  const key = randomUUID();
  const first = await reserve(registry, item.id, ip, { email: 'retry@example.com' }, { 'idempotency-key': key }).expect(201);
  await reserve(registry, item.id, ip, { email: 'retry2@example.com' }).expect(201);
  await reserve(registry, item.id, ip, { email: 'retry3@example.com' }).expect(201);
  await reserve(registry, item.id, ip, { email: 'retry4@example.com' }).expect(429);
  const replay = await reserve(registry, item.id, ip, { email: 'retry@example.com' }, { 'idempotency-key': key }).expect(201);
  expect(replay.body.reservation.id).toBe(first.body.reservation.id);
  expect(await countReservations(registry)).toBe(3);
});

it('spends nothing on a suspended list: its refusals are 403, and once lifted the client still has its whole allowance', async () => {
  const { registry, item } = await setUp();
  const admin = await createUser(t, { role: 'admin', verified: true });
  const suspend = (suspended: boolean) =>
    admin
      .agent()
      .patch(`/api/admin/registries/${registry.id}`)
      .send(suspended ? { suspended, suspendedReason: 'Under review.' } : { suspended })
      .expect(200);
  await suspend(true);
  const ip = newIp();
  for (let i = 0; i < 4; i++) {
    const refused = await reserve(registry, item.id, ip, { email: `held${i}@example.com` }).expect(403);
    expect(refused.body).toMatchObject({ type: 'https://whispergifts.com/problems/registry-suspended', reason: 'Under review.' });
  }
  await suspend(false);
  for (let i = 0; i < 3; i++) await reserve(registry, item.id, ip, { email: `back${i}@example.com` }).expect(201);
  await reserve(registry, item.id, ip, { email: 'back3@example.com' }).expect(429);
});
