import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QUEUES } from '../src/queues/queues';
import { OwnerDigestSweep } from '../src/reminders/owner-digest-sweep';
import { createItem, createRegistry, createUser, pledgeBody, reservationBody, TestRegistry, TestUser } from './support/factories';
import { expectWhisperGiftsLayout } from './support/mail';
import { expectMatchesSpec } from './support/openapi-contract';
import type { SmtpSink } from './support/smtp-sink';
import type { TestApp } from './support/test-app';
import { MailWorld, startMailWorld } from './support/test-worker';

/**
 * How each owner hears of new reservations and pledges: 'each' (a notice per one, as before), 'digest' (one
 * e-mail a day, swept with an injected clock) or 'none'. Real PostgreSQL, Redis and SMTP.
 */
let smtp: SmtpSink;
let t: TestApp;
let world: MailWorld;
let email: Queue;
let digests: OwnerDigestSweep;
let ana: TestUser;
let ben: TestUser;
let registry: TestRegistry;
beforeAll(async () => {
  world = await startMailWorld();
  ({ smtp, t } = world);
  email = t.app.get<Queue>(getQueueToken(QUEUES.email));
  digests = world.worker.get(OwnerDigestSweep);
  ana = await createUser(t, { email: 'ana@example.com', displayName: 'Ana', verified: true });
  ben = await createUser(t, { email: 'ben@example.com', displayName: 'Ben', verified: true });
  registry = await createRegistry(ana, { title: 'Ana and Ben', coupleNames: 'Ana & Ben', currency: 'EUR' });
  await t.db.query('INSERT INTO registry_owners (registry_id, user_id) VALUES ($1, $2)', [registry.id, ben.id]);
});
afterAll(() => world.close());

const setNotify = (who: TestUser, notify: unknown) => who.agent().patch(`/api/registries/${registry.id}/owners/me`).send({ notify });

