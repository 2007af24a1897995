import { Redis } from 'ioredis';
import { randomBytes, randomUUID } from 'node:crypto';
import { sha256 } from '../src/common/crypto/tokens';
import { GuestMailCaps } from '../src/mail/guest-mail-caps';
import { TEST_REDIS_URL } from './support/databases';
import { TestUser, createItem, createRegistry, createUser, reservationBody } from './support/factories';
import { expectWhisperGiftsLayout } from './support/mail';
import type { SmtpSink } from './support/smtp-sink';
import type { TestApp } from './support/test-app';
import { MailWorld, startMailWorld } from './support/test-worker';

/**
 * Issue 11, item 2: confirmation e-mails go to any address a guest types. They are capped per address across the
 * service per day and per registry per hour (counted once per job, in the shared Redis); a capped message is not
 * sent but the reservation stands; unverified couples' shop links never reach a guest.
 */
let smtp: SmtpSink;
let t: TestApp;
let world: MailWorld;
beforeAll(async () => {
  world = await startMailWorld({ GUEST_MAIL_PER_ADDRESS_PER_DAY: '2', GUEST_MAIL_PER_REGISTRY_PER_HOUR: '3' });
  ({ smtp, t } = world);
});
afterAll(() => world.close());

const uniqueEmail = (name: string) => `${name}-${randomBytes(3).toString('hex')}@example.com`;

async function reserve(slug: string, itemId: string, email: string) {
  return t.http().post(`/api/public/registries/${slug}/reservations`).send(reservationBody(itemId, { email })).expect(201);
}

interface Delivery {
  recipients: string;
  suppressed: string | null;
}

