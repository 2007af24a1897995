import { getQueueToken } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { ParsedMail } from 'mailparser';
import { MetricsScheduler } from '../src/metrics/metrics.scheduler';
import { MetricsService } from '../src/metrics/metrics.service';
import { QUEUES } from '../src/queues/queues';
import { createItem, createRegistry, createUser, reservationBody, TestUser } from './support/factories';
import { expectMatchesSpec } from './support/openapi-contract';
import type { SmtpSink } from './support/smtp-sink';
import type { TestApp } from './support/test-app';
import { MailWorld, startMailWorld } from './support/test-worker';

/**
 * The daily metrics: what was created on one UTC day is counted, stored in daily_metrics and mailed to every
 * administrator (outbox → email queue → worker → real SMTP); the worker schedules the run once.
 */
const DAY = '2024-03-10';
const NEXT = '2024-03-11';
const ADMINS = ['ops@example.com', 'founder@example.com'];
let smtp: SmtpSink;
let t: TestApp;
let metrics: MetricsService;
let queue: Queue;

let world: MailWorld;
beforeAll(async () => {
  world = await startMailWorld({ ADMIN_EMAILS: ADMINS.join(',') });
  ({ smtp, t } = world);
  metrics = t.app.get(MetricsService);
  queue = t.app.get<Queue>(getQueueToken(QUEUES.metrics));
  await seedTwoDays();
});
afterAll(() => world.close());

const setCreatedAt = (table: string, id: string, at: string) => t.db.query(`UPDATE ${table} SET created_at = $2 WHERE id = $1`, [id, at]);

/**
 * DAY: 2 sign-ups (one at 00:00 UTC, one at 00:30 in UTC+1, which is still DAY in UTC), 1 registry, 2 items,
 * 2 reservations (one since undone). NEXT: 1 of each. A sign-up just before DAY and today's rows count for neither.
 */
async function seedTwoDays() {
  const users: TestUser[] = [];
  for (const at of [`${DAY}T00:00:00Z`, `${NEXT}T00:30:00+01:00`, `${NEXT}T00:00:00Z`, '2024-03-09T23:59:59.999Z']) {
    const user = await createUser(t);
    await setCreatedAt('users', user.id, at);
    users.push(user);
  }
  const owner = users[0];
  const first = await createRegistry(owner);
  const second = await createRegistry(owner);
  await setCreatedAt('registries', first.id, `${DAY}T12:00:00Z`);
  await setCreatedAt('registries', second.id, `${NEXT}T12:00:00Z`);
  const items = [await createItem(owner, first), await createItem(owner, first), await createItem(owner, second), await createItem(owner, second)];
  await setCreatedAt('items', items[0].id, `${DAY}T08:00:00Z`);
  await setCreatedAt('items', items[1].id, `${DAY}T23:59:59.999Z`);
  await setCreatedAt('items', items[2].id, `${NEXT}T08:00:00Z`);
  const reserve = async (slug: string, itemId: string, at: string) => {
    const response = await t.http().post(`/api/public/registries/${slug}/reservations`).send(reservationBody(itemId)).expect(201);
    const body = response.body as { reservation: { id: string }; undoToken: string };
    await setCreatedAt('reservations', body.reservation.id, at);
    return body;
  };
  await reserve(first.slug, items[0].id, `${DAY}T10:00:00Z`);
  const undone = await reserve(first.slug, items[1].id, `${DAY}T11:00:00Z`);
  await t.http().delete(`/api/public/reservations/${undone.undoToken}`).expect(200);
  await reserve(second.slug, items[2].id, `${NEXT}T10:00:00Z`);
  // One plan paid for on DAY; a checkout left unpaid counts for no day.
  await t.db.query(
    `INSERT INTO orders (registry_id, plan, previous_plan, amount, currency, status, created_at, paid_at) VALUES
       ($1, 'standard', 'free', 4900, 'EUR', 'paid', $2, $3), ($1, 'premium', 'free', 8900, 'EUR', 'pending', $2, NULL)`,
    [first.id, `${DAY}T08:55:00Z`, `${DAY}T09:00:00Z`],
  );
}

const digestsFor = (day: string) => smtp.messages.filter((m) => m.subject === `WhisperGifts daily metrics for ${day}`);
const waitForDigests = (day: string, count = 1): Promise<ParsedMail[]> => smtp.waitFor(count, (m) => digestsFor(day).includes(m));
const storedRows = (day: string) =>
  t.db.query('SELECT day::text AS day, signups, registries, items, reservations, upgrades FROM daily_metrics WHERE day = $1', [day]) as Promise<unknown[]>;
const settle = () => new Promise((done) => setTimeout(done, 1500));

