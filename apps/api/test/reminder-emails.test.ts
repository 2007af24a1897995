import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { ParsedMail } from 'mailparser';
import { isGuest, verifyGuestToken } from '../src/guests/guest-links';
import { QUEUES } from '../src/queues/queues';
import { ReminderSweep } from '../src/reminders/reminder-sweep';
import { REMINDER_JOBS } from '../src/reminders/reminders.jobs';
import { createItem, createRegistry, createUser, reservationBody, TestRegistry, TestUser } from './support/factories';
import { expectWhisperGiftsLayout, tokenFromLink } from './support/mail';
import { expectMatchesSpec } from './support/openapi-contract';
import type { SmtpSink } from './support/smtp-sink';
import type { TestApp } from './support/test-app';
import { MailWorld, startMailWorld, startTestWorker } from './support/test-worker';

/**
 * Reminders to guests who have not marked a gift bought: the sweep runs with an injected clock (in 2031, so the
 * worker's own hourly run, on the real clock, never finds these reservations), claims each reminder once, and
 * the worker mails it over real SMTP with working one-click links and List-Unsubscribe.
 */
let smtp: SmtpSink;
let t: TestApp;
let world: MailWorld;
let sweep: (at: string) => Promise<number>;
let owner: TestUser;
let guestSequence = 0;
beforeAll(async () => {
  // Caps count per real day; this file mails one address a few times.
  world = await startMailWorld({ GUEST_MAIL_PER_ADDRESS_PER_DAY: '50' });
  ({ smtp, t } = world);
  const sweeper = world.worker.get(ReminderSweep);
  sweep = (at) => sweeper.sweep(new Date(at));
  owner = await createUser(t, { email: 'couple@example.com', verified: true });
});
afterAll(() => world.close());

const EVENT = '2031-06-20';

/** A guest's reservation on the registry, made (as the database says) at `createdAt`. */
async function reserve(registry: TestRegistry, itemName: string, createdAt: string, email = `guest${++guestSequence}@example.com`) {
  const item = await createItem(owner, registry, { name: itemName });
  const response = await t
    .http()
    .post(`/api/public/registries/${registry.slug}/reservations`)
    .send(reservationBody(item.id, { name: 'May', email }))
    .expect(201);
  const id = (response.body as { reservation: { id: string } }).reservation.id;
  await t.db.query('UPDATE reservations SET created_at = $2 WHERE id = $1', [id, createdAt]);
  return { id, itemId: item.id, email };
}

const remindersTo = (email: string) => smtp.to(email).filter((m) => !m.subject?.startsWith('You reserved'));
const waitForReminder = async (email: string): Promise<ParsedMail> => (await smtp.waitFor(1, (m) => remindersTo(email).includes(m)))[0];
const header = (mail: ParsedMail, name: string) => mail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '');
/** Long enough for a claimed reminder to have been relayed and sent, were it going to be. */
const settle = () => new Promise((done) => setTimeout(done, 1500));

