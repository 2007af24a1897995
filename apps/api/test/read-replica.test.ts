import { REPLICA_APPLICATION_NAME } from '../src/database/data-source-options';
import { ReplicaReads } from '../src/database/replica-reads';
import { TestRegistry, TestUser, createItem, createRegistry, createUser, reservationBody } from './support/factories';
import { createServer, connect, type Server } from 'node:net';
import { freePort } from '../../../e2e/support/nginx';
import { Replica, startReplica, urlOn } from './support/postgres-cluster';
import { TestApp, startTestApp } from './support/test-app';

/**
 * A real streaming replica (pg_basebackup -R of the test server, on its own port) behind DATABASE_REPLICA_URL:
 * guest-list misses and owner reads go there once it has caught up with the version they will be cached under;
 * everything else, and whatever it has not replayed yet, comes from the primary.
 */
jest.setTimeout(90_000);

let replica: Replica;
let t: TestApp;
let reads: ReplicaReads;
beforeAll(async () => {
  replica = await startReplica();
  // The test database was made on the primary: the replica must have replayed its creation before the app connects.
  t = await startTestApp(async (database) => {
    await replica.caughtUp();
    return { DATABASE_REPLICA_URL: replica.url(database) };
  });
  reads = t.app.get(ReplicaReads);
}, 300_000);
let replicaStopped = false;
afterAll(async () => {
  await t?.close();
  if (!replicaStopped) await replica?.stop();
});

let owner: TestUser;
let registry: TestRegistry;
beforeEach(async () => {
  owner = await createUser(t);
  registry = await createRegistry(owner);
});
afterEach(async () => {
  if (!replicaStopped) await replica.resume();
});

const giftList = (slug: string) => t.http().get(`/api/public/registries/${slug}`);
const versionOnPrimary = async (id: string) => ((await t.db.query('SELECT version::float8 AS v FROM registries WHERE id = $1', [id])) as { v: number }[])[0].v;
const versionOnReplica = async (id: string) =>
  (await replica.query<{ v: number }>('SELECT version::float8 AS v FROM registries WHERE id = $1', [id], t.database))[0]?.v ?? null;

