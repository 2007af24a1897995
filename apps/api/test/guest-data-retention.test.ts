import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { Response } from 'supertest';
import { Clock } from '../src/common/clock';
import { QUEUES } from '../src/queues/queues';
import { RETENTION_JOB } from '../src/retention/retention.jobs';
import { RetentionScheduler } from '../src/retention/retention.scheduler';
import { GuestDataRetention } from '../src/retention/retention.service';
import { TestRegistry, TestUser, createItem, createRegistry, createUser, pledgeBody, reservationBody } from './support/factories';
import { eventually } from './support/image-fixtures';
import { expectMatchesSpec } from './support/openapi-contract';
import { TestApp, startTestApp } from './support/test-app';
import { startTestWorker } from './support/test-worker';

/**
 * Issue 13: guests' personal data is erased N days after the event (the registry's guestDataRetentionDays, at least
 * 30, 365 by default), by an hourly job in the worker, with the time injected (Clock) rather than waited for.
 */
let t: TestApp;
let worker: INestApplicationContext;
let retention: GuestDataRetention;
let queue: Queue;
let owner: TestUser;
beforeAll(async () => {
  t = await startTestApp();
  worker = await startTestWorker(t);
  retention = worker.get(GuestDataRetention);
  queue = t.app.get<Queue>(getQueueToken(QUEUES.retention));
  owner = await createUser(t);
  // The worker schedules the hourly run at start; a run at the real time (December 2026) would erase what these
  // tests date in early 2026 whenever the file runs across 20 past the hour. Only injected times run here.
  await eventually(async () => ((await queue.getJobSchedulersCount()) > 0 ? true : undefined), 'the scheduler');
  await queue.removeJobScheduler(RETENTION_JOB);
});
afterAll(async () => {
  await worker.close();
  await t.close();
});

const PROBLEMS = 'https://whispergifts.com/problems/';
const EVENT = '2026-01-10';

function expectProblem(response: Response, status: number, type: string): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ type: PROBLEMS + type, status });
}

interface Seeded {
  registry: TestRegistry;
  itemId: string;
}

/** A registry with a reservation (with a postal address), a pledge and a gift given outside the list. */
async function seed(fields: Record<string, unknown>, timeZone = 'UTC'): Promise<Seeded> {
  const registry = await createRegistry(owner, fields);
  await t.db.query('UPDATE registries SET time_zone = $2 WHERE id = $1', [registry.id, timeZone]);
  const item = await createItem(owner, registry, { name: 'Toaster', quantity: 3 });
  const fund = await createItem(owner, registry, { name: 'Honeymoon', kind: 'fund' });
  const reserved = await t
    .http()
    .post(`/api/public/registries/${registry.slug}/reservations`)
    .send(reservationBody(item.id, { quantity: 2, message: 'For you' }))
    .expect(201);
  await t.db.query(`UPDATE reservations SET guest_address = '1 Rose Lane', bought_at = now() WHERE id = $1`, [reserved.body.reservation.id]);
  await t
    .http()
    .post(`/api/public/registries/${registry.slug}/pledges`)
    .send(pledgeBody(fund.id, { name: 'Uncle Bob', email: 'bob@example.com' }))
    .expect(201);
  await t.db.query(`INSERT INTO offline_gifts (registry_id, giver, description, note) VALUES ($1, 'Grandma', 'A quilt', 'At the party')`, [registry.id]);
  return { registry, itemId: item.id };
}

const guestRows = (registryId: string) =>
  t.db.query(
    `SELECT 'reservation' AS kind, guest_name AS name, guest_email AS email, message, guest_address AS address, personal_data_erased_at AS erased_at FROM reservations WHERE registry_id = $1
     UNION ALL SELECT 'pledge', guest_name, guest_email, message, guest_address, personal_data_erased_at FROM pledges WHERE registry_id = $1
     UNION ALL SELECT 'offline', giver, NULL, note, NULL, personal_data_erased_at FROM offline_gifts WHERE registry_id = $1
     ORDER BY 1`,
    [registryId],
  ) as Promise<{ kind: string; name: string; email: string | null; message: string; address: string | null; erased_at: Date | null }[]>;

const isIntact = async (registryId: string) => (await guestRows(registryId)).every((row) => row.name !== '' && row.erased_at === null);
const erasedAt = async (registryId: string) =>
  ((await t.db.query('SELECT guest_data_erased_at FROM registries WHERE id = $1', [registryId])) as { guest_data_erased_at: Date | null }[])[0]
    .guest_data_erased_at;

