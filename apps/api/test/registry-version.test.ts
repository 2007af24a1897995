import { derivedToken } from '../src/common/crypto/tokens';
import { guestPageUrl } from '../src/guests/guest-links';
import { reminderToken } from '../src/reminders/reminder-links';
import { FAKE_SECRET_KEY, FAKE_WEBHOOK_SECRET, signStripeEvent } from './support/fake-stripe';
import { createItem, createRegistry, createUser, pledgeBody, reservationBody, TestItem, TestRegistry, TestUser } from './support/factories';
import { smallWebp, temporaryMediaDir } from './support/image-fixtures';
import { TestDnsServer } from './support/dns-server';
import { setPlan } from './support/plans';
import { routeTable } from './support/routes';
import { ShopFixtures, startShopFixtures } from './support/shop-fixtures';
import { TestApp, startTestApp } from './support/test-app';

/**
 * Caches key on registry.version (DESIGN.md §4), so every write to a registry, its items or its reservations
 * must bump it. This test is driven by the route table: a new write endpoint without a case here fails it.
 */
let t: TestApp;
let media: Awaited<ReturnType<typeof temporaryMediaDir>>;
let dns: TestDnsServer;
let shop: ShopFixtures;
beforeAll(async () => {
  media = await temporaryMediaDir();
  dns = await TestDnsServer.start();
  shop = await startShopFixtures();
  // Stripe's events are verified here without calling Stripe, so no fake API is needed.
  t = await startTestApp({
    MEDIA_DIR: media.path,
    DNS_RESOLVER: dns.address,
    IMPORT_ALLOWED_HOSTS: `localhost:${shop.port}`,
    STRIPE_SECRET_KEY: FAKE_SECRET_KEY,
    STRIPE_WEBHOOK_SECRET: FAKE_WEBHOOK_SECRET,
  });
});
afterAll(async () => {
  await t.close();
  await dns.close();
  await shop.close();
  await media.remove();
});

interface World {
  owner: TestUser;
  registry: TestRegistry;
  item: TestItem;
}

/**
 * Writes that do not touch a registry's data: accounts, tokens, unlocking (which only marks the guest's session),
 * and sharing invitations (no representation of the registry shows them; invitation-emails.test.ts checks the version stays).
 */
const NOT_REGISTRY_WRITES = [
  'POST /api/auth/signup',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'POST /api/auth/verify-email',
  'POST /api/auth/verify-email/resend',
  'POST /api/auth/password-reset',
  'POST /api/auth/password-reset/confirm',
  'POST /api/registries/{registryId}/invitations',
  'POST /api/me/tokens',
  // The account's own language: the user's row, not a registry's.
  'PATCH /api/me',
  'DELETE /api/me/tokens/{tokenId}',
  'POST /api/public/registries/{slug}/unlock',
  'POST /api/admin/metrics/runs',
  // An account's verification, state and role: no representation of a registry shows them.
  'PATCH /api/admin/users/{userId}',
  // E-mails a guest their page's link; nothing of the registry changes.
  'POST /api/public/registries/{slug}/guest-link',
  // Stops reminders to one address (a row of its own that no representation of the registry shows).
  'POST /api/public/reminders/{token}/unsubscribe',
  // Relays a browser's error report to Sentry; nothing of ours is written.
  'POST /api/errors',
  // Makes an order and a Stripe Checkout Session; the plan (and so the registry) changes with Stripe's event, below.
  'POST /api/registries/{registryId}/checkout',
  // Asks Stripe for a refund; the plan goes down with Stripe's charge.refunded event (the webhook, below).
  'POST /api/admin/orders/{orderId}/refund',
  // Starts a render of printable cards: a row of its own, which no representation of the registry shows.
  'POST /api/registries/{registryId}/guest-cards',
  // Reads a shop's page and suggests fields; saves nothing (the couple then adds the item with POST …/items).
  'POST /api/registries/{registryId}/items/from-url',
];