describe('with a read replica', () => {
  it('serves guest-list misses and owner reads from the replica, while writes go to the primary', async () => {
    const toaster = await createItem(owner, registry, { name: 'Toaster' });
    await replica.caughtUp();
    const before = { ...reads.counts };

    const list = await giftList(registry.slug).expect(200);
    expect(list.headers['x-cache']).toBe('miss');
    expect(list.body.items.map((i: { name: string }) => i.name)).toEqual(['Toaster']);
    const items = await owner.agent().get(`/api/registries/${registry.id}/items`).expect(200);
    expect(items.body.map((i: { id: string }) => i.id)).toEqual([toaster.id]);
    await owner.agent().get(`/api/registries/${registry.id}`).expect(200);
    await owner.agent().get(`/api/registries/${registry.id}/reservations`).expect(200);
    await owner.agent().get(`/api/registries/${registry.id}/pledges`).expect(200);
    expect(reads.counts.replica - before.replica).toBe(5);
    expect(reads.counts.primary - before.primary).toBe(0);

    // The replica's pool is connected there, and only there: the primary never sees its application name.
    const onReplica = await replica.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = $2', [
      t.database,
      REPLICA_APPLICATION_NAME,
    ]);
    expect(onReplica[0].n).toBeGreaterThan(0);
    const onPrimary = (await t.db.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1', [REPLICA_APPLICATION_NAME])) as {
      n: number;
    }[];
    expect(onPrimary[0].n).toBe(0);

    // A write succeeds (the replica would refuse it: read-only) and shows on the next read.
    await t.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(toaster.id)).expect(201);
    const after = await giftList(registry.slug).expect(200);
    expect(after.body.items[0]).toMatchObject({ id: toaster.id, reserved: 1, remaining: 0 });
  });

  it('lets an owner read their own edit at once, while the replica lags behind', async () => {
    const item = await createItem(owner, registry, { name: 'Toaster' });
    await replica.caughtUp();
    await replica.pause();

    await owner.agent().patch(`/api/registries/${registry.id}/items/${item.id}`).send({ name: 'Crumpet toaster' }).expect(200);
    // The replica really is behind: it still has the registry at its old version.
    expect(await versionOnReplica(registry.id)).toBeLessThan(await versionOnPrimary(registry.id));

    const before = { ...reads.counts };
    const items = await owner.agent().get(`/api/registries/${registry.id}/items`).expect(200);
    expect(items.body[0].name).toBe('Crumpet toaster');
    const own = await owner.agent().get(`/api/registries/${registry.id}`).expect(200);
    expect(own.body.version).toBe(await versionOnPrimary(registry.id));
    expect(reads.counts.behind - before.behind).toBe(2);
    expect(reads.counts.primary - before.primary).toBe(2);

    // A guest's reservation while it lags: the couple's list of reservations has it at once.
    await t
      .http()
      .post(`/api/public/registries/${registry.slug}/reservations`)
      .send(reservationBody(item.id, { name: 'Aunt May' }))
      .expect(201);
    const reservations = await owner.agent().get(`/api/registries/${registry.id}/reservations`).expect(200);
    expect(reservations.body.reservations.map((r: { itemId: string }) => r.itemId)).toEqual([item.id]);
  });

  it('never caches a stale list under a newer version while the replica lags', async () => {
    const vase = await createItem(owner, registry, { name: 'Vase', quantity: 1 });
    await giftList(registry.slug).expect(200); // cached at this version, from the replica or the primary
    await replica.caughtUp();
    await replica.pause();

    // A guest reserves: version N+1 on the primary and in the version store; the replica still shows N.
    await t.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(vase.id)).expect(201);
    const current = await versionOnPrimary(registry.id);
    expect(await versionOnReplica(registry.id)).toBeLessThan(current);

    // The miss for N+1 is not built from the replica's N: every guest sees the reservation, fresh and from the cache.
    const miss = await giftList(registry.slug).expect(200);
    expect(miss.headers['x-cache']).toBe('miss');
    expect(miss.body).toMatchObject({ version: current, items: [{ id: vase.id, reserved: 1, remaining: 0 }] });
    const hit = await giftList(registry.slug).expect(200);
    expect(hit.headers['x-cache']).toBe('memory');
    expect(hit.body).toEqual(miss.body);
    // A guest holding the old copy's ETag is not told it is still current.
    await giftList(registry.slug).set('if-none-match', miss.headers.etag).expect(304);

    // Caught up, the replica serves the next version's miss again.
    await replica.resume();
    await owner.agent().patch(`/api/registries/${registry.id}/items/${vase.id}`).send({ name: 'Blue vase' }).expect(200);
    await replica.caughtUp();
    const before = { ...reads.counts };
    const later = await giftList(registry.slug).expect(200);
    expect(later.body.items[0]).toMatchObject({ name: 'Blue vase', reserved: 1 });
    expect(reads.counts.replica - before.replica).toBe(1);
  });

  it('starts while the replica is unreachable, reads from the primary meanwhile, and uses the replica once it answers', async () => {
    // Another API process whose replica address answers nothing yet; later a forwarder there reaches the real replica.
    const port = await freePort();
    const late = await startTestApp({ DATABASE_REPLICA_URL: urlOn(port, t.database) }, t);
    let forwarder: Server | undefined;
    try {
      const lateReads = late.app.get(ReplicaReads);
      expect(lateReads.enabled).toBe(false);
      await createItem(owner, registry, { name: 'Toaster' });
      await late.http().get(`/api/public/registries/${registry.slug}`).expect(200);
      expect(lateReads.counts).toMatchObject({ replica: 0, primary: 1 });

      forwarder = createServer((socket) => socket.pipe(connect(replica.port, '127.0.0.1')).pipe(socket));
      await new Promise<void>((listening) => forwarder!.listen(port, '127.0.0.1', listening));
      for (let i = 0; i < 150 && !lateReads.enabled; i++) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(lateReads.enabled).toBe(true);
      await replica.caughtUp();
      const items = await late.http().get(`/api/registries/${registry.id}/items`).set('authorization', `Bearer ${owner.token}`).expect(200);
      expect(items.body).toHaveLength(1);
      expect(lateReads.counts.replica).toBe(1);
    } finally {
      await late.close();
      forwarder?.close();
    }
  });

  // Last: it stops the replica for good.
  it('answers from the primary when the replica is gone, and leaves the replica alone for a while', async () => {
    const item = await createItem(owner, registry, { name: 'Toaster' });
    await replica.caughtUp();
    await replica.stop();
    replicaStopped = true;

    const before = { ...reads.counts };
    const list = await giftList(registry.slug).expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([item.id]);
    expect(reads.counts.failed - before.failed).toBe(1);
    // The next reads do not try it again (each would wait for a refused connection): straight to the primary.
    await owner.agent().get(`/api/registries/${registry.id}/items`).expect(200);
    expect(reads.counts.failed - before.failed).toBe(1);
    expect(reads.counts.primary - before.primary).toBe(2);
  });
});