describe('the retention setting', () => {
  it('is 365 days by default, readable and settable from 30 to 3650 days, whole numbers only', async () => {
    const registry = await createRegistry(owner);
    const created = await owner.agent().get(`/api/registries/${registry.id}`).expect(200);
    expectMatchesSpec(created, 'GET', '/api/registries/{registryId}');
    expect(created.body).toMatchObject({ guestDataRetentionDays: 365, guestDataErasedAt: null });

    for (const bad of [29, 3651, 90.5, '90', null]) {
      const refused = await owner.agent().patch(`/api/registries/${registry.id}`).send({ guestDataRetentionDays: bad });
      expectProblem(refused, 400, 'validation-error');
      expect(refused.body.errors).toEqual([expect.objectContaining({ pointer: '#/guestDataRetentionDays' })]);
    }
    const changed = await owner.agent().patch(`/api/registries/${registry.id}`).send({ guestDataRetentionDays: 30 }).expect(200);
    expectMatchesSpec(changed, 'PATCH', '/api/registries/{registryId}');
    expect(changed.body.guestDataRetentionDays).toBe(30);
    expect((await owner.agent().get(`/api/registries/${registry.id}`).expect(200)).body.guestDataRetentionDays).toBe(30);
    const other = await createRegistry(owner, { guestDataRetentionDays: 3650 });
    expect((await owner.agent().get(`/api/registries/${other.id}`).expect(200)).body.guestDataRetentionDays).toBe(3650);
  });
});