/** A registry on Standard with a custom domain claimed (not verified yet); its TXT record published when `publish`. */
async function claimedDomain({ owner, registry }: World, publish = false) {
  await setPlan(t, registry.id, 'standard');
  const domain = `gifts-${registry.slug}.example.com`;
  const claimed = await owner.agent().put(`/api/registries/${registry.id}/custom-domain`).send({ domain }).expect(200);
  const [txt] = claimed.body.records as { name: string; value: string }[];
  if (publish) dns.setTxt(txt.name, txt.value);
  return { domain };
}

/** A guest's reservation and the token of their own page. */
async function guestWithReservation({ registry, item }: World) {
  const reserved = await t.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(item.id)).expect(201);
  const token = guestPageUrl(t.config, registry.id, reservationBody(item.id).email).split('/').pop()!;
  return { reservationId: reserved.body.reservation.id as string, token };
}

async function guestWithPledge({ owner, registry }: World) {
  const fund = await createItem(owner, registry, { name: 'Honeymoon', kind: 'fund' });
  const pledged = await t.http().post(`/api/public/registries/${registry.slug}/pledges`).send(pledgeBody(fund.id)).expect(201);
  const token = guestPageUrl(t.config, registry.id, 'may@example.com').split('/').pop()!;
  return { pledgeId: pledged.body.pledge.id as string, token };
}

/** Runs `write` after `setUp`, reporting the version in between (setting up writes too). */
function after<T>(setUp: (w: World) => Promise<T>, write: (w: World, made: T) => Promise<unknown>) {
  return async (w: World) => {
    const made = await setUp(w);
    const before = await versionOf(w.owner, w.registry);
    await write(w, made);
    return { before };
  };
}

