import { randomUUID } from 'node:crypto';
import { derivedToken } from '../src/common/crypto/tokens';
import { createItem, createRegistry, createUser, reservationBody } from './support/factories';
import type { TestItem, TestRegistry, TestUser } from './support/factories';
import { expectMatchesSpec } from './support/openapi-contract';
import { TestApp, countQueries, startTestApp } from './support/test-app';

/**
 * Held reservations: past a registry's rate, or when the couple wants every reservation confirmed, a reservation
 * holds its units until the guest confirms by e-mail, and lapses exactly at its deadline otherwise. No worker runs
 * here: the lapse must come from the reads and writes themselves.
 */
const HOLD_SECONDS = 3;
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ RESERVATION_HOLD_MINUTES: String(HOLD_SECONDS / 60), RESERVATION_HOLD_AFTER: '2', RESERVATION_HOLD_WINDOW_MINUTES: '10' });
});
afterAll(() => t.close());

const PROBLEMS = 'https://whispergifts.com/problems/';
const RESERVE = '/api/public/registries/{slug}/reservations';
const CONFIRM = '/api/public/reservations/confirm/{token}';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const confirmToken = (reservationId: string) => derivedToken(t.config.sessionSecret, 'reservation-confirm', reservationId, 'wgc_');
const confirm = (token: string) => t.http().post(`/api/public/reservations/confirm/${token}`);
const reserve = (registry: TestRegistry, item: TestItem, fields: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  t
    .http()
    .post(`/api/public/registries/${registry.slug}/reservations`)
    .set(headers)
    .send(reservationBody(item.id, { email: `${randomUUID()}@example.com`, ...fields }));
const giftItem = async (registry: TestRegistry, itemId: string) => {
  const response = await t.http().get(`/api/public/registries/${registry.slug}`).expect(200);
  return (response.body.items as { id: string; reserved: number; remaining: number | null }[]).find((i) => i.id === itemId)!;
};
const ownerVersion = async (owner: TestUser, registry: TestRegistry) =>
  (await owner.agent().get(`/api/registries/${registry.id}`).expect(200)).body.version as number;
const statusOf = async (reservationId: string) =>
  (await t.db.query<{ status: string }[]>('SELECT status FROM reservations WHERE id = $1', [reservationId]))[0].status;

async function confirmingRegistry(quantity = 3) {
  const owner = await createUser(t);
  const registry = await createRegistry(owner);
  await owner.agent().patch(`/api/registries/${registry.id}`).send({ guestsConfirmByEmail: true }).expect(200);
  const item = await createItem(owner, registry, { name: 'Linen sheets', quantity });
  return { owner, registry, item };
}

describe('the registry setting guestsConfirmByEmail', () => {
  it('is off by default, and the couple turns it on and off', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    const fresh = await owner.agent().get(`/api/registries/${registry.id}`).expect(200);
    expectMatchesSpec(fresh, 'GET', '/api/registries/{registryId}');
    expect(fresh.body.guestsConfirmByEmail).toBe(false);
    const on = await owner.agent().patch(`/api/registries/${registry.id}`).send({ guestsConfirmByEmail: true }).expect(200);
    expect(on.body.guestsConfirmByEmail).toBe(true);
    expect((await owner.agent().get(`/api/registries/${registry.id}`).expect(200)).body.guestsConfirmByEmail).toBe(true);
    const bad = await owner.agent().patch(`/api/registries/${registry.id}`).send({ guestsConfirmByEmail: 'yes' }).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ pointer: '#/guestsConfirmByEmail' })]);
    const off = await owner.agent().patch(`/api/registries/${registry.id}`).send({ guestsConfirmByEmail: false }).expect(200);
    expect(off.body.guestsConfirmByEmail).toBe(false);
  });

  it('holds every reservation: status held, heldUntil, the units set aside so nobody else takes them', async () => {
    const { owner, registry, item } = await confirmingRegistry(2);
    const before = Date.now();
    const response = await reserve(registry, item, { quantity: 2 }).expect(201);
    expectMatchesSpec(response, 'POST', RESERVE);
    expect(response.body.reservation.status).toBe('held');
    const heldUntil = Date.parse(response.body.reservation.heldUntil as string);
    expect(heldUntil).toBeGreaterThanOrEqual(before + HOLD_SECONDS * 1000 - 50);
    expect(heldUntil).toBeLessThanOrEqual(Date.now() + HOLD_SECONDS * 1000 + 50);
    expect(response.body.item).toMatchObject({ reserved: 2, remaining: 0 });
    expect(await giftItem(registry, item.id)).toMatchObject({ reserved: 2, remaining: 0 });
    const other = await reserve(registry, item).expect(409);
    expect(other.body.type).toBe(`${PROBLEMS}not-enough-remaining`);

    const list = await owner.agent().get(`/api/registries/${registry.id}/reservations`).query({ status: 'held' }).expect(200);
    expectMatchesSpec(list, 'GET', '/api/registries/{registryId}/reservations');
    expect(list.body.reservations).toMatchObject([{ id: response.body.reservation.id, status: 'held', heldUntil: response.body.reservation.heldUntil }]);
  });
});