describe('after reserving', () => {
  it('reminds once, REMINDER_AFTER_DAYS later, whatever the runs and restarts, with links that work', async () => {
    const registry = await createRegistry(owner, { coupleNames: 'Ana & Ben', eventDate: EVENT });
    const r = await reserve(registry, 'Toaster <deluxe>', '2031-04-01T10:00:00Z');

    expect(await sweep('2031-04-14T10:00:00Z')).toBe(0); // 13 days
    // Two workers sweeping at once still claim it once.
    const [a, b] = await Promise.all([sweep('2031-04-15T10:30:00Z'), sweep('2031-04-15T10:30:00Z')]);
    expect(a + b).toBe(1);
    expect(await sweep('2031-04-15T11:10:00Z')).toBe(0);
    // A restarted worker (a fresh process's state) finds it claimed too.
    const restarted: INestApplicationContext = await startTestWorker(t);
    try {
      expect(await restarted.get(ReminderSweep).sweep(new Date('2031-04-16T10:00:00Z'))).toBe(0);
    } finally {
      await restarted.close();
    }

    const mail = await waitForReminder(r.email);
    expect(mail.subject).toBe('Did you get Toaster <deluxe> for Ana & Ben?');
    expect(mail.text).toContain('Hello May,');
    expect(mail.text).toContain('on Tuesday, 1 April 2031');
    expect(mail.html).toContain('Toaster &lt;deluxe&gt;');
    expectWhisperGiftsLayout(mail);
    const token = tokenFromLink(mail, t.config.publicUrl, '/reminders/bought/');
    expect(tokenFromLink(mail, t.config.publicUrl, '/reminders/release/')).toBe(token);
    expect(tokenFromLink(mail, t.config.publicUrl, '/reminders/unsubscribe/')).toBe(token);
    // The guest's own page (stream B's guest links), for this registry and this address.
    const myGifts = new RegExp(`${t.config.publicUrl}/my-gifts/(wgg_[\\w.-]+)`).exec(mail.text ?? '')?.[1] ?? '';
    expect(mail.html).toContain(`href="${t.config.publicUrl}/my-gifts/${myGifts}"`);
    const claims = verifyGuestToken(t.config.sessionSecret, myGifts, new Date('2031-03-20T00:00:00Z'));
    expect(claims).toMatchObject({ registryId: registry.id });
    expect(isGuest(t.config.sessionSecret, claims!, r.email)).toBe(true);
    expect(header(mail, 'list-unsubscribe')).toBe(`<${t.config.publicUrl}/api/public/reminders/${token}/unsubscribe>`);
    expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    await settle();
    expect(remindersTo(r.email)).toHaveLength(1);

    // "I bought it": recorded through RegistryWrites (the version moves), once.
    const [before] = (await t.db.query('SELECT version::int AS version FROM registries WHERE id = $1', [registry.id])) as { version: number }[];
    const bought = await t.http().post(`/api/public/reminders/${token}/bought`).expect(200);
    expect(bought.body).toMatchObject({ id: r.id, itemName: 'Toaster <deluxe>', status: 'active', coupleNames: 'Ana & Ben', boughtAt: expect.any(String) });
    expect(bought.body).not.toHaveProperty('guestEmail');
    expectMatchesSpec(bought, 'POST', '/api/public/reminders/{token}/bought');
    const again = await t.http().post(`/api/public/reminders/${token}/bought`).expect(200);
    expect(again.body.boughtAt).toBe(bought.body.boughtAt);
    const [after] = (await t.db.query('SELECT version::int AS version FROM registries WHERE id = $1', [registry.id])) as { version: number }[];
    expect(after.version).toBe(before.version + 1);

    // Bought: no reminder before the event either.
    expect(await sweep('2031-06-13T10:00:00Z')).toBe(0);
  });

  it('waits for the daytime of the registry, and is off when the couple switches reminders off', async () => {
    const registry = await createRegistry(owner, { eventDate: EVENT });
    await t.db.query("UPDATE registries SET time_zone = 'America/New_York' WHERE id = $1", [registry.id]);
    const r = await reserve(registry, 'Teapot', '2031-03-01T12:00:00Z');

    const off = await owner.agent().patch(`/api/registries/${registry.id}`).send({ remindersEnabled: false }).expect(200);
    expect(off.body.remindersEnabled).toBe(false);
    expect(await sweep('2031-03-20T15:00:00Z')).toBe(0);
    await owner.agent().patch(`/api/registries/${registry.id}`).send({ remindersEnabled: true }).expect(200);
    expect((await owner.agent().get(`/api/registries/${registry.id}`).expect(200)).body.remindersEnabled).toBe(true);
    await owner.agent().patch(`/api/registries/${registry.id}`).send({ remindersEnabled: 'yes' }).expect(400);

    // A zone PostgreSQL does not know keeps that registry out, and the others in.
    const broken = await createRegistry(owner, { eventDate: EVENT });
    await t.db.query("UPDATE registries SET time_zone = 'Mars/Olympus' WHERE id = $1", [broken.id]);
    await reserve(broken, 'Rover', '2031-03-01T12:00:00Z');
    expect(await sweep('2031-03-20T12:00:00Z')).toBe(0); // 08:00 in New York
    expect(await sweep('2031-03-20T13:00:00Z')).toBe(1); // 09:00
    await waitForReminder(r.email);
  });
});