const WRITES: Record<string, (w: World) => Promise<unknown>> = {
  'POST /api/registries': () => Promise.resolve(), // creates the registry at version 1; nothing to bump
  'PATCH /api/registries/{registryId}': ({ owner, registry }) =>
    owner.agent().patch(`/api/registries/${registry.id}`).send({ title: 'A new title' }).expect(200),
  'DELETE /api/registries/{registryId}': () => Promise.resolve(), // the row is gone with its version; readers get 404
  'POST /api/registries/{registryId}/partner-invitations': ({ owner, registry }) =>
    owner.agent().post(`/api/registries/${registry.id}/partner-invitations`).send({ email: 'partner@example.com' }).expect(201),
  'POST /api/partner-invitations/{token}/accept': async ({ owner, registry }) => {
    const partner = await createUser(t, { verified: true });
    const token = await invitePartner(owner, registry, partner);
    const before = await versionOf(owner, registry);
    await partner.agent().post(`/api/partner-invitations/${token}/accept`).expect(200);
    return { before };
  },
  'DELETE /api/registries/{registryId}/owners/{userId}': async ({ owner, registry }) => {
    const partner = await createUser(t, { verified: true });
    await partner
      .agent()
      .post(`/api/partner-invitations/${await invitePartner(owner, registry, partner)}/accept`)
      .expect(200);
    const before = await versionOf(owner, registry);
    await owner.agent().delete(`/api/registries/${registry.id}/owners/${partner.id}`).expect(204);
    return { before };
  },
  'POST /api/payments/stripe/webhook': async ({ owner, registry }) => {
    const [{ id }] = (await t.db.query(
      `INSERT INTO orders (registry_id, user_id, plan, previous_plan, amount, currency, stripe_session_id)
       VALUES ($1, $2, 'standard', 'free', 4900, 'EUR', 'cs_test_version') RETURNING id`,
      [registry.id, owner.id],
    )) as { id: string }[];
    const session = {
      id: 'cs_test_version',
      object: 'checkout.session',
      amount_total: 4900,
      currency: 'eur',
      payment_status: 'paid',
      payment_intent: 'pi_test_version',
    };
    const body = JSON.stringify({
      id: `evt_test_version_${id}`,
      object: 'event',
      type: 'checkout.session.completed',
      data: { object: { ...session, metadata: { orderId: id, registryId: registry.id } } },
    });
    const before = await versionOf(owner, registry);
    await t
      .http()
      .post('/api/payments/stripe/webhook')
      .set('content-type', 'application/json')
      .set('stripe-signature', signStripeEvent(body))
      .send(body)
      .expect(200);
    expect((await owner.agent().get(`/api/registries/${registry.id}`).expect(200)).body.plan).toBe('standard');
    return { before };
  },
  'POST /api/registries/{registryId}/items': ({ owner, registry }) =>
    owner.agent().post(`/api/registries/${registry.id}/items`).send({ name: 'Another gift' }).expect(201),
  'PATCH /api/registries/{registryId}/items/{itemId}': ({ owner, registry, item }) =>
    owner.agent().patch(`/api/registries/${registry.id}/items/${item.id}`).send({ priority: 'high' }).expect(200),
  'DELETE /api/registries/{registryId}/items/{itemId}': async ({ owner, registry }) => {
    const doomed = await createItem(owner, registry);
    const before = await versionOf(owner, registry);
    await owner.agent().delete(`/api/registries/${registry.id}/items/${doomed.id}`).expect(204);
    return { before };
  },
  'PUT /api/registries/{registryId}/items/order': async ({ owner, registry, item }) => {
    const other = await createItem(owner, registry);
    const before = await versionOf(owner, registry);
    await owner
      .agent()
      .put(`/api/registries/${registry.id}/items/order`)
      .send({ itemIds: [other.id, item.id] })
      .expect(200);
    return { before };
  },
  // A committed import (dryRun=false): every row in one transaction, one bump. A dry run writes nothing.
  'POST /api/registries/{registryId}/items/import': ({ owner, registry }) =>
    owner
      .agent()
      .post(`/api/registries/${registry.id}/items/import?dryRun=false`)
      .attach('file', Buffer.from('name\r\nKettle\r\nLamp\r\n'), 'gifts.csv')
      .expect(200),
  'POST /api/registries/{registryId}/items/starter-ideas': ({ owner, registry }) =>
    owner
      .agent()
      .post(`/api/registries/${registry.id}/items/starter-ideas`)
      .send({ ideaIds: ['kitchen.toaster'] })
      .expect(200),
  'PUT /api/registries/{registryId}/items/{itemId}/image': async ({ owner, registry, item }) =>
    owner
      .agent()
      .put(`/api/registries/${registry.id}/items/${item.id}/image`)
      .attach('file', await smallWebp(), 'gift.webp')
      .expect(200),
  'PUT /api/registries/{registryId}/items/{itemId}/image/from-url': ({ owner, registry, item }) =>
    owner
      .agent()
      .put(`/api/registries/${registry.id}/items/${item.id}/image/from-url`)
      .send({ url: `${shop.origin}/images/toaster.png` })
      .expect(200),
  'DELETE /api/registries/{registryId}/items/{itemId}/image': ({ owner, registry, item }) =>
    owner.agent().delete(`/api/registries/${registry.id}/items/${item.id}/image`).expect(200),
  'PUT /api/registries/{registryId}/header-image': async ({ owner, registry }) =>
    owner
      .agent()
      .put(`/api/registries/${registry.id}/header-image`)
      .attach('file', await smallWebp(), 'header.webp')
      .expect(200),
  'DELETE /api/registries/{registryId}/header-image': ({ owner, registry }) => owner.agent().delete(`/api/registries/${registry.id}/header-image`).expect(200),
  'POST /api/public/registries/{slug}/reservations': ({ registry, item }) =>
    t.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(item.id)).expect(201),
  'DELETE /api/public/reservations/{token}': async ({ owner, registry, item }) => {
    const reserved = await t.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(item.id)).expect(201);
    const before = await versionOf(owner, registry);
    await t
      .http()
      .delete(`/api/public/reservations/${reserved.body.undoToken as string}`)
      .expect(200);
    return { before };
  },
  'POST /api/public/reservations/confirm/{token}': async ({ owner, registry, item }) => {
    await owner.agent().patch(`/api/registries/${registry.id}`).send({ guestsConfirmByEmail: true }).expect(200);
    const held = await t.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(item.id)).expect(201);
    const before = await versionOf(owner, registry);
    const token = derivedToken(t.config.sessionSecret, 'reservation-confirm', held.body.reservation.id as string, 'wgc_');
    await t.http().post(`/api/public/reservations/confirm/${token}`).expect(200);
    return { before };
  },
  'DELETE /api/registries/{registryId}/reservations/{reservationId}': async ({ owner, registry, item }) => {
    const reserved = await t.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(item.id)).expect(201);
    const before = await versionOf(owner, registry);
    await owner
      .agent()
      .delete(`/api/registries/${registry.id}/reservations/${reserved.body.reservation.id as string}`)
      .expect(204);
    return { before };
  },
  'POST /api/public/registries/{slug}/pledges': async ({ owner, registry }) => {
    const fund = await createItem(owner, registry, { name: 'Honeymoon', kind: 'fund' });
    const before = await versionOf(owner, registry);
    await t.http().post(`/api/public/registries/${registry.slug}/pledges`).send(pledgeBody(fund.id)).expect(201);
    return { before };
  },
  'DELETE /api/public/pledges/{token}': async ({ owner, registry }) => {
    const fund = await createItem(owner, registry, { name: 'Honeymoon', kind: 'fund' });
    const pledged = await t.http().post(`/api/public/registries/${registry.slug}/pledges`).send(pledgeBody(fund.id)).expect(201);
    const before = await versionOf(owner, registry);
    await t
      .http()
      .delete(`/api/public/pledges/${pledged.body.undoToken as string}`)
      .expect(200);
    return { before };
  },
  'PATCH /api/registries/{registryId}/pledges/{pledgeId}': async ({ owner, registry }) => {
    const fund = await createItem(owner, registry, { name: 'Honeymoon', kind: 'fund' });
    const pledged = await t.http().post(`/api/public/registries/${registry.slug}/pledges`).send(pledgeBody(fund.id)).expect(201);
    const before = await versionOf(owner, registry);
    await owner
      .agent()
      .patch(`/api/registries/${registry.id}/pledges/${pledged.body.pledge.id as string}`)
      .send({ status: 'received' })
      .expect(200);
    return { before };
  },
  'PATCH /api/admin/registries/{registryId}': async ({ registry }) => {
    const admin = await createUser(t, { role: 'admin' });
    await admin.agent().patch(`/api/admin/registries/${registry.id}`).send({ suspended: true, suspendedReason: 'Spam' }).expect(200);
  },
  'DELETE /api/me': () => Promise.resolve(), // deletes the registries owned alone; a co-owned one's bump: account-data.test.ts
  'DELETE /api/public/guests/{token}': after(guestWithReservation, (_w, { token }) => t.http().delete(`/api/public/guests/${token}`).expect(204)),
  'PATCH /api/public/guests/{token}/reservations/{reservationId}': after(guestWithReservation, (_w, { token, reservationId }) =>
    t.http().patch(`/api/public/guests/${token}/reservations/${reservationId}`).send({ bought: true }).expect(200),
  ),
  'DELETE /api/public/guests/{token}/reservations/{reservationId}': after(guestWithReservation, (_w, { token, reservationId }) =>
    t
      .http()
      .delete(`/api/public/guests/${token}/reservations/${reservationId}`)
      .expect((r) => expect(r.status).toBeLessThan(300)),
  ),
  'PATCH /api/public/guests/{token}/pledges/{pledgeId}': after(guestWithPledge, (_w, { token, pledgeId }) =>
    t.http().patch(`/api/public/guests/${token}/pledges/${pledgeId}`).send({ bought: true }).expect(200),
  ),
  'DELETE /api/public/guests/{token}/pledges/{pledgeId}': after(guestWithPledge, (_w, { token, pledgeId }) =>
    t
      .http()
      .delete(`/api/public/guests/${token}/pledges/${pledgeId}`)
      .expect((r) => expect(r.status).toBeLessThan(300)),
  ),
  'PUT /api/public/guests/{token}/address': after(guestWithReservation, (_w, { token }) =>
    t
      .http()
      .put(`/api/public/guests/${token}/address`)
      .send({ address: '1 Main St' })
      .expect((r) => expect(r.status).toBeLessThan(300)),
  ),
  'POST /api/public/reminders/{token}/bought': after(guestWithReservation, (_w, { reservationId }) =>
    t
      .http()
      .post(`/api/public/reminders/${reminderToken(t.config.sessionSecret, reservationId)}/bought`)
      .expect(200),
  ),
  'POST /api/public/reminders/{token}/release': after(guestWithReservation, (_w, { reservationId }) =>
    t
      .http()
      .post(`/api/public/reminders/${reminderToken(t.config.sessionSecret, reservationId)}/release`)
      .expect(200),
  ),
  // Claiming or removing a domain changes which one the registry routes (customDomain); a verification routes it.
  'PUT /api/registries/{registryId}/custom-domain': after(
    ({ registry }) => setPlan(t, registry.id, 'standard'),
    ({ owner, registry }) =>
      owner
        .agent()
        .put(`/api/registries/${registry.id}/custom-domain`)
        .send({ domain: `gifts-${registry.slug}.example.com` })
        .expect(200),
  ),
  'DELETE /api/registries/{registryId}/custom-domain': after(claimedDomain, ({ owner, registry }) =>
    owner.agent().delete(`/api/registries/${registry.id}/custom-domain`).expect(204),
  ),
  'POST /api/registries/{registryId}/custom-domain/verify': after(
    (w) => claimedDomain(w, true),
    async ({ owner, registry }) => {
      const verified = await owner.agent().post(`/api/registries/${registry.id}/custom-domain/verify`).expect(200);
      expect(verified.body.status).toBe('verified');
    },
  ),
  'PATCH /api/registries/{registryId}/owners/me': ({ owner, registry }) =>
    owner.agent().patch(`/api/registries/${registry.id}/owners/me`).send({ notify: 'digest' }).expect(200),
  'POST /api/registries/{registryId}/items/{itemId}/withdraw': after(guestWithReservation, ({ owner, registry, item }) =>
    owner
      .agent()
      .post(`/api/registries/${registry.id}/items/${item.id}/withdraw`)
      .expect((r) => expect(r.status).toBeLessThan(300)),
  ),
  'POST /api/registries/{registryId}/tracker': ({ owner, registry }) =>
    owner.agent().post(`/api/registries/${registry.id}/tracker`).send({ giver: 'Grandma', description: 'A quilt' }).expect(201),
  'PATCH /api/registries/{registryId}/tracker/{entryId}': after(guestWithReservation, ({ owner, registry }, { reservationId }) =>
    owner.agent().patch(`/api/registries/${registry.id}/tracker/r-${reservationId}`).send({ received: true }).expect(200),
  ),
  'POST /api/registries/{registryId}/tracker/thanked': after(guestWithReservation, ({ owner, registry }, { reservationId }) =>
    owner
      .agent()
      .post(`/api/registries/${registry.id}/tracker/thanked`)
      .send({ entryIds: [`r-${reservationId}`] })
      .expect(200),
  ),
  'DELETE /api/registries/{registryId}/tracker/{entryId}': after(
    async ({ owner, registry }) =>
      (await owner.agent().post(`/api/registries/${registry.id}/tracker`).send({ giver: 'Grandma', description: 'A quilt' }).expect(201)).body.id as string,
    ({ owner, registry }, entryId) => owner.agent().delete(`/api/registries/${registry.id}/tracker/${entryId}`).expect(204),
  ),
};

