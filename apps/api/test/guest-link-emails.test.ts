import { createItem, createRegistry, createUser, pledgeBody, reservationBody, TestRegistry, TestUser } from './support/factories';
import { expectWhisperGiftsLayout } from './support/mail';
import { expectMatchesSpec } from './support/openapi-contract';
import type { SmtpSink } from './support/smtp-sink';
import type { TestApp } from './support/test-app';
import { MailWorld, startMailWorld } from './support/test-worker';
import { TEMPLATES } from '../src/mail/templates';
import { GUEST_LINK_MIN_MS } from '../src/guests/guest-link.service';

/** The guest-page link by e-mail: in the confirmations, and from "find my gifts", which answers alike for every address. */
let smtp: SmtpSink;
let t: TestApp;
let world: MailWorld;
let owner: TestUser;
beforeAll(async () => {
  world = await startMailWorld();
  ({ smtp, t } = world);
  owner = await createUser(t, { verified: true });
});
afterAll(() => world.close());

let sequence = 0;
const address = (name: string) => `${name}${++sequence}@example.com`;
const linkIn = (text: string | undefined) => /\/my-gifts\/(wgg_[\w-]+)/.exec(text ?? '')?.[1];

async function registryWithReservation(email: string): Promise<{ registry: TestRegistry; itemId: string }> {
  const registry = await createRegistry(owner, { coupleNames: 'Ana & Ben' });
  const item = await createItem(owner, registry, { name: 'Toaster' });
  await t.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(item.id, { email })).expect(201);
  return { registry, itemId: item.id };
}

/** How many guest-link jobs the worker has finished for these addresses (sent or suppressed). */
async function guestLinkDeliveries(recipients: string[]): Promise<{ recipients: string; suppressed: string | null }[]> {
  return (await t.db.query("SELECT recipients, suppressed FROM email_deliveries WHERE template = 'guest-link' AND recipients = ANY($1)", [recipients])) as {
    recipients: string;
    suppressed: string | null;
  }[];
}

it("puts the link to the guest page in the reservation and pledge confirmations, and it opens that guest's page", async () => {
  const may = address('may');
  const { registry } = await registryWithReservation(may);
  const fund = await createItem(owner, registry, { name: 'Honeymoon', kind: 'fund' });
  await t
    .http()
    .post(`/api/public/registries/${registry.slug}/pledges`)
    .send(pledgeBody(fund.id, { email: may }))
    .expect(201);
  const [reserved] = await smtp.waitFor(1, (m) => smtp.to(may).includes(m) && (m.subject?.startsWith('You reserved') ?? false));
  const [pledged] = await smtp.waitFor(1, (m) => smtp.to(may).includes(m) && (m.subject?.startsWith('You pledged') ?? false));
  for (const mail of [reserved, pledged]) {
    const token = linkIn(mail.text);
    expect(token).toBeDefined();
    expect(mail.html).toContain(`/my-gifts/${token}`);
    const page = await t.http().get(`/api/public/guests/${token}`).expect(200);
    expect(page.body.guest.email).toBe(may);
    expect(page.body.reservations.map((r: { item: { name: string } }) => r.item.name)).toEqual(['Toaster']);
    expect(page.body.pledges.map((p: { item: { name: string } }) => p.item.name)).toEqual(['Honeymoon']);
  }
});

