import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { ParsedMail } from 'mailparser';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../e2e/support/chromium';
import { QUEUES } from '../src/queues/queues';
import { THEME_STYLES } from '../src/themes/theme-palettes';
import { createItem, createRegistry, createUser, reservationBody, TestRegistry, TestUser } from './support/factories';
import { eventually, temporaryMediaDir } from './support/image-fixtures';
import { recipients } from './support/mail';
import { SmtpSink } from './support/smtp-sink';
import { startTestApp, TestApp } from './support/test-app';
import { startTestWorker } from './support/test-worker';

/**
 * The couple's e-mails (issue 15, items 6 and 13), through the real worker, PostgreSQL, Redis and SMTP: notices
 * read the reservation when they are sent, an undo is announced only after the reservation was, the links lead to
 * the reservations page, dates read as dates; and every message wears the couple's theme and header photo, with
 * buttons, Reply-To the couple on guest mail, and a few gifts in the invitation. Each message's HTML is rendered in
 * Chromium at phone and desktop width, light and dark (test-artifacts/emails/).
 */
const ARTIFACTS = resolve(__dirname, '../../../test-artifacts/emails');
const SAMPLE_PHOTO = readFileSync(resolve(__dirname, '../../../docs/examples/us.jpg'));
const GARDEN = THEME_STYLES.garden;

let smtp: SmtpSink;
let t: TestApp;
let worker: INestApplicationContext | undefined;
let media: Awaited<ReturnType<typeof temporaryMediaDir>>;
let email: Queue;
let ana: TestUser;
let ben: TestUser;
let registry: TestRegistry;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  media = await temporaryMediaDir();
  smtp = await SmtpSink.start();
  // The worker starts later: the first test is about what it finds when it comes back.
  t = await startTestApp({ SMTP_URL: smtp.url, MEDIA_DIR: media.path });
  email = t.app.get<Queue>(getQueueToken(QUEUES.email));
  ana = await createUser(t, { email: 'ana@example.com', displayName: 'Ana', verified: true });
  ben = await createUser(t, { email: 'ben@example.com', displayName: 'Ben', verified: true });
  registry = await createRegistry(ana, { title: 'Ana and Ben', coupleNames: 'Ana & Ben', currency: 'EUR', theme: 'garden', eventDate: '2027-09-19' });
  await t.db.query('INSERT INTO registry_owners (registry_id, user_id) VALUES ($1, $2)', [registry.id, ben.id]);
  await ana.agent().put(`/api/registries/${registry.id}/header-image`).attach('file', SAMPLE_PHOTO, 'us.jpg').expect(200);
  browser = await launchChromium();
  pages = await Promise.all(VIEWS.map(([, width, colorScheme]) => browser.newPage({ viewport: { width, height: 844 }, colorScheme })));
});
afterAll(async () => {
  await browser?.close();
  await worker?.close();
  await t.close();
  await smtp.close();
  await media.remove();
});

const reserve = (itemId: string, fields: Record<string, unknown> = {}) =>
  t.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(itemId, fields)).expect(201);
const undo = (token: string) => t.http().delete(`/api/public/reservations/${token}`).expect(200);

/** What the worker made of the e-mail job the outbox wrote for this template and reservation. */
async function outcomeOf(template: string, reservationId: string): Promise<unknown> {
  return eventually(async () => {
    const [event] = (await t.db.query(`SELECT id FROM outbox_events WHERE name = $1 AND payload->>'reservationId' = $2`, [template, reservationId])) as {
      id: string;
    }[];
    const job = event ? await email.getJob(event.id) : undefined;
    // A job may fail first and complete on a retry (the undo notice waits for the reserved one so).
    return job && (await job.getState()) === 'completed' ? ((await email.getJob(event.id))?.returnvalue as unknown) : undefined;
  }, `${template} for ${reservationId}`);
}

const toOwners = (subject: string) => smtp.messages.filter((m) => m.subject === subject && recipients(m).includes('ana@example.com'));

/** The message's HTML with its inline images as data: URLs, as a mail client shows it. */
function viewable(mail: ParsedMail): string {
  let page = String(mail.html);
  for (const a of mail.attachments) {
    const cid = (a.contentId ?? '').replace(/^<|>$/g, '');
    if (cid) page = page.replaceAll(`cid:${cid}`, `data:${a.contentType};base64,${a.content.toString('base64')}`);
  }
  return page;
}

