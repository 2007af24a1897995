import { createItem, createRegistry, createUser, reservationBody } from './support/factories';
import { expectWhisperGiftsLayout } from './support/mail';
import type { SmtpSink } from './support/smtp-sink';
import type { TestApp } from './support/test-app';
import { MailWorld, startMailWorld } from './support/test-worker';

/** A held reservation's e-mails over real SMTP, and the worker's sweep that lapses holds nobody looks at. */
let smtp: SmtpSink;
let t: TestApp;
let world: MailWorld;
beforeAll(async () => {
  world = await startMailWorld();
  ({ smtp, t } = world);
});
afterAll(() => world.close());

async function confirmingRegistry(email: string) {
  const owner = await createUser(t, { email });
  const registry = await createRegistry(owner, { coupleNames: 'Ana & Ben' });
  await owner.agent().patch(`/api/registries/${registry.id}`).send({ guestsConfirmByEmail: true }).expect(200);
  const item = await createItem(owner, registry, { name: 'Picnic <basket>', quantity: 2 });
  return { owner, registry, item };
}

it('e-mails the guest a confirmation link, and only once it is followed the usual confirmation and the couple’s notice', async () => {
  const { registry, item } = await confirmingRegistry('hold-couple@example.com');
  const held = await t
    .http()
    .post(`/api/public/registries/${registry.slug}/reservations`)
    .send(reservationBody(item.id, { name: 'May <i>', email: 'hold-guest@example.com' }))
    .expect(201);
  expect(held.body.reservation.status).toBe('held');

  const [mail] = await smtp.waitFor(1, (m) => smtp.to('hold-guest@example.com').includes(m) && (m.subject?.startsWith('Confirm') ?? false));
  expect(mail.subject).toBe('Confirm your reservation of Picnic <basket> within 30 minutes');
  expect(mail.html).toContain('Picnic &lt;basket&gt;');
  expect(mail.html).toContain('May &lt;i&gt;');
  expectWhisperGiftsLayout(mail);
  const link = /\/reservations\/confirm\/(wgc_[\w-]+)/.exec(mail.text ?? '');
  expect(link).not.toBeNull();
  expect(mail.html).toContain(`/reservations/confirm/${link![1]}`);
  // Nothing to the couple while it is held.
  expect(smtp.to('hold-couple@example.com')).toEqual([]);

  await t.http().post(`/api/public/reservations/confirm/${link![1]}`).expect(200);
  await smtp.waitFor(1, (m) => smtp.to('hold-guest@example.com').includes(m) && (m.subject?.startsWith('You reserved') ?? false));
  const [notice] = await smtp.waitFor(1, (m) => smtp.to('hold-couple@example.com').includes(m));
  expect(notice.subject).toBe('A gift was reserved: Picnic <basket>');
});

it('writes the hold e-mail in the registry’s language (German here), its deadline as German writes it, no English left', async () => {
  const owner = await createUser(t, { email: 'hold-de-couple@example.com' });
  const registry = await createRegistry(owner, { coupleNames: 'Ana & Ben', language: 'de' });
  await owner.agent().patch(`/api/registries/${registry.id}`).send({ guestsConfirmByEmail: true }).expect(200);
  const item = await createItem(owner, registry, { name: 'Picknickkorb', quantity: 2 });
  await t
    .http()
    .post(`/api/public/registries/${registry.slug}/reservations`)
    .send(reservationBody(item.id, { name: 'Mia', email: 'hold-de@example.com' }))
    .expect(201);

  const [mail] = await smtp.waitFor(1, (m) => smtp.to('hold-de@example.com').includes(m));
  expect(mail.subject).toBe('Bestätigen Sie Ihre Reservierung von Picknickkorb innerhalb von 30 Minuten');
  expect(mail.text).toMatch(/^Hallo Mia,/);
  expect(mail.text).toMatch(/Wir halten es bis \w+, \d{1,2}\. \w+ \d{4} um \d{2}:\d{2} für Sie zurück \(30 Minuten\)\./);
  expect(mail.html).toContain('Reservierung bestätigen');
  expect(`${mail.subject} ${mail.text}`.replace(/https?:\/\/\S+/g, '')).not.toMatch(/Confirm|reservation|holding|Ignore|Hello| at \d/);
});

it('the worker lapses a hold nobody looks at, shortly after its deadline, and bumps the version', async () => {
  const { registry, item } = await confirmingRegistry('sweep-couple@example.com');
  const held = await t
    .http()
    .post(`/api/public/registries/${registry.slug}/reservations`)
    .send(reservationBody(item.id, { quantity: 2 }))
    .expect(201);
  const id = held.body.reservation.id as string;
  // Move the deadline to a moment ago, in the database only: no API read or write sees it.
  await t.db.query(`UPDATE reservations SET held_until = now() - interval '1 second' WHERE id = $1`, [id]);
  await t.db.query(`UPDATE registries SET holds_expire_at = now() - interval '1 second' WHERE id = $1`, [registry.id]);
  const [{ version: before }] = await t.db.query<{ version: string }[]>('SELECT version FROM registries WHERE id = $1', [registry.id]);

  const deadline = Date.now() + 15_000;
  let status = 'held';
  while (status === 'held' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    [{ status }] = await t.db.query<{ status: string }[]>('SELECT status FROM reservations WHERE id = $1', [id]);
  }
  expect(status).toBe('lapsed');
  const [row] = await t.db.query<{ version: string; reserved_quantity: number; holds_expire_at: Date | null }[]>(
    'SELECT r.version, i.reserved_quantity, r.holds_expire_at FROM registries r JOIN items i ON i.registry_id = r.id WHERE r.id = $1',
    [registry.id],
  );
  expect(Number(row.version)).toBeGreaterThan(Number(before));
  expect(row.reserved_quantity).toBe(0);
  expect(row.holds_expire_at).toBeNull();
  expect(item.id).toBeDefined();
});