describe('POST /api/public/registries/{slug}/guest-link', () => {
  it('answers a known and an unknown address identically (status, body, headers, at least the same time) and mails only the known one', async () => {
    const may = address('may');
    const stranger = address('stranger');
    const { registry } = await registryWithReservation(may);
    await smtp.waitFor(1, (m) => smtp.to(may).includes(m));

    const ask = async (email: string) => {
      const started = Date.now();
      const response = await t.http().post(`/api/public/registries/${registry.slug}/guest-link`).send({ email });
      return { response, ms: Date.now() - started };
    };
    const unknown = await ask(stranger);
    const known = await ask(may.toUpperCase());
    for (const { response, ms } of [unknown, known]) {
      expect(response.status).toBe(202);
      expect(ms).toBeGreaterThanOrEqual(GUEST_LINK_MIN_MS - 5);
    }
    expect(known.response.body).toEqual(unknown.response.body);
    expectMatchesSpec(known.response, 'POST', '/api/public/registries/{slug}/guest-link');
    expect(known.response.body.detail).toContain('If this address');
    const comparable = (headers: Record<string, string>) => {
      const { date: _date, 'x-request-id': _id, ...rest } = headers;
      return rest;
    };
    expect(comparable(known.response.headers)).toEqual(comparable(unknown.response.headers));
    expect(known.response.headers['cache-control']).toBe('no-store');

    const [mail] = await smtp.waitFor(1, (m) => smtp.to(may).includes(m) && m.subject === 'Your gifts for Ana & Ben');
    expectWhisperGiftsLayout(mail);
    const token = linkIn(mail.text);
    expect(mail.html).toContain(`/my-gifts/${token}`);
    const page = await t.http().get(`/api/public/guests/${token}`).expect(200);
    expect(page.body.reservations).toHaveLength(1);
    // The known address's job is done; none was ever made for the stranger.
    expect(await guestLinkDeliveries([may, stranger])).toEqual([{ recipients: may, suppressed: null }]);
    // The first "find my gifts" of this file: one job, May's.
    const [{ n }] = (await t.db.query("SELECT count(*)::int AS n FROM outbox_events WHERE name = 'guest-link'")) as { n: number }[];
    expect(n).toBe(1);
    expect(smtp.to(stranger)).toEqual([]);
  });

  it('mails an address at most RATE_LIMIT_GUEST_LINK_EMAIL times an hour per list, answering the same beyond it', async () => {
    const june = address('june');
    const { registry } = await registryWithReservation(june);
    const answers = [];
    for (let i = 0; i < 4; i++) {
      const response = await t.http().post(`/api/public/registries/${registry.slug}/guest-link`).send({ email: june }).expect(202);
      answers.push(response.body);
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    await smtp.waitFor(3, (m) => smtp.to(june).includes(m) && m.subject === 'Your gifts for Ana & Ben');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.to(june).filter((m) => m.subject === 'Your gifts for Ana & Ben')).toHaveLength(3);
  });

  it('finds a guest who only chipped in, and sends nothing to one forgotten before the worker got to it', async () => {
    const registry = await createRegistry(owner, { coupleNames: 'Ana & Ben' });
    const fund = await createItem(owner, registry, { name: 'Honeymoon', kind: 'fund' });
    const giver = address('giver');
    await t
      .http()
      .post(`/api/public/registries/${registry.slug}/pledges`)
      .send(pledgeBody(fund.id, { email: giver }))
      .expect(201);
    await t.http().post(`/api/public/registries/${registry.slug}/guest-link`).send({ email: giver }).expect(202);
    const [mail] = await smtp.waitFor(1, (m) => smtp.to(giver).includes(m) && m.subject === 'Your gifts for Ana & Ben');
    const page = await t
      .http()
      .get(`/api/public/guests/${linkIn(mail.text)}`)
      .expect(200);
    expect(page.body.pledges).toHaveLength(1);

    // Erased between the request and the send: the job finds no address and renders nothing.
    const forgotten = address('forgotten');
    const created = await t
      .http()
      .post(`/api/public/registries/${registry.slug}/pledges`)
      .send(pledgeBody(fund.id, { email: forgotten }))
      .expect(201);
    const pledgeId = created.body.pledge.id as string;
    expect(await TEMPLATES['guest-link']({ pledgeId }, { db: t.db, config: t.config })).toMatchObject({ to: [forgotten] });
    await t.db.query("UPDATE pledges SET guest_email = '', guest_name = '', personal_data_erased_at = now() WHERE id = $1", [pledgeId]);
    expect(await TEMPLATES['guest-link']({ pledgeId }, { db: t.db, config: t.config })).toBeNull();
  });

  it('refuses bad input with problem+json, an unknown list with 404, and a locked list with 401, whatever the address', async () => {
    const { registry } = await registryWithReservation(address('may'));
    for (const body of [{}, { email: 42 }, { email: 'x'.repeat(255) }]) {
      const response = await t.http().post(`/api/public/registries/${registry.slug}/guest-link`).send(body).expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.errors).toEqual([expect.objectContaining({ pointer: '#/email' })]);
    }
    await t.http().post('/api/public/registries/no-such-list/guest-link').send({ email: 'may@example.com' }).expect(404);
    const locked = await createRegistry(owner, { visibility: 'password', password: 'open sesame please' });
    await t.http().post(`/api/public/registries/${locked.slug}/guest-link`).send({ email: 'may@example.com' }).expect(401);
  });
});

it('writes the "find my gifts" e-mail in the registry’s language, both parts, with no English sentence left', async () => {
  const claire = address('claire');
  const registry = await createRegistry(owner, { coupleNames: 'Léa & Hugo', language: 'fr' });
  const item = await createItem(owner, registry, { name: 'Grille-pain' });
  await t
    .http()
    .post(`/api/public/registries/${registry.slug}/reservations`)
    .send(reservationBody(item.id, { email: claire }))
    .expect(201);
  await t.http().post(`/api/public/registries/${registry.slug}/guest-link`).send({ email: claire }).expect(202);
  const [mail] = await smtp.waitFor(1, (m) => smtp.to(claire).includes(m) && m.subject === 'Vos cadeaux pour Léa & Hugo');
  expect(mail.text).toContain('Voici votre page sur la liste de mariage de Léa & Hugo');
  expect(mail.text).toMatch(/Le lien est valable \d+ jours\./);
  expect(mail.html).toContain('<html lang="fr" dir="ltr">');
  expect(mail.html).toContain('Voir mes cadeaux');
  expect(mail.html).toContain(`/my-gifts/${linkIn(mail.text)}`);
  for (const english of ['Hello', 'Here is your page', 'The link works', 'Open my gifts', 'See the gift list', 'The gift list:']) {
    expect(`${mail.text}\n${mail.html}`).not.toContain(english);
  }
});