describe('the retention job', () => {
  let auckland: Seeded; // 30 days: due from midnight on 9 February in Auckland (UTC+13), 11:00 UTC on the 8th
  let utc: Seeded; // 30 days: due from midnight UTC on 9 February
  let keptLonger: Seeded; // the default 365 days
  let undated: Seeded; // no event date: no day to count from
  beforeAll(async () => {
    auckland = await seed({ eventDate: EVENT, guestDataRetentionDays: 30 }, 'Pacific/Auckland');
    utc = await seed({ eventDate: EVENT, guestDataRetentionDays: 30 });
    keptLonger = await seed({ eventDate: EVENT });
    undated = await seed({});
  });

  it('erases nothing before a registry’s day has begun in its time zone', async () => {
    expect(await retention.run(new Date('2026-02-08T10:59:59.999Z'))).toEqual({ registries: 0, rows: 0 });
    for (const s of [auckland, utc, keptLonger, undated]) expect(await isIntact(s.registry.id)).toBe(true);
  });

  it('runs from the queue at the injected time and erases exactly the registry that is due, the gifts staying, anonymous', async () => {
    // The couple's reservations view is cached before the erasure; it must not keep the names afterwards.
    const view = `/api/registries/${auckland.registry.id}/reservations`;
    const before = await owner.agent().get(view).expect(200);
    expect(JSON.stringify(before.body)).toContain('Aunt May');
    const versionBefore = (await owner.agent().get(`/api/registries/${auckland.registry.id}`).expect(200)).body.version as number;

    const now = new Date('2026-02-08T11:00:00.000Z');
    const clock = worker.get(Clock);
    const realNow = clock.now.bind(clock);
    clock.now = () => now;
    try {
      await queue.add(RETENTION_JOB, {});
      await eventually(async () => (await erasedAt(auckland.registry.id)) ?? undefined, 'the erasure');
    } finally {
      clock.now = realNow;
    }

    expect(await erasedAt(auckland.registry.id)).toEqual(now);
    expect(await guestRows(auckland.registry.id)).toEqual([
      { kind: 'offline', name: '', email: null, message: '', address: null, erased_at: now },
      { kind: 'pledge', name: '', email: '', message: '', address: null, erased_at: now },
      { kind: 'reservation', name: '', email: '', message: '', address: null, erased_at: now },
    ]);
    // The rows stay with their amounts, quantities and stages; the item still counts its reserved units.
    const [reservation] = (await t.db.query('SELECT quantity, status, bought_at FROM reservations WHERE registry_id = $1', [auckland.registry.id])) as {
      quantity: number;
      status: string;
      bought_at: Date | null;
    }[];
    expect(reservation).toMatchObject({ quantity: 2, status: 'active' });
    expect(reservation.bought_at).not.toBeNull();
    const [item] = (await t.db.query('SELECT reserved_quantity FROM items WHERE id = $1', [auckland.itemId])) as { reserved_quantity: number }[];
    expect(item.reserved_quantity).toBe(2);
    const [pledge] = (await t.db.query('SELECT amount::int AS amount, status FROM pledges WHERE registry_id = $1', [auckland.registry.id])) as unknown[];
    expect(pledge).toEqual({ amount: 5000, status: 'pledged' });
    expect((await t.db.query('SELECT description FROM offline_gifts WHERE registry_id = $1', [auckland.registry.id])) as unknown[]).toEqual([
      { description: 'A quilt' },
    ]);

    // Through RegistryWrites: the version moved, so the owner's views are fresh.
    const registry = await owner.agent().get(`/api/registries/${auckland.registry.id}`).expect(200);
    expect(registry.body.version).toBeGreaterThan(versionBefore);
    expect(registry.body.guestDataErasedAt).toBe(now.toISOString());
    const after = await owner
      .agent()
      .get(view)
      .set('if-none-match', before.headers.etag as string)
      .expect(200);
    expect(JSON.stringify(after.body)).not.toMatch(/Aunt May|may@example\.com|For you|1 Rose Lane/);

    // Nobody else's day had come.
    for (const s of [utc, keptLonger, undated]) expect(await isIntact(s.registry.id)).toBe(true);
  });

  it('erases each registry on its own day, only once, and a guest who gives data later on the next run', async () => {
    expect(await retention.run(new Date('2026-02-08T23:59:59.999Z'))).toEqual({ registries: 0, rows: 0 });
    expect(await isIntact(utc.registry.id)).toBe(true);

    const midnight = new Date('2026-02-09T00:00:00.000Z');
    expect(await retention.run(midnight)).toEqual({ registries: 1, rows: 3 });
    expect((await guestRows(utc.registry.id)).every((row) => row.name === '' && row.erased_at?.getTime() === midnight.getTime())).toBe(true);
    expect(await retention.run(new Date('2026-02-09T05:00:00Z'))).toEqual({ registries: 0, rows: 0 });

    // A reservation made after the erasure is erased by the next run; what was erased before keeps its time.
    await t
      .http()
      .post(`/api/public/registries/${utc.registry.slug}/reservations`)
      .send(reservationBody(utc.itemId, { name: 'Late Larry' }))
      .expect(201);
    const later = new Date('2026-02-10T00:20:00.000Z');
    expect(await retention.run(later)).toEqual({ registries: 1, rows: 1 });
    const rows = await guestRows(utc.registry.id);
    expect(rows.filter((row) => row.erased_at?.getTime() === later.getTime())).toHaveLength(1);
    expect(rows.every((row) => row.name === '')).toBe(true);

    // The default registry's day is a year after the event; the undated one never comes.
    expect(await retention.run(new Date('2027-01-09T23:59:59Z'))).toEqual({ registries: 0, rows: 0 });
    expect(await isIntact(keptLonger.registry.id)).toBe(true);
    expect(await retention.run(new Date('2027-01-10T00:00:00Z'))).toEqual({ registries: 1, rows: 3 });
    expect(await retention.run(new Date('2099-01-01T00:00:00Z'))).toEqual({ registries: 0, rows: 0 });
    expect(await isIntact(undated.registry.id)).toBe(true);
  });

  it('respects a longer retention set before the day, and counts a time zone PostgreSQL does not know as UTC', async () => {
    const extended = await seed({ eventDate: EVENT, guestDataRetentionDays: 30 }, 'Mars/Olympus_Mons');
    await owner.agent().patch(`/api/registries/${extended.registry.id}`).send({ guestDataRetentionDays: 60 }).expect(200);
    expect(await retention.run(new Date('2026-03-10T23:59:59Z'))).toEqual({ registries: 0, rows: 0 });
    expect(await isIntact(extended.registry.id)).toBe(true);
    expect(await retention.run(new Date('2026-03-11T00:00:00Z'))).toEqual({ registries: 1, rows: 3 });
  });

  it('is scheduled hourly by the worker, once however often it registers', async () => {
    // The worker registered it at start (awaited in beforeAll, then removed); registering again keeps one.
    const scheduler = worker.get(RetentionScheduler);
    await scheduler.register();
    await scheduler.register();
    expect(await queue.getJobSchedulersCount()).toBe(1);
    expect(await queue.getJobScheduler('guest-data-retention')).toMatchObject({ name: 'guest-data-retention', pattern: '20 * * * *', tz: 'UTC' });
  });
});
