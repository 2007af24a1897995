import type { ParsedMail } from 'mailparser';
import { readAllCatalogues, cataloguesDir } from '@whispergifts/i18n/node';
import { createItem, createRegistry, createUser, pledgeBody, reservationBody } from './support/factories';
import type { SmtpSink } from './support/smtp-sink';
import type { TestApp } from './support/test-app';
import { MailWorld, startMailWorld } from './support/test-worker';

/** Intl separates an amount from its currency with a no-break space: read as a space here. */
const plain = (text: string | false | undefined) => (text || '').replace(/\u00a0|\u202f/g, ' ');

/**
 * Issue 17: whose language each of these e-mails speaks. A German couple (their accounts' language) with a French
 * gift list (the registry's language): the couple's own e-mails (partner invitation, notices, daily digest) are
 * German, the guests' (share invitation, reminder) French, with no English sentence left in either.
 */
let smtp: SmtpSink;
let t: TestApp;
let world: MailWorld;
beforeAll(async () => {
  world = await startMailWorld({ GUEST_MAIL_PER_ADDRESS_PER_DAY: '50' });
  ({ smtp, t } = world);
});
afterAll(() => world.close());

const english = readAllCatalogues(cataloguesDir()).en;
/** The English sentences of these e-mails, placeholders and marks left out. */
const ENGLISH = Object.entries({ ...english.mail, ...english['couple-mail'] })
  .filter(([key]) => /^(invitation|reminder|summary|notice)\./.test(key))
  .flatMap(([, message]) => message.split(/\{[^}]*\}|<\/?\w+>|[{}]/))
  .map((part) => part.trim())
  .filter((part) => part.split(' ').length >= 3);
const englishIn = (mail: ParsedMail) => ENGLISH.filter((sentence) => `${mail.subject}\n${mail.text}`.includes(sentence));

async function germanCoupleWithFrenchList() {
  const ana = await createUser(t, { displayName: 'Ana', verified: true });
  await t.db.query("UPDATE users SET language = 'de' WHERE id = $1", [ana.id]);
  const registry = await createRegistry(ana, { coupleNames: 'Ana & Ben', title: 'Unser Tag' });
  await t.db.query("UPDATE registries SET language = 'fr' WHERE id = $1", [registry.id]);
  return { ana, registry };
}

const insertJob = (name: string, payload: Record<string, unknown>) =>
  t.db.query("INSERT INTO outbox_events (queue, name, payload) VALUES ('email', $1, $2)", [name, payload]);

it('invites the partner in the inviter’s language, and the guests in the list’s', async () => {
  const { ana, registry } = await germanCoupleWithFrenchList();
  await createItem(ana, registry, { name: 'Théière', priceMin: 3500, priceMax: 3500 });
  const ben = `ben-${registry.id.slice(0, 8)}@example.com`;
  await ana.agent().post(`/api/registries/${registry.id}/partner-invitations`).send({ email: ben }).expect(201);
  const [partner] = await smtp.waitFor(1, (m) => smtp.to(ben).includes(m));
  expect(partner.subject).toBe('Ana lädt Sie ein, Ihre Wunschliste gemeinsam zu verwalten');
  expect(partner.text).toContain('Die Einladung gilt bis zum');
  expect(partner.html).toContain('lang="de"');
  expect(englishIn(partner)).toEqual([]);

  const guest = `zoe-${registry.id.slice(0, 8)}@example.com`;
  await ana
    .agent()
    .post(`/api/registries/${registry.id}/invitations`)
    .send({ emails: [guest] })
    .expect(202);
  const [shared] = await smtp.waitFor(1, (m) => smtp.to(guest).includes(m));
  expect(shared.subject).toBe('Ana & Ben ont partagé leur liste de mariage avec vous');
  expect(plain(shared.text)).toContain('Quelques-uns des cadeaux de la liste :\n- Théière (35,00 €)');
  expect(shared.text).toContain('Voir la liste et réserver un cadeau : ');
  expect(englishIn(shared)).toEqual([]);
});

