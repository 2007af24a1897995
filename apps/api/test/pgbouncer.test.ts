import { DemoRegistryService } from '../src/demo/demo-registry.service';
import { DEMO_SLUG } from '../src/demo/demo-registry';
import { createItem, createRegistry, createUser, pledgeBody, reservationBody } from './support/factories';
import { PgBouncer, startPgBouncer } from './support/postgres-cluster';
import { TestApp, startTestApp } from './support/test-app';

/**
 * The API behind PgBouncer in transaction pooling: a server connection is the app's for one transaction only, and
 * the app's ten pool connections share three of them. The write paths that depend on the database for their
 * guarantees (row locks, CHECKs, advisory locks, conditional writes) must hold as they do on a direct connection,
 * and nothing may leave session state (a session advisory lock, a SET) behind on a shared server connection.
 */
jest.setTimeout(60_000);

let bouncer: PgBouncer;
let t: TestApp;
beforeAll(async () => {
  bouncer = await startPgBouncer({ poolSize: 3 });
  t = await startTestApp((database) =>
    Promise.resolve({
      DATABASE_URL: bouncer.url(database),
      RATE_LIMIT_RESERVATION_IP: '1000/3600',
      RATE_LIMIT_PLEDGE_IP: '1000/3600',
      RATE_LIMIT_PLEDGE_EMAIL: '1000/3600',
    }),
  );
}, 60_000);
afterAll(async () => {
  await t?.close();
  await bouncer?.stop();
});

const GUESTS = 30;

interface PoolRow {
  database: string;
  pool_mode: string;
  sv_active: string;
  sv_idle: string;
  sv_used: string;
}

/** Advisory locks held in the test database, by anyone: none may outlive the work that took them. */
async function advisoryLocks(): Promise<number> {
  const [row] = (await t.db.query(
    "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
  )) as { n: number }[];
  return row.n;
}

describe('behind PgBouncer in transaction pooling', () => {
  it('goes through PgBouncer, transaction by transaction, on at most its three server connections', async () => {
    const owner = await createUser(t);
    await createRegistry(owner);
    const pools = (await bouncer.show<PoolRow>('POOLS')).filter((p) => p.database === t.database);
    expect(pools).toHaveLength(1);
    expect(pools[0].pool_mode).toBe('transaction');
    expect(Number(pools[0].sv_active) + Number(pools[0].sv_idle) + Number(pools[0].sv_used)).toBeLessThanOrEqual(3);
    const [{ n }] = (await t.db.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'",
    )) as {
      n: number;
    }[];
    expect(n).toBeLessThanOrEqual(3);
  });

  it('hands out a last gift exactly once when many guests reserve it at the same moment', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    const item = await createItem(owner, registry, { name: 'Toaster', quantity: 1 });
    const responses = await Promise.all(
      Array.from({ length: GUESTS }, (_, i) =>
        t
          .http()
          .post(`/api/public/registries/${registry.slug}/reservations`)
          .send(reservationBody(item.id, { name: `Guest ${i}`, email: `guest${i}@example.com` })),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(GUESTS - 1);
    const list = await t.http().get(`/api/public/registries/${registry.slug}`).expect(200);
    expect(list.body.items[0]).toMatchObject({ reserved: 1, remaining: 0 });
  });

  it('keeps racing pledges within a group gift’s target', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    const item = await createItem(owner, registry, { name: 'Sofa', kind: 'group-gift', targetAmount: 20_000 });
    const responses = await Promise.all(
      Array.from({ length: GUESTS }, (_, i) =>
        t
          .http()
          .post(`/api/public/registries/${registry.slug}/pledges`)
          .send(pledgeBody(item.id, { amount: 1500, email: `guest${i}@example.com` })),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(statuses.filter((s) => s === 201)).toHaveLength(13); // 13 × 15.00 ≤ 200.00 < 14 × 15.00
    const [row] = (await t.db.query('SELECT pledged_amount::int AS amount FROM items WHERE id = $1', [item.id])) as { amount: number }[];
    expect(row.amount).toBe(13 * 1500);
  });

  it('refuses an owner edit made on a stale version, and accepts the current one', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    const item = await createItem(owner, registry, { name: 'Kettle' });
    const read = await owner.agent().get(`/api/registries/${registry.id}`).expect(200);
    const etag = read.headers.etag as string;
    const first = await owner.agent().patch(`/api/registries/${registry.id}`).set('if-match', etag).send({ title: 'Partner was first' }).expect(200);
    await owner.agent().patch(`/api/registries/${registry.id}`).set('if-match', etag).send({ title: 'Lost update' }).expect(412);
    await owner.agent().patch(`/api/registries/${registry.id}`).set('if-match', first.headers.etag).send({ title: 'Now mine' }).expect(200);
    await owner.agent().patch(`/api/registries/${registry.id}/items/${item.id}`).send({ name: 'Gooseneck kettle' }).expect(200);
    const list = await t.http().get(`/api/public/registries/${registry.slug}`).expect(200);
    expect(list.body.registry.title).toBe('Now mine');
    expect(list.body.items[0].name).toBe('Gooseneck kettle');
  });

  it('counts partner invitations under a transaction’s advisory lock, and leaves no lock behind', async () => {
    const ana = await createUser(t, { verified: true });
    const registry = await createRegistry(ana);
    await ana.agent().post(`/api/registries/${registry.id}/partner-invitations`).send({ email: 'ben@example.com' }).expect(201);
    expect(await advisoryLocks()).toBe(0);
  });

  it('makes the example list once when two API copies start together, and leaves no lock behind', async () => {
    const demo = t.app.get(DemoRegistryService);
    expect(await Promise.all([demo.ensure(), demo.ensure(), demo.ensure()])).toEqual([DEMO_SLUG, DEMO_SLUG, DEMO_SLUG]);
    const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM registries WHERE slug = $1', [DEMO_SLUG])) as { n: number }[];
    expect(n).toBe(1);
    expect(await advisoryLocks()).toBe(0);
  });
});