async function invitePartner(owner: TestUser, registry: TestRegistry, partner: TestUser): Promise<string> {
  const invitation = await owner.agent().post(`/api/registries/${registry.id}/partner-invitations`).send({ email: partner.email }).expect(201);
  return (invitation.body.acceptUrl as string).split('/').pop()!;
}

async function versionOf(owner: TestUser, registry: TestRegistry): Promise<number> {
  const response = await owner.agent().get(`/api/registries/${registry.id}`).expect(200);
  return response.body.version as number;
}

async function freshWorld(): Promise<World> {
  // Verified: inviting a partner needs it.
  const owner = await createUser(t, { verified: true });
  const registry = await createRegistry(owner);
  const item = await createItem(owner, registry, { quantity: null });
  return { owner, registry, item };
}

describe('registry version', () => {
  it('has a case for every write endpoint', () => {
    const writes = routeTable(t.app)
      .filter((r) => r.method !== 'GET')
      .map((r) => `${r.method} ${r.path}`)
      .filter((r) => !NOT_REGISTRY_WRITES.includes(r));
    expect(writes.sort()).toEqual(Object.keys(WRITES).sort());
  });

  const bumping = Object.entries(WRITES).filter(
    ([route]) => !['POST /api/registries', 'DELETE /api/registries/{registryId}', 'DELETE /api/me'].includes(route),
  );
  it.each(bumping)('%s bumps it, with updated_at', async (_route, write) => {
    const world = await freshWorld();
    const start = await versionOf(world.owner, world.registry);
    const [{ updated_at: updatedBefore }] = (await t.db.query('SELECT updated_at FROM registries WHERE id = $1', [world.registry.id])) as {
      updated_at: Date;
    }[];
    const result = (await write(world)) as { before?: number } | undefined;
    const before = result && 'before' in result && typeof result.before === 'number' ? result.before : start;
    const after = await versionOf(world.owner, world.registry);
    expect(after).toBeGreaterThan(before);
    const [{ updated_at: updatedAfter }] = (await t.db.query('SELECT updated_at FROM registries WHERE id = $1', [world.registry.id])) as { updated_at: Date }[];
    expect(updatedAfter.getTime()).toBeGreaterThan(updatedBefore.getTime());
  });

  it('does not move when a write is refused', async () => {
    const world = await freshWorld();
    const limited = await createItem(world.owner, world.registry, { quantity: 1 });
    await t.http().post(`/api/public/registries/${world.registry.slug}/reservations`).send(reservationBody(limited.id)).expect(201);
    const before = await versionOf(world.owner, world.registry);
    await t.http().post(`/api/public/registries/${world.registry.slug}/reservations`).send(reservationBody(limited.id)).expect(409);
    await world.owner.agent().patch(`/api/registries/${world.registry.id}/items/${limited.id}`).send({ quantity: null, priceMin: 10, priceMax: 5 }).expect(400);
    await world.owner.agent().delete(`/api/registries/${world.registry.id}/items/${limited.id}`).expect(409);
    expect(await versionOf(world.owner, world.registry)).toBe(before);
  });

  it('is not bumped by another couple, who cannot see the registry at all', async () => {
    const world = await freshWorld();
    const stranger = await createUser(t);
    const before = await versionOf(world.owner, world.registry);
    await stranger.agent().patch(`/api/registries/${world.registry.id}`).send({ title: 'Mine now' }).expect(404);
    await stranger.agent().delete(`/api/registries/${world.registry.id}`).expect(404);
    expect(await versionOf(world.owner, world.registry)).toBe(before);
  });
});
