import { createItem, createRegistry, createUser, reservationBody } from './support/factories';
import { giftListFacts, projectLike } from './support/expected-gift-list';
import { RedisServer } from './support/redis-server';
import { countQueries, startTestApp, TestApp } from './support/test-app';

/** A cache layer that fails is a miss, never an error: the API answers from PostgreSQL and recovers by itself. */
let redis: RedisServer;
let t: TestApp;
beforeAll(async () => {
  redis = await RedisServer.start();
});
afterAll(async () => {
  await t?.close();
  await redis.destroy();
});

/** The body says what PostgreSQL says now (images aside). */
async function expectCurrent(body: unknown, app: TestApp, registryId: string) {
  const facts = await giftListFacts((sql, parameters) => app.db.query(sql, parameters), { id: registryId });
  expect(projectLike(body, facts)).toEqual(facts);
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('condition not reached in time');
}

describe('when the cache Redis goes down and comes back', () => {
  it('keeps answering correctly from PostgreSQL, then goes back to answering from the cache', async () => {
    t = await startTestApp({ CACHE_REDIS_URL: redis.url });
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    const item = await createItem(owner, registry, { quantity: 3 });
    const path = `/api/public/registries/${registry.slug}`;
    await t.http().get(path).expect(200);
    expect((await countQueries(t, () => t.http().get(path).expect(200))).queries).toBe(0);

    await redis.stop();
    for (let i = 0; i < 3; i++) {
      const response = await t.http().get(path).expect(200);
      await expectCurrent(response.body, t, registry.id);
    }
    // Writes still work, and the very next read shows them.
    await t.http().post(`${path}/reservations`).send(reservationBody(item.id)).expect(201);
    await owner.agent().patch(`/api/registries/${registry.id}`).send({ title: 'Written during the outage' }).expect(200);
    const afterWrites = await t.http().get(path).expect(200);
    await expectCurrent(afterWrites.body, t, registry.id);
    expect(afterWrites.body.registry.title).toBe('Written during the outage');
    // Owner views and conditional requests too.
    const ownerView = await owner.agent().get(`/api/registries/${registry.id}`).expect(200);
    await owner
      .agent()
      .get(`/api/registries/${registry.id}`)
      .set('if-none-match', ownerView.headers.etag as string)
      .expect(304);
    await t.http().get('/api/health/ready').expect(200);

    await redis.start();
    await eventually(async () => {
      await t.http().get(path).expect(200);
      const { result, queries } = await countQueries(t, () => t.http().get(path).expect(200));
      return queries === 0 && result.headers['x-cache'] === 'memory';
    });
    await expectCurrent((await t.http().get(path).expect(200)).body, t, registry.id);
    // And a write after recovery is seen at once again.
    await t.http().post(`${path}/reservations`).send(reservationBody(item.id)).expect(201);
    await expectCurrent((await t.http().get(path).expect(200)).body, t, registry.id);
  });
});

describe('when the only Redis (sessions and cache on one server) goes down', () => {
  it('still serves guests, and answers signed-in requests with 503 rather than 500', async () => {
    const single = await startTestApp({ REDIS_URL: redis.url, CACHE_REDIS_URL: redis.url });
    try {
      const owner = await createUser(single);
      const registry = await createRegistry(owner);
      const item = await createItem(owner, registry);
      const session = single.http();
      await session.post('/api/auth/login').send({ email: owner.email, password: owner.password }).expect(200);

      await redis.stop();
      const path = `/api/public/registries/${registry.slug}`;
      await expectCurrent((await single.http().get(path).expect(200)).body, single, registry.id);
      await single.http().post(`${path}/reservations`).send(reservationBody(item.id)).expect(201);
      await owner.agent().get(`/api/registries/${registry.id}`).expect(200);
      const signedIn = await session.get('/api/me').expect(503);
      expect(signedIn.headers['content-type']).toMatch(/^application\/problem\+json/);
      const ready = await single.http().get('/api/health/ready').expect(503);
      expect(ready.body.checks.redis).not.toBe('ok');

      await redis.start();
      await eventually(async () => (await session.get('/api/me')).status === 401 || (await session.get('/api/me')).status === 200);
      await eventually(async () => (await single.http().get('/api/health/ready')).status === 200);
    } finally {
      await single.close();
    }
  });
});