/** A phone's and a laptop's width, light and dark: the pages every message is rendered in. */
const VIEWS = [
  ['phone', 390, 'light'],
  ['phone', 390, 'dark'],
  ['desktop', 1280, 'light'],
  ['desktop', 1280, 'dark'],
] as const;
let pages: Page[];

/** Renders the message in each view (screenshots in test-artifacts/emails/); returns each page's scroll width. */
async function render(mail: ParsedMail, name: string): Promise<number[]> {
  return Promise.all(
    VIEWS.map(async ([label, , scheme], i) => {
      await pages[i].setContent(viewable(mail), { waitUntil: 'load' });
      await pages[i].screenshot({ path: resolve(ARTIFACTS, `${name}-${label}-${scheme}.png`), fullPage: true });
      return pages[i].evaluate<number>('document.documentElement.scrollWidth');
    }),
  );
}

describe("the couple's notices", () => {
  it('with the worker down, a reservation undone meanwhile is neither announced nor taken back', async () => {
    const item = await createItem(ana, registry, { name: 'Espresso cups' });
    const made = await reserve(item.id, { name: 'Zoe', email: 'zoe@example.com' });
    await undo(made.body.undoToken);
    worker = await startTestWorker(t, { MEDIA_DIR: media.path });
    expect(await outcomeOf('gift-reserved-notice', made.body.reservation.id)).toBe('nothing to send');
    expect(await outcomeOf('gift-unreserved-notice', made.body.reservation.id)).toBe('nothing to send');
    expect(toOwners('A gift was reserved: Espresso cups')).toHaveLength(0);
  });

  it('reserve, undo, reserve: reserved, undone, reserved, in that order, linking the reservations page', async () => {
    const item = await createItem(ana, registry, { name: 'Picnic basket', priceMin: 4000, priceMax: 6000 });
    const first = await reserve(item.id, { name: 'May', email: 'may@example.com', message: 'For sunny days' });
    await smtp.waitFor(1, (m) => m.subject === 'A gift was reserved: Picnic basket');
    await undo(first.body.undoToken);
    await smtp.waitFor(1, (m) => m.subject === 'A reservation was undone: Picnic basket');
    await reserve(item.id, { name: 'May', email: 'may@example.com' });
    await smtp.waitFor(2, (m) => m.subject === 'A gift was reserved: Picnic basket');

    const told = smtp.messages.filter((m) => m.subject?.endsWith('Picnic basket') && recipients(m).includes('ben@example.com')).map((m) => m.subject);
    expect(told).toEqual(['A gift was reserved: Picnic basket', 'A reservation was undone: Picnic basket', 'A gift was reserved: Picnic basket']);
    const [notice] = toOwners('A gift was reserved: Picnic basket');
    expect(recipients(notice).sort()).toEqual(['ana@example.com', 'ben@example.com']);
    const page = `${t.config.publicUrl}/dashboard/registries/${registry.id}/reservations`;
    expect(notice.text).toContain(page);
    expect(notice.html).toContain(`href="${page}"`);
    expect(notice.html).not.toContain(`href="${t.config.publicUrl}/dashboard"`);
    const [undone] = toOwners('A reservation was undone: Picnic basket');
    expect(undone.text).toContain('May undid their reservation of Picnic basket, so it is free for other guests again.');
    expect(await render(notice, 'gift-reserved-notice')).toEqual([390, 390, 1280, 1280]);
    await render(undone, 'gift-unreserved-notice');
  });

  it('one setting governs them: an owner who chose none hears of neither', async () => {
    await ben.agent().patch(`/api/registries/${registry.id}/owners/me`).send({ notify: 'none' }).expect(200);
    const item = await createItem(ana, registry, { name: 'Kite' });
    const made = await reserve(item.id, { name: 'Ola', email: 'ola@example.com' });
    await smtp.waitFor(1, (m) => m.subject === 'A gift was reserved: Kite');
    await undo(made.body.undoToken);
    await smtp.waitFor(1, (m) => m.subject === 'A reservation was undone: Kite');
    expect(smtp.messages.filter((m) => m.subject?.endsWith(': Kite')).map(recipients)).toEqual([['ana@example.com'], ['ana@example.com']]);
    await ben.agent().patch(`/api/registries/${registry.id}/owners/me`).send({ notify: 'each' }).expect(200);
  });

  it('in surprise mode the reveal date reads as a date, and the guest is not named', async () => {
    await ana.agent().patch(`/api/registries/${registry.id}`).send({ surpriseMode: true, revealDate: '2027-09-19' }).expect(200);
    const item = await createItem(ana, registry, { name: 'Hammock' });
    await reserve(item.id, { name: 'Secret Sam', email: 'sam@example.com' });
    const [notice] = await smtp.waitFor(1, (m) => m.subject === 'A gift was reserved: Hammock');
    expect(notice.text).toContain('we won’t say who until Sunday, 19 September 2027');
    expect(notice.text).not.toContain('2027-09-19');
    expect(notice.text).not.toContain('Secret Sam');
    await ana.agent().patch(`/api/registries/${registry.id}`).send({ surpriseMode: false }).expect(200);
  });
});

