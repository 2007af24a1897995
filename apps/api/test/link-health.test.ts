import type { INestApplicationContext } from '@nestjs/common';
import { LinkHealthSweep } from '../src/link-health/link-health.sweep';
import { createItem, createRegistry, createUser, TestRegistry, TestUser } from './support/factories';
import { expectWhisperGiftsLayout, recipients } from './support/mail';
import { ShopFixtures, startShopFixtures } from './support/shop-fixtures';
import { SmtpSink } from './support/smtp-sink';
import { TestApp, startTestApp } from './support/test-app';
import { startTestWorker } from './support/test-worker';

/** The weekly link check, run by the worker against fixture shop pages on loopback, and what the couple sees of it. */
let t: TestApp;
let shop: ShopFixtures;
let smtp: SmtpSink;
let worker: INestApplicationContext;
let owner: TestUser;
let registry: TestRegistry;
const env = () => ({ IMPORT_ALLOWED_HOSTS: `localhost:${shop.port}`, LINK_CHECK_HOST_DELAY_MS: '0', OUTBOUND_TIMEOUT_MS: '1500' });

beforeAll(async () => {
  shop = await startShopFixtures();
  smtp = await SmtpSink.start();
  t = await startTestApp({ SMTP_URL: smtp.url, ...env() });
  worker = await startTestWorker(t, env());
  owner = await createUser(t);
  registry = await createRegistry(owner, { visibility: 'public' });
});
afterAll(async () => {
  await worker.close();
  await t.close();
  await smtp.close();
  await shop.close();
});

/** Items are made through the API, then pointed at the fixture shop (its `localhost` name has no TLD, which the item DTO wants). */
async function itemAt(name: string, url: string) {
  const item = await createItem(owner, registry, { name, url: 'https://shop.example/placeholder' });
  await t.db.query('UPDATE items SET url = $2 WHERE id = $1', [item.id, url]);
  return item;
}

const version = async () => ((await t.db.query('SELECT version FROM registries WHERE id = $1', [registry.id])) as { version: string }[])[0].version;

it('marks dead links and out-of-stock gifts with the date checked, tells the couple once, and guests never see it', async () => {
  const fine = await itemAt('Toaster', `${shop.origin}/products/crumpet-toaster`);
  const missing = await itemAt('Napkins', `${shop.origin}/missing`);
  const gone = await itemAt('Vase', `${shop.origin}/gone`);
  const home = await itemAt('Old lamp', `${shop.origin}/old-product`);
  const soldOut = await itemAt('Casserole', `${shop.origin}/casserole`);
  const nowhere = await itemAt('Rug', 'http://rug-shop.invalid/rug');
  const before = await version();

  const checked = await worker.get(LinkHealthSweep).sweep(new Date());
  expect(checked).toBe(6);

  const { body } = await owner.agent().get(`/api/registries/${registry.id}/link-health`).expect(200);
  const byItem = Object.fromEntries((body as { itemId: string; status: string; reason: string | null; checkedAt: string }[]).map((c) => [c.itemId, c]));
  expect(byItem[fine.id]).toMatchObject({ status: 'ok', reason: null });
  expect(byItem[missing.id]).toMatchObject({ status: 'dead', reason: 'http-404' });
  expect(byItem[gone.id]).toMatchObject({ status: 'dead', reason: 'http-410' });
  expect(byItem[home.id]).toMatchObject({ status: 'dead', reason: 'home-page' });
  expect(byItem[soldOut.id]).toMatchObject({ status: 'out-of-stock' });
  expect(byItem[nowhere.id]).toMatchObject({ status: 'dead', reason: 'dns' });
  expect(Date.parse(byItem[fine.id].checkedAt)).toBeGreaterThan(Date.now() - 60_000);

  // Nothing guests see changed: no version moved, and the guest list carries no trace of the check.
  expect(await version()).toBe(before);
  const list = await t.http().get(`/api/public/registries/${registry.slug}`).expect(200);
  expect(JSON.stringify(list.body)).not.toMatch(/http-404|out-of-stock|linkHealth|checkedAt/);

  const [mail] = await smtp.waitFor(1, (m) => recipients(m).includes(owner.email));
  expectWhisperGiftsLayout(mail);
  expect(mail.subject).toBe('We are getting married: 5 gifts to look at');
  expect(mail.text).toContain('Casserole: the shop says it is out of stock');
  expect(mail.text).toContain('Napkins: the link no longer leads to it');
  expect(mail.text).not.toContain('Toaster');

  // A second run within the week checks nothing and mails nothing more.
  expect(await worker.get(LinkHealthSweep).sweep(new Date())).toBe(0);
  const events = (await t.db.query("SELECT count(*)::int AS n FROM outbox_events WHERE name = 'link-health-summary'")) as { n: number }[];
  expect(events[0].n).toBe(1);
});

it("answers 404 for another couple's registry and 401 without signing in", async () => {
  const stranger = await createUser(t);
  await stranger.agent().get(`/api/registries/${registry.id}/link-health`).expect(404);
  await t.http().get(`/api/registries/${registry.id}/link-health`).expect(401);
});

it('writes the summary in the owner’s language (German), with no English sentence left', async () => {
  const german = await createUser(t);
  await t.db.query("UPDATE users SET language = 'de' WHERE id = $1", [german.id]);
  const list = await createRegistry(german, { title: 'Wir heiraten' });
  const item = await createItem(german, list, { name: 'Bräter', url: 'https://shop.example/placeholder' });
  await t.db.query('UPDATE items SET url = $2 WHERE id = $1', [item.id, `${shop.origin}/casserole`]);
  await worker.get(LinkHealthSweep).sweep(new Date());

  const [mail] = await smtp.waitFor(1, (m) => recipients(m).includes(german.email));
  expectWhisperGiftsLayout(mail);
  expect(mail.subject).toBe('Wir heiraten: 1 Geschenk zum Ansehen');
  expect(mail.text).toContain('Wir prüfen die Shop-Links Ihrer Geschenke jede Woche. Bei 1 Geschenk auf Wir heiraten:');
  expect(mail.text).toContain('- Bräter: Laut Shop ist es nicht vorrätig');
  expect(mail.html).toContain('<html lang="de" dir="ltr">');
  expect(mail.html).toContain('Ihre Wunschliste öffnen');
  for (const english of ['Hello', 'We check', 'out of stock', 'Open your gift list', 'Guests do not see']) {
    expect(mail.text).not.toContain(english);
    expect(mail.html).not.toContain(english);
  }
});