it('tells the couple of a reservation and a pledge, and sends their digest, in their own language', async () => {
  const { ana, registry } = await germanCoupleWithFrenchList();
  const gift = await createItem(ana, registry, { name: 'Picknickkorb' });
  const fund = await createItem(ana, registry, { name: 'Flitterwochen', kind: 'fund' });
  const r = await t
    .http()
    .post(`/api/public/registries/${registry.slug}/reservations`)
    .send(reservationBody(gift.id, { name: 'Zoé', email: 'zoe@example.com', message: 'Félicitations !' }))
    .expect(201);
  await t
    .http()
    .post(`/api/public/registries/${registry.slug}/pledges`)
    .send(pledgeBody(fund.id, { name: 'Yves', email: 'yves@example.com', amount: 2500 }))
    .expect(201);
  const [reserved] = await smtp.waitFor(1, (m) => smtp.to(ana.email).includes(m) && (m.subject?.startsWith('Ein Geschenk wurde reserviert') ?? false));
  expect(reserved.text).toContain('Zoé hat Picknickkorb von Ihrer Wunschliste reserviert.');
  expect(reserved.text).toContain('Die Nachricht: „Félicitations !“');
  expect(englishIn(reserved)).toEqual([]);
  const [pledged] = await smtp.waitFor(1, (m) => smtp.to(ana.email).includes(m) && (m.subject?.startsWith('Ein Beitrag von') ?? false));
  expect(plain(pledged.subject)).toBe('Ein Beitrag von 25,00 € für Flitterwochen');
  expect(pledged.text).toContain('Der Verwendungszweck lautet');
  expect(englishIn(pledged)).toEqual([]);

  await t.db.query('UPDATE reservations SET created_at = $2 WHERE id = $1', [r.body.reservation.id, '2031-03-10T12:00:00Z']);
  await t.db.query("UPDATE pledges SET created_at = '2031-03-10T13:00:00Z' WHERE registry_id = $1", [registry.id]);
  await t.db.query("UPDATE registry_owners SET notify = 'digest' WHERE registry_id = $1", [registry.id]);
  await insertJob('owner-digest', { registryId: registry.id, userId: ana.id, day: '2031-03-10' });
  const [digest] = await smtp.waitFor(1, (m) => m.subject === 'Unser Tag: 1 Reservierung und 1 Beitrag am 2031-03-10');
  expect(digest.text).toContain('Das ist am Montag, 10. März 2031 auf Ihrer Wunschliste passiert:');
  expect(digest.text).toContain('- Picknickkorb, von Zoé: „Félicitations !“');
  expect(plain(digest.text)).toContain('- 25,00 € für Flitterwochen, von Yves');
  expect(englishIn(digest)).toEqual([]);
});

it('reminds a guest in the list’s language', async () => {
  const { ana, registry } = await germanCoupleWithFrenchList();
  await t.db.query("UPDATE registries SET event_date = '2031-06-20', reminders_enabled = true WHERE id = $1", [registry.id]);
  const gift = await createItem(ana, registry, { name: 'Bouilloire' });
  const guest = `may-${registry.id.slice(0, 8)}@example.com`;
  const r = await t
    .http()
    .post(`/api/public/registries/${registry.slug}/reservations`)
    .send(reservationBody(gift.id, { name: 'May', email: guest }))
    .expect(201);
  await t.db.query("UPDATE reservations SET created_at = '2031-06-01T10:00:00Z' WHERE id = $1", [r.body.reservation.id]);
  await insertJob('reservation-reminder', { reservationId: r.body.reservation.id, period: 'before-event', at: '2031-06-13T10:00:00Z' });
  const [reminder] = await smtp.waitFor(
    1,
    (m) => smtp.to(guest).includes(m) && (m.subject?.includes('Bouilloire') ?? false) && !(m.subject ?? '').startsWith('Vous avez'),
  );
  expect(reminder.subject).toBe('Le mariage de Ana & Ben a lieu dans 7 jours : avez-vous acheté Bouilloire ?');
  expect(reminder.text).toContain('Bonjour May,');
  expect(reminder.text).toContain('le vendredi 20 juin 2031');
  expect(englishIn(reminder)).toEqual([]);
});