describe('before the event', () => {
  it('reminds REMINDER_BEFORE_EVENT_DAYS before, only reservations made before then, and never on or after the day', async () => {
    const registry = await createRegistry(owner, { coupleNames: 'Cleo & Dan', eventDate: EVENT });
    const early = await reserve(registry, 'Kettle', '2031-06-05T09:00:00Z');
    const late = await reserve(registry, 'Vase', '2031-06-15T09:00:00Z');

    expect(await sweep('2031-06-12T10:00:00Z')).toBe(0);
    expect(await sweep('2031-06-13T10:00:00Z')).toBe(1);
    const mail = await waitForReminder(early.email);
    expect(mail.subject).toBe('Cleo & Dan’s wedding is in 7 days: did you get Kettle?');
    expect(mail.text).toContain('on Friday, 20 June 2031');

    // 14 days after reserving is inside the last week (covered), and the late one is never reminded.
    expect(await sweep('2031-06-19T10:00:00Z')).toBe(0);
    expect(await sweep('2031-06-20T10:00:00Z')).toBe(0);
    expect(await sweep('2031-06-30T10:00:00Z')).toBe(0);
    const rows = (await t.db.query('SELECT reservation_id, period FROM reservation_reminders WHERE reservation_id = ANY($1::uuid[])', [
      [early.id, late.id],
    ])) as { reservation_id: string; period: string }[];
    expect(rows).toEqual([{ reservation_id: early.id, period: 'before-event' }]);
    await settle();
    expect(remindersTo(late.email)).toHaveLength(0);
  });

  it('does not mail a claimed reminder once the event has come', async () => {
    const registry = await createRegistry(owner, { eventDate: '2031-08-01' });
    const r = await reserve(registry, 'Lamp', '2031-07-01T09:00:00Z');
    // Claimed with a clock on the event day: the e-mail checks the same clock and sends nothing.
    await t.db.query("INSERT INTO reservation_reminders (reservation_id, period, sent_at) VALUES ($1, 'after-reserving', now())", [r.id]);
    await t.db.query("INSERT INTO outbox_events (queue, name, payload) VALUES ('email', 'reservation-reminder', $1)", [
      { reservationId: r.id, period: 'after-reserving', at: '2031-08-01T10:00:00Z' },
    ]);
    await settle();
    await settle();
    expect(remindersTo(r.email)).toHaveLength(0);
  });
});

describe('the links', () => {
  it('releases the gift, and unsubscribes with RFC 8058 One-Click (a form POST, no browser)', async () => {
    const registry = await createRegistry(owner, { eventDate: EVENT });
    const email = 'onceonly@example.com';
    const first = await reserve(registry, 'Blender', '2031-04-01T10:00:00Z', email);
    expect(await sweep('2031-04-20T10:00:00Z')).toBe(1);
    const mail = await waitForReminder(email);
    const token = tokenFromLink(mail, t.config.publicUrl, '/reminders/release/');

    const released = await t.http().post(`/api/public/reminders/${token}/release`).expect(200);
    expect(released.body).toMatchObject({ id: first.id, status: 'cancelled', itemName: 'Blender' });
    expectMatchesSpec(released, 'POST', '/api/public/reminders/{token}/release');
    const list = await t.http().get(`/api/public/registries/${registry.slug}`).expect(200);
    expect((list.body.items as { id: string; reserved: number }[]).find((i) => i.id === first.itemId)?.reserved).toBe(0);
    await t.http().post(`/api/public/reminders/${token}/release`).expect(200);
    const gone = await t.http().post(`/api/public/reminders/${token}/bought`).expect(410);
    expect(gone.headers['content-type']).toMatch(/^application\/problem\+json/);

    // A client without One-Click opens the header's URL: the GET changes nothing and leads to the page.
    const page = await t.http().get(`/api/public/reminders/${token}/unsubscribe`).expect(303);
    expect(page.headers.location).toBe(`${t.config.publicUrl}/reminders/unsubscribe/${token}`);
    const second = await reserve(registry, 'Mixer', '2031-04-02T10:00:00Z', email.toUpperCase());
    await t
      .http()
      .post(`/api/public/reminders/${token}/unsubscribe`)
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(200, { coupleNames: 'Ana & Ben', unsubscribed: true });
    // Every reservation of that address on this list (any case), none on another list.
    expect(await sweep('2031-04-25T10:00:00Z')).toBe(0);
    const other = await createRegistry(owner, { eventDate: EVENT });
    await reserve(other, 'Whisk', '2031-04-02T10:00:00Z', email);
    expect(await sweep('2031-04-26T10:00:00Z')).toBe(1);
    const rows = (await t.db.query('SELECT 1 FROM reservation_reminders WHERE reservation_id = $1', [second.id])) as unknown[];
    expect(rows).toHaveLength(0);
  });

  it('refuses forged tokens, and forms anywhere else', async () => {
    const forged = `wgm_${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}_${'A'.repeat(43)}`;
    const refused = await t.http().post(`/api/public/reminders/${forged}/bought`).expect(404);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    await t.http().post('/api/public/reminders/nonsense/release').expect(404);
    await t.http().post('/api/public/reminders/nonsense/unsubscribe').expect(404);
    const form = await t.http().post('/api/auth/login').type('form').send('email=a%40b.c&password=x').expect(415);
    expect(form.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

it('schedules the hourly sweeps once, however often the worker starts', async () => {
  const queue = t.app.get<Queue>(getQueueToken(QUEUES.reminders));
  const deadline = Date.now() + 5000;
  while ((await queue.getJobSchedulersCount()) < 2 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
  const second = await startTestWorker(t);
  await second.close();
  expect(await queue.getJobSchedulersCount()).toBe(2);
  expect((await queue.getJobScheduler(REMINDER_JOBS.reservationReminders))?.pattern).toBe('10 * * * *');
});