/** Waits until the worker has dealt with `count` confirmation jobs to these addresses (sent or suppressed). */
async function confirmationsHandled(addresses: string[], count: number): Promise<Delivery[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const rows = (await t.db.query(
      `SELECT recipients, suppressed FROM email_deliveries WHERE template = 'reservation-confirmation' AND recipients = ANY($1) ORDER BY sent_at`,
      [addresses],
    )) as Delivery[];
    if (rows.length >= count || Date.now() > deadline) return rows;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until at least `count` couple notices were sent (or 15 s passed), and says how many were. */
async function noticesSent(count: number): Promise<number> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM email_deliveries WHERE template = 'gift-reserved-notice' AND suppressed IS NULL`)) as {
      n: number;
    }[];
    if (n >= count || Date.now() > deadline) return n;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function giftOf(owner: TestUser, fields: Record<string, unknown> = {}) {
  const registry = await createRegistry(owner);
  const item = await createItem(owner, registry, { quantity: null, ...fields });
  return { registry, item };
}

const confirmationsTo = (address: string) => smtp.to(address).filter((m) => m.subject?.startsWith('You reserved'));

describe('guest confirmation caps', () => {
  it('sends one address at most GUEST_MAIL_PER_ADDRESS_PER_DAY confirmations across all registries; every reservation still succeeds', async () => {
    const target = uniqueEmail('victim');
    const gifts = await Promise.all([1, 2, 3].map(async () => giftOf(await createUser(t, { verified: true }))));
    // Three couples, one address typed (in any case): the third confirmation is over the cap of 2.
    for (const [i, { registry, item }] of gifts.entries()) await reserve(registry.slug, item.id, i === 1 ? target.toUpperCase() : target);

    const rows = await confirmationsHandled([target], 3);
    expect(rows.map((r) => r.suppressed).sort()).toEqual([null, null, 'recipient-daily-cap'].sort());
    expect(confirmationsTo(target)).toHaveLength(2);
    // The reservations all stand, and each couple still hears about theirs.
    for (const { registry } of gifts) {
      const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM reservations WHERE registry_id = $1 AND status = 'active'`, [registry.id])) as {
        n: number;
      }[];
      expect(n).toBe(1);
    }
    // The notices are jobs of their own: the confirmations being handled says nothing about them, so wait for them too.
    expect(await noticesSent(3)).toBeGreaterThanOrEqual(3);
  });

  it('sends at most GUEST_MAIL_PER_REGISTRY_PER_HOUR guest e-mails for one registry', async () => {
    const { registry, item } = await giftOf(await createUser(t, { verified: true }));
    const guests = [1, 2, 3, 4].map((i) => uniqueEmail(`guest${i}`));
    for (const guest of guests) await reserve(registry.slug, item.id, guest);

    const rows = await confirmationsHandled(guests, 4);
    expect(rows.map((r) => r.suppressed).sort()).toEqual([null, null, null, 'registry-hourly-cap'].sort());
    expect(guests.flatMap(confirmationsTo)).toHaveLength(3);
    // Another registry has its own hour.
    const other = await giftOf(await createUser(t, { verified: true }));
    const fifth = uniqueEmail('guest5');
    await reserve(other.registry.slug, other.item.id, fifth);
    await smtp.waitFor(1, (m) => confirmationsTo(fifth).includes(m));
  });

  it('counts a job once however often it runs, and counts right across processes', async () => {
    const caps = world.worker.get(GuestMailCaps);
    const registryId = randomUUID();
    const address = uniqueEmail('retried');
    const addressKey = (a: string) => `${t.config.redisKeyPrefix}guest-mail:address:${sha256(a)}:${Math.floor(Date.now() / 86_400_000)}`;

    // A retried job (same id) gets its first decision back and is not counted again.
    expect(await caps.decide('job-1', registryId, [address])).toBe('send');
    expect(await caps.decide('job-1', registryId, [address])).toBe('send');
    expect(await t.redis.get(addressKey(address))).toBe('1');
    expect(await caps.decide('job-2', registryId, [address])).toBe('send');
    expect(await caps.decide('job-3', registryId, [address])).toBe('recipient-daily-cap');
    expect(await caps.decide('job-3', registryId, [address])).toBe('recipient-daily-cap');
    expect(await t.redis.get(addressKey(address))).toBe('2');

    // Two processes (two Redis connections) deciding at once share one count: exactly the cap is sent.
    const other = new Redis(TEST_REDIS_URL);
    try {
      const secondProcess = new GuestMailCaps(other, t.config);
      const burst = uniqueEmail('burst');
      const decisions = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? caps : secondProcess).decide(`burst-${i}`, randomUUID(), [burst])));
      expect(decisions.filter((d) => d === 'send')).toHaveLength(2);
      expect(await t.redis.get(addressKey(burst))).toBe('2');
    } finally {
      other.disconnect();
    }
  });
});

describe('shop links in guest e-mails', () => {
  it("leaves the shop link out while the couple's address is unverified, pointing to the couple's list instead", async () => {
    const owner = await createUser(t);
    const { registry, item } = await giftOf(owner, { name: 'Spam kettle', url: 'https://shop.example/spam' });
    const guest = uniqueEmail('unverified-shop');
    await reserve(registry.slug, item.id, guest);
    const [mail] = await smtp.waitFor(1, (m) => confirmationsTo(guest).includes(m));
    expectWhisperGiftsLayout(mail);
    expect(mail.text).not.toContain('shop.example');
    expect(mail.html).not.toContain('shop.example');
    expect(mail.text).toContain('the couple’s list');
    expect(mail.html).toMatch(new RegExp(`<a href="${t.config.publicUrl}/r/${registry.slug}"[^>]*>the couple’s list</a>`));
  });

  it('carries the shop link once every owner has verified their address', async () => {
    const owner = await createUser(t, { verified: true });
    const { registry, item } = await giftOf(owner, { name: 'Honest kettle', url: 'https://shop.example/kettle' });
    const guest = uniqueEmail('verified-shop');
    await reserve(registry.slug, item.id, guest);
    const [mail] = await smtp.waitFor(1, (m) => confirmationsTo(guest).includes(m));
    expect(mail.text).toContain('https://shop.example/kettle');
    expect(mail.html).toContain('href="https://shop.example/kettle"');
  });
});
