import { Caches } from '../src/caching/caches';
import { createItem, createRegistry, createUser, reservationBody, TestRegistry, TestUser } from './support/factories';
import { giftListFacts, projectLike } from './support/expected-gift-list';
import { startTestApp, TestApp } from './support/test-app';

/**
 * "Every guest must see a reservation the moment it happens." Two API processes share PostgreSQL and Redis;
 * a long random sequence of guest and owner operations goes to either of them, and every read through either
 * (200 or 304) is compared with the state in PostgreSQL, read without any cache. Zero stale responses allowed.
 */
let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  // The random guests all come from 127.0.0.1, faster than a real list's guests: no per-IP limit, no holds here.
  const guests = { RATE_LIMIT_RESERVATION_IP: '100000/3600', RATE_LIMIT_RESERVATION_EMAIL: '100000/3600', RESERVATION_HOLD_AFTER: '100000' };
  a = await startTestApp(guests);
  b = await startTestApp(guests, a);
});
afterAll(async () => {
  await b.close();
  await a.close();
});

/** A small deterministic PRNG (mulberry32), so a failing sequence can be replayed from its seed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const OPERATIONS = 500;
const SEED = Number(process.env.FRESHNESS_SEED ?? 20261123);

it(`never serves a stale gift list across two API processes (${OPERATIONS} random operations, seed ${SEED})`, async () => {
  const next = random(SEED);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)];
  const owner: TestUser = await createUser(a);
  const registry: TestRegistry = await createRegistry(owner);
  for (let i = 0; i < 6; i++) await createItem(owner, registry, { name: `Gift ${i}`, quantity: 1 + (i % 3) });
  const path = `/api/public/registries/${registry.slug}`;
  const apps = [a, b];
  const held = new Map<TestApp, { etag: string; body: unknown }>();
  const undoTokens: string[] = [];
  const counts = { reads: 0, notModified: 0, stale: 0, writes: 0 };
  const itemIds = async () => ((await owner.agent().get(`/api/registries/${registry.id}/items`).expect(200)).body as { id: string }[]).map((i) => i.id);

  async function read(via: TestApp) {
    const expected = await giftListFacts((sql, parameters) => a.db.query(sql, parameters), { id: registry.id });
    const request = via.http().get(path);
    const known = held.get(via);
    const revalidate = known && next() < 0.5;
    if (revalidate) request.set('if-none-match', known.etag);
    request.set('accept-encoding', pick(['br', 'gzip', 'identity', 'gzip, br']));
    const response = await request;
    counts.reads++;
    let body: unknown;
    if (response.status === 304) {
      counts.notModified++;
      body = known!.body;
    } else {
      expect(response.status).toBe(200);
      body = response.body;
      held.set(via, { etag: response.headers.etag as string, body });
    }
    const shown = projectLike(body, expected);
    if (JSON.stringify(shown) !== JSON.stringify(expected)) counts.stale++;
    expect(shown).toEqual(expected);
  }

  for (let op = 0; op < OPERATIONS; op++) {
    const via = pick(apps);
    const other = via === a ? b : a;
    const dice = next();
    const ids = await itemIds();
    let wrote = true;
    if (dice < 0.45) {
      wrote = false;
      await read(via);
    } else if (dice < 0.63) {
      const response = await via
        .http()
        .post(`${path}/reservations`)
        .send(reservationBody(pick(ids), { quantity: 1 + Math.floor(next() * 2) }));
      expect([201, 404, 409]).toContain(response.status);
      if (response.status === 201) undoTokens.push(response.body.undoToken as string);
    } else if (dice < 0.72 && undoTokens.length) {
      const token = undoTokens.splice(Math.floor(next() * undoTokens.length), 1)[0];
      await via.http().delete(`/api/public/reservations/${token}`).expect(200);
    } else if (dice < 0.84) {
      const change = pick([
        { name: `Renamed ${op}` },
        { description: `Note ${op}` },
        { quantity: 3 + Math.floor(next() * 3) },
        { archived: next() < 0.5 },
        { priority: 'high' },
      ]);
      const response = await via
        .http()
        .patch(`/api/registries/${registry.id}/items/${pick(ids)}`)
        .auth(owner.token, { type: 'bearer' })
        .send(change);
      expect([200, 409]).toContain(response.status);
    } else if (dice < 0.9) {
      const shuffled = [...ids].sort(() => next() - 0.5);
      await via.http().put(`/api/registries/${registry.id}/items/order`).auth(owner.token, { type: 'bearer' }).send({ itemIds: shuffled }).expect(200);
    } else if (dice < 0.96) {
      await via
        .http()
        .patch(`/api/registries/${registry.id}`)
        .auth(owner.token, { type: 'bearer' })
        .send({ title: `Title ${op}`, welcomeMessage: `Welcome ${op}` })
        .expect(200);
    } else {
      await via
        .http()
        .post(`/api/registries/${registry.id}/items`)
        .auth(owner.token, { type: 'bearer' })
        .send({ name: `New gift ${op}` })
        .expect(201);
    }
    if (wrote) {
      counts.writes++;
      // The next request after a write, to the other process and to the same one, sees it.
      await read(other);
      await read(via);
    }
  }
  expect(counts.stale).toBe(0);
  expect(counts.writes).toBeGreaterThan(OPERATIONS / 3);
  expect(counts.notModified).toBeGreaterThan(20);
}, 180_000);

describe('across processes', () => {
  it('shares stored documents through Redis, and builds a missing one once for both processes', async () => {
    const owner = await createUser(a);
    const registry = await createRegistry(owner);
    await createItem(owner, registry);
    const path = `/api/public/registries/${registry.slug}`;
    const leads = () => a.app.get(Caches).documentFlights.leads + b.app.get(Caches).documentFlights.leads;
    const before = leads();
    const responses = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).http().get(path).expect(200)));
    expect(new Set(responses.map((r) => r.headers.etag as string)).size).toBe(1);
    expect(leads() - before).toBe(1);

    // A process that never built it answers from Redis, then from its own memory.
    await owner.agent().patch(`/api/registries/${registry.id}`).send({ title: 'Changed' }).expect(200);
    const built = await a.http().get(path).expect(200);
    expect(built.headers['x-cache']).toBe('miss');
    const fromRedis = await b.http().get(path).expect(200);
    expect(fromRedis.headers['x-cache']).toBe('redis');
    expect(fromRedis.body).toEqual(built.body);
    expect((await b.http().get(path).expect(200)).headers['x-cache']).toBe('memory');
  });
});