describe('how the e-mails look', () => {
  it("guest mail wears the couple's photo and colours, has buttons, and answers go to the couple", async () => {
    const item = await createItem(ana, registry, { name: 'Garden bench', url: 'https://shop.example/bench' });
    await reserve(item.id, { name: 'Uncle Tom', email: 'tom@example.com' });
    const [mail] = await smtp.waitFor(1, (m) => m.subject === 'You reserved Garden bench for Ana & Ben');
    expect(mail.replyTo?.value.map((v) => v.address)).toEqual(['ana@example.com', 'ben@example.com']);
    const header = mail.attachments.find((a) => a.contentId === '<header@whispergifts>');
    expect(header?.contentType).toBe('image/jpeg');
    expect(mail.html).toContain('src="cid:header@whispergifts"');
    expect(mail.html).toContain('Ana &amp; Ben');
    // The button carries the theme's accent inline (mail clients drop classes), the dark variant in a media query.
    expect(mail.html).toMatch(new RegExp(`class="wg-button"[^>]*style="[^"]*background: ${GARDEN.light.accent}`));
    expect(mail.html).toContain('prefers-color-scheme: dark');
    expect(mail.html).toContain(GARDEN.dark.accent);
    expect(await render(mail, 'reservation-confirmation')).toEqual([390, 390, 1280, 1280]);
  });

  it('the invitation shows a few of the gifts still to choose, with their prices', async () => {
    await createItem(ana, registry, { name: 'Most wanted teapot', priority: 'high', priceMin: 3500, priceMax: 3500 });
    await createItem(ana, registry, { name: 'Candles', priceMin: 1000, priceMax: 2000 });
    await createItem(ana, registry, { name: 'Blanket' });
    await ana
      .agent()
      .post(`/api/registries/${registry.id}/invitations`)
      .send({ emails: ['guest@example.com'], message: 'See you in September!' })
      .expect(202);
    const [mail] = await smtp.waitFor(1, (m) => m.subject === 'Ana & Ben shared their gift list with you');
    expect(mail.replyTo?.value.map((v) => v.address)).toEqual(['ana@example.com', 'ben@example.com']);
    // Four at most, most wanted first, then in the couple's order, none already taken (the picnic basket, bench, hammock).
    expect(mail.text).toContain('A few of the gifts on it:\n- Most wanted teapot (€35.00)\n- Espresso cups\n- Kite\n- Candles (€10.00 – €20.00)\n\n');
    expect(mail.html).toContain('See the list and reserve a gift');
    await render(mail, 'share-invitation');
  });

  it("WhisperGifts' own mail keeps its banner", async () => {
    await t.http().post('/api/auth/password-reset').send({ email: 'ana@example.com' }).expect(202);
    const [mail] = await smtp.waitFor(1, (m) => recipients(m).includes('ana@example.com') && /password/i.test(m.subject ?? ''));
    expect(mail.attachments.find((a) => a.contentId === '<header@whispergifts>')?.contentType).toBe('image/png');
    expect(mail.replyTo).toBeUndefined();
    await render(mail, 'password-reset');
  });
});
