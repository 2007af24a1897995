import { createItem, createRegistry, createUser, reservationBody } from './support/factories';
import type { SmtpSink } from './support/smtp-sink';
import type { TestApp } from './support/test-app';
import { expectWhisperGiftsLayout } from './support/mail';
import { MailWorld, startMailWorld } from './support/test-worker';

/** A reservation's e-mails: written to the outbox with it, sent by the worker over real SMTP. */
let smtp: SmtpSink;
let t: TestApp;
let world: MailWorld;
beforeAll(async () => {
  world = await startMailWorld();
  ({ smtp, t } = world);
});
afterAll(() => world.close());

it('sends the guest a confirmation with a working undo link, and the couple a notice', async () => {
  // Verified: only then does the confirmation carry the shop link (guest-mail-limits.test.ts has the unverified case).
  const owner = await createUser(t, { email: 'ana@example.com', verified: true });
  const registry = await createRegistry(owner, { coupleNames: 'Ana & Ben' });
  const item = await createItem(owner, registry, { name: 'Toaster <deluxe>', url: 'https://shop.example/toaster' });
  await t
    .http()
    .post(`/api/public/registries/${registry.slug}/reservations`)
    .send(reservationBody(item.id, { name: 'May <b>Parker</b>', email: 'may@example.com', message: 'Enjoy! <script>x</script>' }))
    .expect(201);

  const [confirmation] = await smtp.waitFor(1, (m) => m.subject?.startsWith('You reserved') ?? false);
  expect(confirmation.to).toMatchObject({ value: [{ address: 'may@example.com' }] });
  expect(confirmation.subject).toBe('You reserved Toaster <deluxe> for Ana & Ben');
  expect(confirmation.text).toContain('https://shop.example/toaster');
  // Both parts, user text escaped in HTML, the header image inline.
  expect(confirmation.html).toContain('Toaster &lt;deluxe&gt;');
  expect(confirmation.html).toContain('May &lt;b&gt;Parker&lt;/b&gt;');
  expect(confirmation.html).not.toContain('<b>Parker</b>');
  expectWhisperGiftsLayout(confirmation);

  const undoUrl = /\/reservations\/undo\/(wgu_[\w-]+)/.exec(confirmation.text ?? '');
  expect(undoUrl).not.toBeNull();
  const undone = await t.http().delete(`/api/public/reservations/${undoUrl![1]}`).expect(200);
  expect(undone.body.item).toMatchObject({ id: item.id, reserved: 0 });

  const [notice] = await smtp.waitFor(1, (m) => m.subject?.startsWith('A gift was reserved') ?? false);
  expect(notice.to).toMatchObject({ value: [{ address: 'ana@example.com' }] });
  expect(notice.text).toContain('May <b>Parker</b> reserved Toaster <deluxe>');
  expect(notice.html).toContain('Enjoy! &lt;script&gt;x&lt;/script&gt;');
});

it('in surprise mode, tells the couple what was reserved but not by whom', async () => {
  const owner = await createUser(t, { email: 'surprised@example.com' });
  const registry = await createRegistry(owner, { surpriseMode: true, revealDate: '2099-06-01' });
  const item = await createItem(owner, registry, { name: 'Mystery teapot' });
  await t
    .http()
    .post(`/api/public/registries/${registry.slug}/reservations`)
    .send(reservationBody(item.id, { name: 'Secret Santa', email: 'santa@example.com' }))
    .expect(201);
  const [notice] = await smtp.waitFor(1, (m) => (m.subject?.includes('Mystery teapot') ?? false) && smtp.to('surprised@example.com').includes(m));
  expect(notice.text).toContain('Mystery teapot');
  expect(notice.text).not.toContain('Secret Santa');
  expect(notice.html).not.toContain('Secret Santa');
  expect(notice.text).toContain('until Monday, 1 June 2099');
});

it('writes the guest’s confirmation in the registry’s language, both parts, with no English sentence left', async () => {
  const owner = await createUser(t, { email: 'jana@example.com', verified: true });
  const registry = await createRegistry(owner, { coupleNames: 'Jana & Lukas', language: 'de' });
  const item = await createItem(owner, registry, { name: 'Kaffeemaschine', url: 'https://shop.example/kaffee' });
  await t
    .http()
    .post(`/api/public/registries/${registry.slug}/reservations`)
    .send(reservationBody(item.id, { name: 'Oma <Erna>', email: 'erna@example.com' }))
    .expect(201);
  const [mail] = await smtp.waitFor(1, (m) => smtp.to('erna@example.com').includes(m));
  expect(mail.subject).toBe('Sie haben Kaffeemaschine für Jana & Lukas reserviert');
  expect(mail.text).toContain('Hallo Oma <Erna>,');
  expect(mail.text).toContain('Sie haben Kaffeemaschine von der Wunschliste von Jana & Lukas reserviert.');
  expect(mail.text).toContain('Sie können es hier kaufen oder wo immer Sie möchten: https://shop.example/kaffee');
  expect(mail.text).toContain('WhisperGifts · die Wunschliste für Ihre Hochzeit');
  expect(mail.html).toContain('<html lang="de" dir="ltr">');
  expect(mail.html).toMatch(/Sie haben <strong[^>]*>Kaffeemaschine<\/strong> von der Wunschliste/);
  expect(mail.html).toContain('Hallo Oma &lt;Erna&gt;,');
  expect(mail.html).toMatch(/<a href="[^"]*\/reservations\/undo\/wgu_[\w-]+"[^>]*>Reservierung aufheben<\/a>/);
  for (const english of ['You reserved', 'Hello', 'Undo the reservation', 'the gift list for your wedding', 'Open my gifts']) {
    expect(`${mail.text}\n${mail.html}`).not.toContain(english);
  }
});

it('lays an Arabic confirmation out right to left', async () => {
  const owner = await createUser(t, { email: 'layla@example.com', verified: true });
  const registry = await createRegistry(owner, { coupleNames: 'ليلى وعمر', language: 'ar' });
  const item = await createItem(owner, registry, { name: 'إبريق شاي' });
  await t
    .http()
    .post(`/api/public/registries/${registry.slug}/reservations`)
    .send(reservationBody(item.id, { email: 'huda@example.com' }))
    .expect(201);
  const [mail] = await smtp.waitFor(1, (m) => smtp.to('huda@example.com').includes(m));
  expect(mail.subject).toBe('لقد حجزت إبريق شاي لـليلى وعمر');
  expect(mail.html).toContain('<html lang="ar" dir="rtl">');
});
