import { setTimeout as sleep } from 'node:timers/promises';
import { TestRegistry, TestUser, createItem, createRegistry, createUser, pledgeBody, reservationBody } from './support/factories';
import { TestApp, startTestApp } from './support/test-app';

/**
 * The write path's statement budget (docs/benchmarks.md, scenario 7): each guest and owner write sends only the
 * statements it needs, and bumps the registry's version exactly once. On a failure the statements are listed.
 */
let t: TestApp;
let owner: TestUser;
let registry: TestRegistry;
beforeAll(async () => {
  t = await startTestApp({ RESERVATION_HOLD_AFTER: '1000' });
  owner = await createUser(t);
  registry = await createRegistry(owner);
});
afterAll(() => t.close());

/** Waits until no statement has been sent for 150 ms: the outbox relay a write set off after its commit has finished. */
async function settled(): Promise<void> {
  for (let last = -1; last !== t.queries.count;) {
    last = t.queries.count;
    await sleep(150);
  }
}

const version = async () => ((await t.db.query('SELECT version::int AS v FROM registries WHERE id = $1', [registry.id])) as { v: number }[])[0].v;

/** The statements `work` sends (after its commit too: the version's publication, the outbox relay), and how far the version moved. */
async function statementsOf(work: () => Promise<unknown>): Promise<{ all: string[]; locked: string[]; bumps: number }> {
  await settled();
  const before = await version();
  const recording = t.queries.record();
  await work();
  await settled();
  const all = recording.stop();
  // The statements under the registry lock: from the one that touches the registry to the COMMIT, or the one
  // statement that calls a guest write's database function (it locks, works and commits in one round trip).
  const call = all.find((s) => /^SELECT \* FROM \w+\(p_slug => \$1,/.test(s));
  const from = all.findIndex((s) => s.startsWith('UPDATE registries SET version = version + 1'));
  const locked = call ? [call] : all.slice(from, all.indexOf('COMMIT', from) + 1);
  return { all, locked, bumps: (await version()) - before };
}

const names = (statements: string[]) => statements.map((s) => s.slice(0, 90));

describe('the write path', () => {
  let undoToken = '';
  let added = '';

  it('reserves in 3 statements: one call of reserve_gift (touch, reservation and its e-mails, in autocommit); then publish and relay', async () => {
    const item = await createItem(owner, registry, { quantity: 5 });
    const { all, locked, bumps } = await statementsOf(async () => {
      const response = await t.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(item.id)).expect(201);
      undoToken = response.body.undoToken as string;
      expect(response.body.item).toMatchObject({ id: item.id, reserved: 1, remaining: 4 });
    });
    expect(names(all)).toHaveLength(3);
    expect(names(locked)).toEqual([expect.stringMatching(/^SELECT \* FROM reserve_gift\(/)]);
    expect(all.filter((s) => s === 'BEGIN' || s === 'COMMIT')).toEqual([]);
    expect(bumps).toBe(1);
    // Its e-mails were written by that statement and relayed by the writer after the commit.
    const events = (await t.db.query(
      `SELECT o.name, o.relayed_at IS NOT NULL AS relayed FROM outbox_events o JOIN reservations r ON r.id::text = o.payload->>'reservationId'
        WHERE r.item_id = $1 ORDER BY o.name`,
      [item.id],
    )) as { name: string; relayed: boolean }[];
    expect(events).toEqual([
      { name: 'gift-reserved-notice', relayed: true },
      { name: 'reservation-confirmation', relayed: true },
    ]);
  });

  it('relays every e-mail of a burst and publishes the last version, however the writes shared publications and relays', async () => {
    const burst = await createRegistry(owner);
    const item = await createItem(owner, burst, { quantity: null });
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t
          .http()
          .post(`/api/public/registries/${burst.slug}/reservations`)
          .send(reservationBody(item.id, { email: `burst${i}@example.com` })),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array.from({ length: 12 }, () => 201));
    await settled();
    const [{ pending, relayed }] = (await t.db.query(
      `SELECT count(*) FILTER (WHERE o.relayed_at IS NULL)::int AS pending, count(*) FILTER (WHERE o.relayed_at IS NOT NULL)::int AS relayed
         FROM outbox_events o JOIN reservations r ON r.id::text = o.payload->>'reservationId' WHERE r.item_id = $1`,
      [item.id],
    )) as { pending: number; relayed: number }[];
    expect({ pending, relayed }).toEqual({ pending: 0, relayed: 24 });
    const [{ v }] = (await t.db.query('SELECT version::int AS v FROM registries WHERE id = $1', [burst.id])) as { v: number }[];
    expect((await t.http().get(`/api/public/registries/${burst.slug}`).expect(200)).body.version).toBe(v);
  });

  it('with an Idempotency-Key, one look-up more, before the lock; the retry answers from it alone', async () => {
    const item = await createItem(owner, registry, { quantity: 5 });
    const send = () => t.http().post(`/api/public/registries/${registry.slug}/reservations`).set('idempotency-key', 'budget-1').send(reservationBody(item.id));
    const first = await statementsOf(() => send().expect(201));
    expect(names(first.all)).toHaveLength(4);
    expect(names(first.locked)).toHaveLength(1);
    const retry = await statementsOf(() => send().expect(201));
    expect(retry.bumps).toBe(0);
    expect(names(retry.all)).toHaveLength(3);
  });

  it('undoes in 8 statements, the item coming back from the statement that returns its units', async () => {
    const { all, locked, bumps } = await statementsOf(() => t.http().delete(`/api/public/reservations/${undoToken}`).expect(200));
    expect(names(all)).toHaveLength(8);
    expect(names(locked)).toHaveLength(4);
    expect(bumps).toBe(1);
  });

  it('pledges in 6 statements', async () => {
    const fund = await createItem(owner, registry, { kind: 'fund', name: 'Honeymoon' });
    const { all, locked, bumps } = await statementsOf(() =>
      t.http().post(`/api/public/registries/${registry.slug}/pledges`).send(pledgeBody(fund.id)).expect(201),
    );
    expect(names(all)).toHaveLength(6);
    expect(names(locked)).toHaveLength(3);
    expect(bumps).toBe(1);
  });

  it('adds, edits and deletes an item, and edits the registry, without reading back what a statement returned', async () => {
    const create = await statementsOf(async () => {
      added = (await owner.agent().post(`/api/registries/${registry.id}/items`).send({ name: 'Counted' }).expect(201)).body.id as string;
    });
    const patch = await statementsOf(() => owner.agent().patch(`/api/registries/${registry.id}/items/${added}`).send({ name: 'Renamed' }).expect(200));
    const remove = await statementsOf(() => owner.agent().delete(`/api/registries/${registry.id}/items/${added}`).expect(204));
    const title = await statementsOf(() => owner.agent().patch(`/api/registries/${registry.id}`).send({ title: 'New title' }).expect(200));
    expect([create, patch, remove, title].map((w) => w.bumps)).toEqual([1, 1, 1, 1]);
    expect([create, patch, remove, title].map((w) => w.all.length)).toEqual([7, 8, 6, 9]);
    expect(names(create.locked)).toHaveLength(4);
    expect(names(patch.locked)).toHaveLength(5);
    expect(names(remove.locked)).toHaveLength(3);
    expect(names(title.locked)).toHaveLength(4);
  });
});