describe('a hold', () => {
  it('lapses exactly at its deadline: the cached list shows the units again at once, the version has moved, no worker needed', async () => {
    const { owner, registry, item } = await confirmingRegistry(3);
    const held = await reserve(registry, item, { quantity: 2 }).expect(201);
    // Warm every cache layer, and the conditional path, on the list that counts the hold.
    expect(await giftItem(registry, item.id)).toMatchObject({ reserved: 2, remaining: 1 });
    const warm = await t.http().get(`/api/public/registries/${registry.slug}`).expect(200);
    await t
      .http()
      .get(`/api/public/registries/${registry.slug}`)
      .set('if-none-match', warm.headers.etag as string)
      .expect(304);
    const versionWhileHeld = await ownerVersion(owner, registry);

    const deadline = Date.parse(held.body.reservation.heldUntil as string);
    // A second before the deadline (margin for a busy machine) the hold still counts.
    await sleep(Math.max(0, deadline - Date.now() - 1000));
    expect(await giftItem(registry, item.id)).toMatchObject({ reserved: 2, remaining: 1 });
    await sleep(Math.max(0, deadline - Date.now() + 5));

    const conditional = await t
      .http()
      .get(`/api/public/registries/${registry.slug}`)
      .set('if-none-match', warm.headers.etag as string);
    expect(conditional.status).toBe(200);
    expect(conditional.headers.etag).not.toBe(warm.headers.etag);
    expect((conditional.body.items as { id: string }[]).find((i) => i.id === item.id)).toMatchObject({ reserved: 0, remaining: 3 });
    expect(await statusOf(held.body.reservation.id as string)).toBe('lapsed');
    expect(await ownerVersion(owner, registry)).toBeGreaterThan(versionWhileHeld);

    const all = await owner.agent().get(`/api/registries/${registry.id}/reservations`).query({ status: 'all' }).expect(200);
    expect(all.body.reservations).toMatchObject([{ id: held.body.reservation.id, status: 'lapsed' }]);
    // The lapsed units are free for the next guest.
    await reserve(registry, item, { quantity: 3 }).expect(201);
  });

  it('lapses on a write too: a reservation right after the deadline gets the units back', async () => {
    const { registry, item } = await confirmingRegistry(1);
    const held = await reserve(registry, item).expect(201);
    await reserve(registry, item).expect(409);
    await sleep(Math.max(0, Date.parse(held.body.reservation.heldUntil as string) - Date.now() + 5));
    const next = await reserve(registry, item).expect(201);
    expect(next.body.item).toMatchObject({ reserved: 1, remaining: 0 });
    expect(await statusOf(held.body.reservation.id as string)).toBe('lapsed');
  });

  it('adds no query to the list while no hold is due', async () => {
    const { registry, item } = await confirmingRegistry(3);
    await reserve(registry, item).expect(201);
    await t.http().get(`/api/public/registries/${registry.slug}`).expect(200);
    const { queries } = await countQueries(t, () => t.http().get(`/api/public/registries/${registry.slug}`).expect(200));
    expect(queries).toBe(0);
  });
});