/** Waits until the worker has run the e-mail job the outbox made for this template and payload, and gives its outcome. */
async function outcomeOf(template: string, key: string, id: string): Promise<unknown> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const [event] = (await t.db.query(`SELECT id FROM outbox_events WHERE name = $1 AND payload->>$2 = $3`, [template, key, id])) as { id: string }[];
    const job = event ? await email.getJob(event.id) : undefined;
    // finishedOn and returnvalue come from the same read, so a job finishing meanwhile is not seen half-done.
    if (job?.finishedOn && !job.failedReason) return job.returnvalue;
    if (Date.now() > deadline) throw new Error(`${template} for ${id} did not run`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

describe('PATCH /api/registries/{registryId}/owners/me', () => {
  it("sets the caller's own preference only, shown in the registry's owners", async () => {
    const set = await setNotify(ana, 'digest').expect(200);
    expect(set.body).toEqual({ id: ana.id, displayName: 'Ana', email: 'ana@example.com', notify: 'digest' });
    expectMatchesSpec(set, 'PATCH', '/api/registries/{registryId}/owners/me');
    await setNotify(ben, 'none').expect(200);
    const read = await ana.agent().get(`/api/registries/${registry.id}`).expect(200);
    expectMatchesSpec(read, 'GET', '/api/registries/{registryId}');
    expect(read.body.owners).toEqual([expect.objectContaining({ id: ana.id, notify: 'digest' }), expect.objectContaining({ id: ben.id, notify: 'none' })]);
  });

  it('refuses a bad value (problem+json) and another couple (404)', async () => {
    const bad = await setNotify(ana, 'weekly').expect(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.body.errors).toEqual([expect.objectContaining({ pointer: '#/notify' })]);
    const stranger = await createUser(t);
    await setNotify(stranger, 'none').expect(404);
    await t.http().patch(`/api/registries/${registry.id}/owners/me`).send({ notify: 'none' }).expect(401);
  });
});

describe('the notices', () => {
  it("sends the per-reservation notice only to 'each' owners", async () => {
    const item = await createItem(ana, registry, { name: 'Quiet teapot' });
    const reserved = await t
      .http()
      .post(`/api/public/registries/${registry.slug}/reservations`)
      .send(reservationBody(item.id, { email: 'q@example.com' }))
      .expect(201);
    expect(await outcomeOf('gift-reserved-notice', 'reservationId', reserved.body.reservation.id)).toBe('nothing to send');

    await setNotify(ben, 'each').expect(200);
    const other = await createItem(ana, registry, { name: 'Loud teapot' });
    await t
      .http()
      .post(`/api/public/registries/${registry.slug}/reservations`)
      .send(reservationBody(other.id, { email: 'l@example.com' }))
      .expect(201);
    const [notice] = await smtp.waitFor(1, (m) => m.subject === 'A gift was reserved: Loud teapot');
    expect(notice.to).toMatchObject({ value: [{ address: 'ben@example.com' }] });
    expect(smtp.to('ana@example.com').filter((m) => m.subject?.startsWith('A gift was reserved'))).toHaveLength(0);
    await setNotify(ben, 'none').expect(200);
  });

  it("sends 'digest' owners one e-mail the next local morning, listing the day's reservations and pledges", async () => {
    await t.db.query("UPDATE registries SET time_zone = 'Europe/Lisbon' WHERE id = $1", [registry.id]);
    const gift = await createItem(ana, registry, { name: 'Picnic <basket>' });
    const fund = await createItem(ana, registry, { name: 'Honeymoon', kind: 'fund' });
    const r = await t
      .http()
      .post(`/api/public/registries/${registry.slug}/reservations`)
      .send(reservationBody(gift.id, { name: 'Zoe', email: 'zoe@example.com', message: 'Enjoy!' }))
      .expect(201);
    const p = await t
      .http()
      .post(`/api/public/registries/${registry.slug}/pledges`)
      .send(pledgeBody(fund.id, { name: 'Yuri', email: 'yuri@example.com', amount: 2500 }))
      .expect(201);
    // 10 March in Lisbon (UTC+0 in winter): one just after local midnight, one just before the next.
    await t.db.query('UPDATE reservations SET created_at = $2 WHERE id = $1', [r.body.reservation.id, '2031-03-10T00:05:00Z']);
    await t.db.query('UPDATE pledges SET created_at = $2 WHERE id = $1', [p.body.pledge.id, '2031-03-10T23:55:00Z']);

    expect(await digests.sweep(new Date('2031-03-11T07:30:00Z'))).toBe(0); // before 08:00 local
    expect(await digests.sweep(new Date('2031-03-11T08:05:00Z'))).toBe(1); // Ana only: Ben chose none
    expect(await digests.sweep(new Date('2031-03-11T09:05:00Z'))).toBe(0);
    expect(await digests.sweep(new Date('2031-03-12T09:05:00Z'))).toBe(0); // a quiet day sends nothing

    const [digest] = await smtp.waitFor(1, (m) => m.subject?.startsWith('Ana and Ben:') ?? false);
    expect(digest.subject).toBe('Ana and Ben: 1 reservation and 1 pledge on 2031-03-10');
    expect(digest.to).toMatchObject({ value: [{ address: 'ana@example.com' }] });
    expect(digest.text).toContain('Monday, 10 March 2031');
    expect(digest.text).toContain('- Picnic <basket>, from Zoe: "Enjoy!"');
    expect(digest.text).toContain('- €25.00 towards Honeymoon, from Yuri');
    expect(digest.html).toContain('Picnic &lt;basket&gt;');
    expectWhisperGiftsLayout(digest);
    expect(smtp.to('ben@example.com').filter((m) => m.subject?.startsWith('Ana and Ben:'))).toHaveLength(0);
  });

  it('hides the guests in surprise mode, and sends nothing to an owner who switched the digest off meanwhile', async () => {
    await ana.agent().patch(`/api/registries/${registry.id}`).send({ surpriseMode: true, revealDate: '2099-01-01' }).expect(200);
    const gift = await createItem(ana, registry, { name: 'Secret clock' });
    const r = await t
      .http()
      .post(`/api/public/registries/${registry.slug}/reservations`)
      .send(reservationBody(gift.id, { name: 'Xena', email: 'x@example.com' }))
      .expect(201);
    await t.db.query('UPDATE reservations SET created_at = $2 WHERE id = $1', [r.body.reservation.id, '2031-04-10T12:00:00Z']);
    expect(await digests.sweep(new Date('2031-04-11T10:00:00Z'))).toBe(1);
    // A digest claimed while Ben still wanted one, sent after he switched to none: the e-mail checks again.
    await t.db.query("INSERT INTO outbox_events (queue, name, payload) VALUES ('email', 'owner-digest', $1)", [
      { registryId: registry.id, userId: ben.id, day: '2031-04-10' },
    ]);
    const [digest] = await smtp.waitFor(1, (m) => m.subject === 'Ana and Ben: 1 reservation on 2031-04-10');
    expect(digest.text).toContain('- Secret clock');
    expect(digest.text).not.toContain('Xena');
    expect(digest.text).toContain('we won’t say who until Thursday, 1 January 2099.');
    expect(await outcomeOf('owner-digest', 'userId', ben.id)).toBe('nothing to send');
  });
});