describe('counting a day', () => {
  it('counts only what was created on the given UTC day, and stores the row', async () => {
    const day = await metrics.computeDay(DAY, 'run-a');
    expect(day).toMatchObject({ day: DAY, signups: 2, registries: 1, items: 2, reservations: 2, upgrades: 1 });
    expect(await storedRows(DAY)).toEqual([{ day: DAY, signups: 2, registries: 1, items: 2, reservations: 2, upgrades: 1 }]);

    const next = await metrics.computeDay(NEXT, 'run-b');
    expect(next).toMatchObject({ day: NEXT, signups: 1, registries: 1, items: 1, reservations: 1, upgrades: 0 });
    expect(await storedRows(NEXT)).toEqual([{ day: NEXT, signups: 1, registries: 1, items: 1, reservations: 1, upgrades: 0 }]);
  });

  it('mails the digest to every administrator: both parts, the header image inline', async () => {
    const [digest] = await waitForDigests(DAY);
    const to = [digest.to].flat().flatMap((address) => address?.value.map((v) => v.address));
    expect(to.sort()).toEqual([...ADMINS].sort());
    for (const admin of ADMINS) expect(smtp.to(admin)).toContain(digest);
    expect(digest.text).toContain('What happened on Sunday, 10 March 2024 (UTC):');
    expect(digest.text).toMatch(/Sign-ups: 2\nNew registries: 1\nNew items: 2\nReservations: 2\nUpgrades: 1/);
    expect(digest.html).toMatch(/Sign-ups<\/td>\s*<td[^>]*><strong>2<\/strong>/);
    expect(digest.html).toContain('src="cid:header@whispergifts"');
    const header = digest.attachments.find((a) => a.contentId === '<header@whispergifts>' || a.cid === 'header@whispergifts');
    expect(header?.contentType).toBe('image/png');
  });

  it('queues one e-mail per run: a retried run stores the same row and does not mail again', async () => {
    await waitForDigests(DAY);
    const again = await metrics.computeDay(DAY, 'run-a');
    expect(again).toMatchObject({ signups: 2, reservations: 2 });
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM outbox_events WHERE name = 'daily-metrics-digest' AND payload->>'runId' = 'run-a'`)) as {
      n: number;
    }[];
    expect(n).toBe(1);
    await settle();
    expect(digestsFor(DAY)).toHaveLength(1);
  });

  it('replaces the row when a day is counted again, and mails the new figures', async () => {
    const late = await createUser(t);
    await setCreatedAt('users', late.id, `${DAY}T18:00:00Z`);
    const before = (await t.db.query('SELECT computed_at FROM daily_metrics WHERE day = $1', [DAY])) as { computed_at: Date }[];
    const recount = await metrics.computeDay(DAY, 'run-c');
    expect(recount.signups).toBe(3);
    expect(await storedRows(DAY)).toEqual([{ day: DAY, signups: 3, registries: 1, items: 2, reservations: 2, upgrades: 1 }]);
    expect(new Date(recount.computedAt).getTime()).toBeGreaterThan(before[0].computed_at.getTime());
    const digests = await waitForDigests(DAY, 2);
    expect(digests[1].text).toContain('Sign-ups: 3');
  });
});

describe('running it from the queue', () => {
  it('registers the daily scheduler once, at 00:05 UTC, however often the worker registers it', async () => {
    const deadline = Date.now() + 10_000;
    while ((await queue.getJobSchedulersCount()) === 0 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
    expect(await queue.getJobSchedulersCount()).toBe(1); // by the worker, at start
    const scheduler = world.worker.get(MetricsScheduler);
    await scheduler.register();
    await scheduler.register();
    expect(await queue.getJobSchedulersCount()).toBe(1);
    const registered = await queue.getJobScheduler('daily-metrics');
    expect(registered).toMatchObject({ name: 'daily-metrics', pattern: '5 0 * * *', tz: 'UTC' });
    const next = new Date(Number(registered!.next));
    expect([next.getUTCHours(), next.getUTCMinutes()]).toEqual([0, 5]);
    expect(next.getTime()).toBeGreaterThan(Date.now());
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(86_400_000);
  });

  it('a scheduled run counts the UTC day before the time it was due', async () => {
    // As the scheduler makes it: no day in the data, the due time in prevMillis (here, just after midnight on NEXT).
    await queue.add('daily-metrics', {}, { prevMillis: Date.parse(`${NEXT}T00:05:00Z`) });
    await waitForDigests(DAY, 3);
    expect(await storedRows(DAY)).toEqual([{ day: DAY, signups: 3, registries: 1, items: 2, reservations: 2, upgrades: 1 }]);
  });

  it('an administrator can ask for a day to be counted again, and then reads it in the series', async () => {
    const admin = await createUser(t, { role: 'admin' });
    const response = await admin.agent().post('/api/admin/metrics/runs').send({ day: '2024-03-09' }).expect(202);
    expect(response.body).toEqual({ day: '2024-03-09', jobId: expect.any(String) });
    expectMatchesSpec(response, 'POST', '/api/admin/metrics/runs');
    const [digest] = await waitForDigests('2024-03-09');
    expect(digest.text).toContain('Sign-ups: 1');
    const series = await admin.agent().get('/api/admin/metrics?from=2024-03-01&to=2024-03-31').expect(200);
    expect(series.body.days.map((d: { day: string; signups: number }) => [d.day, d.signups])).toEqual([
      ['2024-03-09', 1],
      [DAY, 3],
      [NEXT, 1],
    ]);
  });

  it('logs a job that fails for good', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error');
    try {
      const job = await queue.add('no-such-job', {});
      const deadline = Date.now() + 10_000;
      const mentionsJob = () => logged.mock.calls.some(([message]) => String(message).includes(`job no-such-job ${job.id} failed`));
      while (!mentionsJob() && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
      expect(mentionsJob()).toBe(true);
      expect(await job.getState()).toBe('failed');
    } finally {
      logged.mockRestore();
    }
  });
});