describe('confirming a hold', () => {
  it('makes it active (200 with the reservation and the item); it then outlives the deadline; twice is harmless', async () => {
    const { owner, registry, item } = await confirmingRegistry(3);
    const held = await reserve(registry, item, { quantity: 2 }).expect(201);
    const id = held.body.reservation.id as string;
    const before = await ownerVersion(owner, registry);

    const confirmed = await confirm(confirmToken(id)).expect(200);
    expectMatchesSpec(confirmed, 'POST', CONFIRM);
    expect(confirmed.body.reservation).toMatchObject({ id, status: 'active', heldUntil: null, quantity: 2 });
    expect(confirmed.body.item).toMatchObject({ id: item.id, reserved: 2, remaining: 1 });
    expect(await ownerVersion(owner, registry)).toBeGreaterThan(before);
    const [{ n }] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM outbox_events WHERE payload->>'reservationId' = $1 AND name IN ('reservation-confirmation', 'gift-reserved-notice')`,
      [id],
    );
    expect(n).toBe(2);

    await sleep(Math.max(0, Date.parse(held.body.reservation.heldUntil as string) - Date.now() + 20));
    expect(await giftItem(registry, item.id)).toMatchObject({ reserved: 2, remaining: 1 });
    expect((await confirm(confirmToken(id)).expect(200)).body.reservation.status).toBe('active');
    const [{ again }] = await t.db.query<{ again: number }[]>(
      `SELECT count(*)::int AS again FROM outbox_events WHERE payload->>'reservationId' = $1 AND name = 'reservation-confirmation'`,
      [id],
    );
    expect(again).toBe(1);
  });

  it('answers 410 reservation-lapsed after the deadline, and 404 for an unknown token', async () => {
    const { registry, item } = await confirmingRegistry(3);
    const held = await reserve(registry, item).expect(201);
    await sleep(Math.max(0, Date.parse(held.body.reservation.heldUntil as string) - Date.now() + 5));
    const lapsed = await confirm(confirmToken(held.body.reservation.id as string)).expect(410);
    expectMatchesSpec(lapsed, 'POST', CONFIRM);
    expect(lapsed.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(lapsed.body.type).toBe(`${PROBLEMS}reservation-lapsed`);
    expect(await statusOf(held.body.reservation.id as string)).toBe('lapsed');
    expect(await giftItem(registry, item.id)).toMatchObject({ reserved: 0, remaining: 3 });

    const unknown = await confirm('wgc_nope').expect(404);
    expectMatchesSpec(unknown, 'POST', CONFIRM);
    await confirm('x'.repeat(100)).expect(404);
  });

  it('answers 410 reservation-cancelled once the guest undid it', async () => {
    const { registry, item } = await confirmingRegistry(3);
    const held = await reserve(registry, item).expect(201);
    await t
      .http()
      .delete(`/api/public/reservations/${held.body.undoToken as string}`)
      .expect(200);
    expect(await giftItem(registry, item.id)).toMatchObject({ reserved: 0 });
    const refused = await confirm(confirmToken(held.body.reservation.id as string)).expect(410);
    expect(refused.body.type).toBe(`${PROBLEMS}reservation-cancelled`);
  });

  it('a held reservation the couple releases gives its units back and cannot be confirmed', async () => {
    const { owner, registry, item } = await confirmingRegistry(3);
    const held = await reserve(registry, item, { quantity: 3 }).expect(201);
    await owner
      .agent()
      .delete(`/api/registries/${registry.id}/reservations/${held.body.reservation.id as string}`)
      .expect(204);
    expect(await giftItem(registry, item.id)).toMatchObject({ reserved: 0, remaining: 3 });
    await confirm(confirmToken(held.body.reservation.id as string)).expect(410);
    const [{ holds_expire_at }] = await t.db.query<{ holds_expire_at: Date | null }[]>('SELECT holds_expire_at FROM registries WHERE id = $1', [registry.id]);
    expect(holds_expire_at).toBeNull();
  });
});

describe('the invariant with holds', () => {
  it('sets aside exactly what is wanted when many guests race for held units', async () => {
    const { registry, item } = await confirmingRegistry(3);
    const responses = await Promise.all(Array.from({ length: 12 }, () => reserve(registry, item)));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(3);
    expect(responses.filter((r) => r.status === 409)).toHaveLength(9);
    const [{ reserved_quantity }] = await t.db.query<{ reserved_quantity: number }[]>('SELECT reserved_quantity FROM items WHERE id = $1', [item.id]);
    expect(reserved_quantity).toBe(3);
  });
});

describe('the per-registry rate', () => {
  it('holds new reservations once the registry has had RESERVATION_HOLD_AFTER (2) in the window', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    const item = await createItem(owner, registry, { quantity: null });
    expect((await reserve(registry, item).expect(201)).body.reservation).toMatchObject({ status: 'active', heldUntil: null });
    expect((await reserve(registry, item).expect(201)).body.reservation).toMatchObject({ status: 'active', heldUntil: null });
    const third = await reserve(registry, item).expect(201);
    expect(third.body.reservation.status).toBe('held');
    expect(third.body.reservation.heldUntil).toEqual(expect.any(String));
    // Another registry is not affected.
    const quiet = await createRegistry(owner);
    const quietItem = await createItem(owner, quiet);
    expect((await reserve(quiet, quietItem).expect(201)).body.reservation.status).toBe('active');
  });

  it('counts the reservations committed while it waited for the lock: of 12 sent at once, exactly 2 are active', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    const item = await createItem(owner, registry, { quantity: null });
    const responses = await Promise.all(Array.from({ length: 12 }, () => reserve(registry, item)));
    expect(responses.map((r) => r.status)).toEqual(Array.from({ length: 12 }, () => 201));
    const statuses = responses.map((r) => r.body.reservation.status as string).sort();
    expect(statuses).toEqual([...Array.from({ length: 2 }, () => 'active'), ...Array.from({ length: 10 }, () => 'held')]);
  });

  it('answers a retried held reservation (same Idempotency-Key) with the same hold', async () => {
    const { registry, item } = await confirmingRegistry(3);
    const key = randomUUID();
    const first = await reserve(registry, item, { email: 'retry@example.com' }, { 'idempotency-key': key }).expect(201);
    const replay = await reserve(registry, item, { email: 'retry@example.com' }, { 'idempotency-key': key }).expect(201);
    expect(replay.body.reservation).toEqual(first.body.reservation);
    expect(await giftItem(registry, item.id)).toMatchObject({ reserved: 1 });
  });
});
