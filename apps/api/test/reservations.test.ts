import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { sha256 } from '../src/common/crypto/tokens';
import { TestItem, TestRegistry, TestUser, createItem, createRegistry, createUser, reservationBody } from './support/factories';
import { expectMatchesSpec } from './support/openapi-contract';
import { TestApp, startTestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  // The races below are many guests at once, all from 127.0.0.1, faster than the per-registry rate: limits and
  // holds are tested in reservation-limits.test.ts and reservation-holds.test.ts.
  t = await startTestApp({ RATE_LIMIT_RESERVATION_IP: '1000/3600', RESERVATION_HOLD_AFTER: '1000' });
});
afterAll(() => t.close());

const PROBLEMS = 'https://whispergifts.com/problems/';
const RESERVE = '/api/public/registries/{slug}/reservations';
const UNDO = '/api/public/reservations/{token}';
const OWNER_LIST = '/api/registries/{registryId}/reservations';

const reserve = (slug: string, body: Record<string, unknown>, agent = t.http()) => agent.post(`/api/public/registries/${slug}/reservations`).send(body);
const undo = (token: string) => t.http().delete(`/api/public/reservations/${token}`);
const ownerList = (owner: TestUser, registry: TestRegistry, query: Record<string, string | number> = {}) =>
  owner.agent().get(`/api/registries/${registry.id}/reservations`).query(query);

async function setUp(itemFields: Record<string, unknown> = {}, registryFields: Record<string, unknown> = {}) {
  const owner = await createUser(t);
  const registry = await createRegistry(owner, registryFields);
  const item = await createItem(owner, registry, itemFields);
  return { owner, registry, item };
}

async function ownerVersion(owner: TestUser, registry: TestRegistry): Promise<number> {
  const response = await owner.agent().get(`/api/registries/${registry.id}`).expect(200);
  return response.body.version as number;
}

async function reservedQuantity(item: TestItem): Promise<number> {
  const [row] = await t.db.query<{ reserved_quantity: number }[]>('SELECT reserved_quantity FROM items WHERE id = $1', [item.id]);
  return row.reserved_quantity;
}

async function countReservations(registry: TestRegistry, status?: 'active' | 'cancelled'): Promise<number> {
  const [row] = await t.db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM reservations WHERE registry_id = $1 AND ($2::text IS NULL OR status = $2)', [
    registry.id,
    status ?? null,
  ]);
  return row.n;
}

function expectProblem(response: Response, type: string) {
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body.type).toBe(PROBLEMS + type);
}

const pointers = (response: Response) => (response.body.errors as { pointer: string }[]).map((e) => e.pointer).sort();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('reserving a gift', () => {
  it('reserves, answers with the reservation and an undo link, and records the guest', async () => {
    const { registry, item } = await setUp({ name: 'Teapot', quantity: 2 });
    const response = await reserve(
      registry.slug,
      reservationBody(item.id, { name: '  Aunt May ', email: ' May@Example.COM ', message: 'Congratulations!' }),
    ).expect(201);
    expectMatchesSpec(response, 'POST', RESERVE);

    const { reservation, undoToken, undoUrl } = response.body as { reservation: Record<string, unknown>; undoToken: string; undoUrl: string };
    expect(reservation).toEqual({
      id: expect.any(String),
      itemId: item.id,
      quantity: 1,
      guestName: 'Aunt May',
      status: 'active',
      heldUntil: null,
      createdAt: expect.any(String),
    });
    expect(undoToken).toMatch(/^wgu_[\w-]{43}$/);
    expect(undoUrl).toBe(`${t.config.publicUrl}/reservations/undo/${undoToken}`);
    expect(response.body.item).toMatchObject({ id: item.id, name: 'Teapot', quantity: 2, reserved: 1, remaining: 1 });

    const rows = await t.db.query<unknown[]>(
      'SELECT item_id, quantity, guest_name, guest_email, message, status, cancelled_at FROM reservations WHERE id = $1',
      [reservation.id],
    );
    expect(rows).toEqual([
      {
        item_id: item.id,
        quantity: 1,
        guest_name: 'Aunt May',
        guest_email: 'may@example.com',
        message: 'Congratulations!',
        status: 'active',
        cancelled_at: null,
      },
    ]);
    expect(await reservedQuantity(item)).toBe(1);

    const list = await t.http().get(`/api/public/registries/${registry.slug}`).expect(200);
    expect(list.body.items[0]).toMatchObject({ reserved: 1, remaining: 1 });
  });

  it('reserves several at once, up to what remains, and then refuses with how many remain', async () => {
    const { registry, item } = await setUp({ quantity: 5 });
    const first = await reserve(registry.slug, reservationBody(item.id, { quantity: 3 })).expect(201);
    expect(first.body.item).toMatchObject({ reserved: 3, remaining: 2 });

    const tooMany = await reserve(registry.slug, reservationBody(item.id, { quantity: 3 })).expect(409);
    expectMatchesSpec(tooMany, 'POST', RESERVE);
    expectProblem(tooMany, 'not-enough-remaining');
    expect(tooMany.body.remaining).toBe(2);
    expect(tooMany.body.item).toMatchObject({ id: item.id, reserved: 3, remaining: 2 });
    expect(await reservedQuantity(item)).toBe(3);

    const rest = await reserve(registry.slug, reservationBody(item.id, { quantity: 2 })).expect(201);
    expect(rest.body.item).toMatchObject({ reserved: 5, remaining: 0 });

    const gone = await reserve(registry.slug, reservationBody(item.id)).expect(409);
    expectProblem(gone, 'not-enough-remaining');
    expect(gone.body.remaining).toBe(0);
    expect(await countReservations(registry)).toBe(2);
    expect(await reservedQuantity(item)).toBe(5);
  });

  it('accepts any quantity (1 to 100 per reservation) for an unlimited item', async () => {
    const { registry, item } = await setUp({ name: 'Honeymoon fund', quantity: null });
    const first = await reserve(registry.slug, reservationBody(item.id, { quantity: 100 })).expect(201);
    expectMatchesSpec(first, 'POST', RESERVE);
    expect(first.body.item).toMatchObject({ quantity: null, reserved: 100, remaining: null });
    await reserve(registry.slug, reservationBody(item.id, { quantity: 100 })).expect(201);
    const third = await reserve(registry.slug, reservationBody(item.id, { quantity: 7 })).expect(201);
    expect(third.body.item).toMatchObject({ quantity: null, reserved: 207, remaining: null });
    await reserve(registry.slug, reservationBody(item.id, { quantity: 101 })).expect(400);
    expect(await reservedQuantity(item)).toBe(207);
  });

  it.each([
    ['zero', 0],
    ['negative', -1],
    ['over 100', 101],
    ['a fraction', 1.5],
    ['a string', '2'],
    ['null', null],
  ])('refuses a quantity that is %s', async (_, quantity) => {
    const { registry, item } = await setUp({ quantity: 1000 });
    const response = await reserve(registry.slug, reservationBody(item.id, { quantity })).expect(400);
    expectMatchesSpec(response, 'POST', RESERVE);
    expectProblem(response, 'validation-error');
    expect(pointers(response)).toEqual(['#/quantity']);
    expect(await countReservations(registry)).toBe(0);
  });

  it('takes at most RESERVATION_MAX_UNITS (10) units of a counted gift in one reservation, naming the field', async () => {
    const { registry, item } = await setUp({ quantity: 1000 });
    const tooMany = await reserve(registry.slug, reservationBody(item.id, { quantity: 11 })).expect(400);
    expectMatchesSpec(tooMany, 'POST', RESERVE);
    expectProblem(tooMany, 'validation-error');
    expect(tooMany.body.errors).toEqual([
      { pointer: '#/quantity', code: 'too-large', limit: 10, detail: 'quantity can be at most 10 per reservation of this gift' },
    ]);
    expect(await reservedQuantity(item)).toBe(0);
    expect(await countReservations(registry)).toBe(0);

    const response = await reserve(registry.slug, reservationBody(item.id, { quantity: 10 })).expect(201);
    expect(response.body.item).toMatchObject({ reserved: 10, remaining: 990 });
  });

  it('lists every invalid field with a pointer, and refuses unknown fields', async () => {
    const { registry } = await setUp();
    const response = await reserve(registry.slug, { itemId: 'not-a-uuid', name: '   ', email: 'nope', message: 'x'.repeat(2001) }).expect(400);
    expectMatchesSpec(response, 'POST', RESERVE);
    expectProblem(response, 'validation-error');
    expect(pointers(response)).toEqual(['#/email', '#/itemId', '#/message', '#/name']);

    const empty = await reserve(registry.slug, {}).expect(400);
    expect(pointers(empty)).toEqual(['#/email', '#/itemId', '#/name']);

    const { item } = await setUp();
    const unknownField = await reserve(registry.slug, reservationBody(item.id, { status: 'cancelled' })).expect(400);
    expect(pointers(unknownField)).toEqual(['#/status']);
    const longName = await reserve(registry.slug, reservationBody(item.id, { name: 'x'.repeat(101) })).expect(400);
    expect(pointers(longName)).toEqual(['#/name']);
    expect(await countReservations(registry)).toBe(0);
  });

  it('answers 404 for an unknown item, an archived item, another registry’s item and an unknown registry', async () => {
    const { owner, registry, item } = await setUp({ quantity: 3 });
    const unknown = await reserve(registry.slug, reservationBody(randomUUID())).expect(404);
    expectMatchesSpec(unknown, 'POST', RESERVE);
    expectProblem(unknown, 'not-found');

    await owner.agent().patch(`/api/registries/${registry.id}/items/${item.id}`).send({ archived: true }).expect(200);
    const archived = await reserve(registry.slug, reservationBody(item.id)).expect(404);
    expectProblem(archived, 'not-found');

    const other = await setUp();
    const foreign = await reserve(registry.slug, reservationBody(other.item.id)).expect(404);
    expectProblem(foreign, 'not-found');
    expect(await reservedQuantity(other.item)).toBe(0);

    const noRegistry = await reserve('no-such-registry', reservationBody(item.id)).expect(404);
    expectMatchesSpec(noRegistry, 'POST', RESERVE);
    expectProblem(noRegistry, 'not-found');

    expect(await countReservations(registry)).toBe(0);
    expect(await reservedQuantity(item)).toBe(0);
  });

  it('refuses a body that is not JSON', async () => {
    const { registry, item } = await setUp();
    await t
      .http()
      .post(`/api/public/registries/${registry.slug}/reservations`)
      .type('form')
      .send(`itemId=${item.id}&name=May&email=may@example.com`)
      .expect(415);
    expect(await countReservations(registry)).toBe(0);
  });
});

describe('the invariant: never more reserved than wanted', () => {
  const GUESTS = 60;

  it('lets exactly one of 60 simultaneous guests reserve the last one', async () => {
    const { owner, registry, item } = await setUp({ quantity: 1 });
    const versionBefore = await ownerVersion(owner, registry);

    const responses = await Promise.all(
      Array.from({ length: GUESTS }, (_, i) => reserve(registry.slug, reservationBody(item.id, { name: `Guest ${i}`, email: `guest${i}@example.com` }))),
    );

    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(GUESTS - 1);
    for (const refused of responses.filter((r) => r.status === 409)) {
      expectProblem(refused, 'not-enough-remaining');
      expect(refused.body.remaining).toBe(0);
    }
    expectMatchesSpec(
      responses.find((r) => r.status === 409)!,
      'POST',
      RESERVE,
    );
    const winner = responses.find((r) => r.status === 201)!;
    expectMatchesSpec(winner, 'POST', RESERVE);
    expect(winner.body.item).toMatchObject({ reserved: 1, remaining: 0 });

    const active = await t.db.query<{ id: string; guest_name: string }[]>("SELECT id, guest_name FROM reservations WHERE item_id = $1 AND status = 'active'", [
      item.id,
    ]);
    expect(active).toEqual([{ id: winner.body.reservation.id, guest_name: winner.body.reservation.guestName }]);
    expect(await countReservations(registry)).toBe(1);
    expect(await reservedQuantity(item)).toBe(1);
    // Only the one reservation changed the registry.
    expect(await ownerVersion(owner, registry)).toBe(versionBefore + 1);
  });

  it('lets exactly one of many simultaneous guests asking for 2 reserve from 3', async () => {
    const { registry, item } = await setUp({ quantity: 3 });
    const responses = await Promise.all(
      Array.from({ length: GUESTS }, (_, i) =>
        reserve(registry.slug, reservationBody(item.id, { quantity: 2, name: `Guest ${i}`, email: `guest${i}@example.com` })),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(GUESTS - 1);
    for (const refused of responses.filter((r) => r.status === 409)) {
      expectProblem(refused, 'not-enough-remaining');
      expect(refused.body.remaining).toBe(1);
    }
    expect(await countReservations(registry, 'active')).toBe(1);
    expect(await reservedQuantity(item)).toBe(2);

    // The one left is still there for the next guest.
    const last = await reserve(registry.slug, reservationBody(item.id)).expect(201);
    expect(last.body.item).toMatchObject({ reserved: 3, remaining: 0 });
  });

  it('hands out exactly what is wanted when many guests race for several', async () => {
    const { registry, item } = await setUp({ quantity: 7 });
    const responses = await Promise.all(
      Array.from({ length: GUESTS }, (_, i) => reserve(registry.slug, reservationBody(item.id, { name: `Guest ${i}`, email: `guest${i}@example.com` }))),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(7);
    expect(statuses.filter((s) => s === 409)).toHaveLength(GUESTS - 7);
    const [{ sum }] = await t.db.query<{ sum: number }[]>(
      "SELECT coalesce(sum(quantity), 0)::int AS sum FROM reservations WHERE item_id = $1 AND status = 'active'",
      [item.id],
    );
    expect(sum).toBe(7);
    expect(await reservedQuantity(item)).toBe(7);
  });

  it('keeps the count right when reservations and undos race', async () => {
    const { registry, item } = await setUp({ quantity: 10 });
    const held = await Promise.all(Array.from({ length: 5 }, () => reserve(registry.slug, reservationBody(item.id)).expect(201)));
    const responses = await Promise.all([
      ...held.map((r) => undo(r.body.undoToken as string)),
      ...Array.from({ length: 30 }, (_, i) => reserve(registry.slug, reservationBody(item.id, { email: `racer${i}@example.com` }))),
    ]);
    expect(responses.map((r) => r.status).filter((s) => s >= 500)).toEqual([]);
    const [{ sum }] = await t.db.query<{ sum: number }[]>(
      "SELECT coalesce(sum(quantity), 0)::int AS sum FROM reservations WHERE item_id = $1 AND status = 'active'",
      [item.id],
    );
    expect(await reservedQuantity(item)).toBe(sum);
    expect(sum).toBeLessThanOrEqual(10);
    expect(sum).toBeGreaterThanOrEqual(5);
  });
});

describe('Idempotency-Key', () => {
  it('returns the first reservation to a retry with the same key and body, and reserves nothing new', async () => {
    const { owner, registry, item } = await setUp({ quantity: 3 });
    const key = randomUUID();
    const body = reservationBody(item.id, { quantity: 2, message: 'See you there' });
    const first = await reserve(registry.slug, body).set('Idempotency-Key', key).expect(201);
    const versionAfterFirst = await ownerVersion(owner, registry);

    const retry = await reserve(registry.slug, body).set('Idempotency-Key', key).expect(201);
    expectMatchesSpec(retry, 'POST', RESERVE);
    expect(retry.body.reservation).toEqual(first.body.reservation);
    expect(retry.body.undoToken).toBe(first.body.undoToken);
    expect(retry.body.undoUrl).toBe(first.body.undoUrl);
    expect(retry.body.item).toMatchObject({ reserved: 2, remaining: 1 });

    expect(await countReservations(registry)).toBe(1);
    expect(await reservedQuantity(item)).toBe(2);
    expect(await t.db.query('SELECT count(*)::int AS n FROM idempotency_keys WHERE registry_id = $1', [registry.id])).toEqual([{ n: 1 }]);
    expect(await ownerVersion(owner, registry)).toBe(versionAfterFirst);

    // The same body without a key is a new reservation.
    await reserve(registry.slug, reservationBody(item.id)).expect(201);
    expect(await countReservations(registry)).toBe(2);
  });

  it('refuses the same key with a different body (422) and changes nothing', async () => {
    const { registry, item } = await setUp({ quantity: 5 });
    const key = randomUUID();
    await reserve(registry.slug, reservationBody(item.id)).set('Idempotency-Key', key).expect(201);

    const otherQuantity = await reserve(registry.slug, reservationBody(item.id, { quantity: 2 }))
      .set('Idempotency-Key', key)
      .expect(422);
    expectMatchesSpec(otherQuantity, 'POST', RESERVE);
    expectProblem(otherQuantity, 'idempotency-key-reused');
    const otherGuest = await reserve(registry.slug, reservationBody(item.id, { name: 'Uncle Bob' }))
      .set('Idempotency-Key', key)
      .expect(422);
    expectProblem(otherGuest, 'idempotency-key-reused');

    expect(await countReservations(registry)).toBe(1);
    expect(await reservedQuantity(item)).toBe(1);
  });

  it('creates one reservation for simultaneous duplicates with the same key', async () => {
    const { registry, item } = await setUp({ quantity: 20 });
    const key = randomUUID();
    const body = reservationBody(item.id);
    const responses = await Promise.all(Array.from({ length: 20 }, () => reserve(registry.slug, body).set('Idempotency-Key', key)));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(new Set(responses.map((r) => r.body.reservation.id as string)).size).toBe(1);
    expect(new Set(responses.map((r) => r.body.undoToken as string)).size).toBe(1);
    expect(await countReservations(registry)).toBe(1);
    expect(await reservedQuantity(item)).toBe(1);
  });

  it('keeps keys per registry', async () => {
    const a = await setUp();
    const b = await setUp();
    const key = randomUUID();
    const first = await reserve(a.registry.slug, reservationBody(a.item.id)).set('Idempotency-Key', key).expect(201);
    const second = await reserve(b.registry.slug, reservationBody(b.item.id)).set('Idempotency-Key', key).expect(201);
    expect(second.body.reservation.id).not.toBe(first.body.reservation.id);
    expect(await reservedQuantity(b.item)).toBe(1);
  });

  it('does not remember a key whose request was refused', async () => {
    const { owner, registry, item } = await setUp({ quantity: 1 });
    const key = randomUUID();
    await reserve(registry.slug, reservationBody(item.id, { quantity: 2 }))
      .set('Idempotency-Key', key)
      .expect(409);
    await owner.agent().patch(`/api/registries/${registry.id}/items/${item.id}`).send({ quantity: 2 }).expect(200);
    const retried = await reserve(registry.slug, reservationBody(item.id, { quantity: 2 }))
      .set('Idempotency-Key', key)
      .expect(201);
    expect(retried.body.item).toMatchObject({ reserved: 2, remaining: 0 });
  });

  it.each([
    ['empty', ''],
    ['with spaces', 'two words'],
    ['longer than 255 characters', 'k'.repeat(256)],
  ])('refuses a malformed key (%s) with 400', async (_, key) => {
    const { registry, item } = await setUp();
    const response = await reserve(registry.slug, reservationBody(item.id)).set('Idempotency-Key', key).expect(400);
    expectMatchesSpec(response, 'POST', RESERVE);
    expectProblem(response, 'validation-error');
    expect(response.body.errors).toEqual([expect.objectContaining({ pointer: expect.stringContaining('idempotency-key') })]);
    expect(await countReservations(registry)).toBe(0);
  });

  it('accepts a 255-character printable key', async () => {
    const { registry, item } = await setUp();
    await reserve(registry.slug, reservationBody(item.id)).set('Idempotency-Key', '~'.repeat(255)).expect(201);
  });
});

describe('undoing a reservation', () => {
  it('releases the item; a second undo is harmless; an unknown token is 404', async () => {
    const { owner, registry, item } = await setUp({ quantity: 1 });
    const created = await reserve(registry.slug, reservationBody(item.id)).expect(201);
    const token = created.body.undoToken as string;
    expect(await reservedQuantity(item)).toBe(1);

    const undone = await undo(token).expect(200);
    expectMatchesSpec(undone, 'DELETE', UNDO);
    expect(undone.body.item).toMatchObject({ id: item.id, reserved: 0, remaining: 1 });
    expect(await reservedQuantity(item)).toBe(0);
    const [row] = await t.db.query<{ status: string; cancelled_at: Date | null }[]>('SELECT status, cancelled_at FROM reservations WHERE id = $1', [
      created.body.reservation.id,
    ]);
    expect(row.status).toBe('cancelled');
    expect(row.cancelled_at).toBeInstanceOf(Date);
    const list = await t.http().get(`/api/public/registries/${registry.slug}`).expect(200);
    expect(list.body.items[0]).toMatchObject({ reserved: 0, remaining: 1 });

    // Another guest can now have it; undoing the first again does not release theirs.
    await reserve(registry.slug, reservationBody(item.id, { name: 'Uncle Bob', email: 'bob@example.com' })).expect(201);
    const versionBefore = await ownerVersion(owner, registry);
    const again = await undo(token).expect(200);
    expectMatchesSpec(again, 'DELETE', UNDO);
    expect(again.body.item).toMatchObject({ reserved: 1, remaining: 0 });
    expect(await reservedQuantity(item)).toBe(1);
    expect(await countReservations(registry, 'active')).toBe(1);
    expect(await ownerVersion(owner, registry)).toBe(versionBefore);

    const unknown = await undo('wgu_' + 'x'.repeat(43)).expect(404);
    expectMatchesSpec(unknown, 'DELETE', UNDO);
    expectProblem(unknown, 'not-found');
    await undo('x'.repeat(100)).expect(404);
  });

  it('releases exactly the quantity reserved', async () => {
    const { registry, item } = await setUp({ quantity: 5 });
    const three = await reserve(registry.slug, reservationBody(item.id, { quantity: 3 })).expect(201);
    await reserve(registry.slug, reservationBody(item.id, { quantity: 1 })).expect(201);
    const undone = await undo(three.body.undoToken as string).expect(200);
    expect(undone.body.item).toMatchObject({ reserved: 1, remaining: 4 });
  });

  it('counts each simultaneous undo of the same reservation once', async () => {
    const { registry, item } = await setUp({ quantity: 4 });
    await reserve(registry.slug, reservationBody(item.id, { quantity: 2 })).expect(201);
    const created = await reserve(registry.slug, reservationBody(item.id, { quantity: 2 })).expect(201);
    const responses = await Promise.all(Array.from({ length: 10 }, () => undo(created.body.undoToken as string)));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(await reservedQuantity(item)).toBe(2);
  });

  it('stores the undo token only as a hash', async () => {
    const { registry, item } = await setUp();
    const created = await reserve(registry.slug, reservationBody(item.id)).set('Idempotency-Key', randomUUID()).expect(201);
    const token = created.body.undoToken as string;

    const columns = await t.db.query<{ column_name: string }[]>(
      "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'reservations'",
    );
    expect(columns.length).toBeGreaterThan(0);
    const [row] = await t.db.query<Record<string, unknown>[]>('SELECT * FROM reservations WHERE id = $1', [created.body.reservation.id]);
    for (const { column_name } of columns) {
      const value = row[column_name];
      expect(String(value instanceof Date ? value.toISOString() : value)).not.toContain(token.slice(4));
    }
    expect(row.undo_token_hash).toBe(sha256(token));

    const [key] = await t.db.query<Record<string, unknown>[]>('SELECT * FROM idempotency_keys WHERE reservation_id = $1', [created.body.reservation.id]);
    expect(JSON.stringify(key)).not.toContain(token.slice(4));
  });
});

describe('the registry version', () => {
  it('goes up with every reservation and undo, and not with a refused reservation', async () => {
    const { owner, registry, item } = await setUp({ quantity: 1 });
    const v0 = await ownerVersion(owner, registry);

    const created = await reserve(registry.slug, reservationBody(item.id)).expect(201);
    const v1 = await ownerVersion(owner, registry);
    expect(v1).toBe(v0 + 1);

    await reserve(registry.slug, reservationBody(item.id)).expect(409);
    await reserve(registry.slug, reservationBody(randomUUID())).expect(404);
    await reserve(registry.slug, reservationBody(item.id, { quantity: 0 })).expect(400);
    expect(await ownerVersion(owner, registry)).toBe(v1);

    await undo(created.body.undoToken as string).expect(200);
    const v2 = await ownerVersion(owner, registry);
    expect(v2).toBe(v1 + 1);

    await reserve(registry.slug, reservationBody(item.id)).expect(201);
    expect(await ownerVersion(owner, registry)).toBe(v2 + 1);

    // Guests see the same version the couple sees.
    const list = await t.http().get(`/api/public/registries/${registry.slug}`).expect(200);
    expect(list.body.version).toBe(v2 + 1);
  });

  it('goes up with the item version too, so cached copies of the item go stale', async () => {
    const { owner, registry, item } = await setUp({ quantity: 2 });
    const before = (await owner.agent().get(`/api/registries/${registry.id}/items`).expect(200)).body as { id: string; version: number }[];
    const created = await reserve(registry.slug, reservationBody(item.id)).expect(201);
    const afterReserve = (await owner.agent().get(`/api/registries/${registry.id}/items`).expect(200)).body as { id: string; version: number }[];
    expect(afterReserve[0].version).toBeGreaterThan(before[0].version);
    await undo(created.body.undoToken as string).expect(200);
    const afterUndo = (await owner.agent().get(`/api/registries/${registry.id}/items`).expect(200)).body as { id: string; version: number }[];
    expect(afterUndo[0].version).toBeGreaterThan(afterReserve[0].version);
  });
});

describe('the checks on the locked row', () => {
  it('refuses what the version store has not heard of yet (suspended, password-protected, gone), and changes nothing', async () => {
    const { registry, item } = await setUp({ quantity: 2 });
    await reserve(registry.slug, reservationBody(item.id)).expect(201);
    const version = async () => (await t.db.query<{ v: number }[]>('SELECT version::int AS v FROM registries WHERE id = $1', [registry.id]))[0]?.v;
    const before = await version();
    // Changed behind the API's back (nothing published): the early check passes on the version it knows, the row decides.
    await t.db.query(`UPDATE registries SET suspended_at = now(), suspended_reason = 'Under review.' WHERE id = $1`, [registry.id]);
    const recording = t.queries.record();
    const suspended = await reserve(registry.slug, reservationBody(item.id)).expect(403);
    expectProblem(suspended, 'registry-suspended');
    expect(suspended.body.reason).toBe('Under review.');
    await t.db.query(`UPDATE registries SET suspended_at = NULL, suspended_reason = NULL, visibility = 'password', password_hash = 'new' WHERE id = $1`, [
      registry.id,
    ]);
    expectProblem(await reserve(registry.slug, reservationBody(item.id)).expect(401), 'registry-locked');
    expect(await version()).toBe(before);
    expect(await countReservations(registry)).toBe(1);
    expect(await reservedQuantity(item)).toBe(1);
    await t.db.query('DELETE FROM registries WHERE id = $1', [registry.id]);
    expectProblem(await reserve(registry.slug, reservationBody(item.id)).expect(404), 'not-found');
    // Each refusal came from the reservation's own statement, not from the early check.
    expect(recording.stop().filter((sql) => sql.startsWith('SELECT * FROM reserve_gift('))).toHaveLength(3);
  });
});

describe("the couple's view of reservations", () => {
  it('lists reservations newest first, with the guest, the item and the message', async () => {
    const { owner, registry, item } = await setUp({ name: 'Teapot', quantity: 10 });
    const second = await createItem(owner, registry, { name: 'Kettle', quantity: 2 });
    const a = await reserve(registry.slug, reservationBody(item.id, { name: 'First Guest', email: 'first@example.com', message: 'Hello' })).expect(201);
    await sleep(5);
    const b = await reserve(registry.slug, reservationBody(second.id, { name: 'Second Guest', email: 'second@example.com', quantity: 2 })).expect(201);
    await sleep(5);
    const c = await reserve(
      registry.slug,
      reservationBody(item.id, { name: 'Third Guest', email: 'THIRD@example.com', message: 'Enjoy!', quantity: 3 }),
    ).expect(201);

    const response = await ownerList(owner, registry).expect(200);
    expectMatchesSpec(response, 'GET', OWNER_LIST);
    expect(response.body).toMatchObject({ surpriseHidden: false, revealDate: null, nextCursor: null });
    expect(response.body.reservations).toEqual([
      {
        id: c.body.reservation.id,
        itemId: item.id,
        itemName: 'Teapot',
        quantity: 3,
        status: 'active',
        heldUntil: null,
        createdAt: c.body.reservation.createdAt,
        cancelledAt: null,
        guest: { name: 'Third Guest', email: 'third@example.com', message: 'Enjoy!', address: null },
      },
      expect.objectContaining({
        id: b.body.reservation.id,
        itemName: 'Kettle',
        quantity: 2,
        guest: { name: 'Second Guest', email: 'second@example.com', message: '', address: null },
      }),
      expect.objectContaining({
        id: a.body.reservation.id,
        itemName: 'Teapot',
        quantity: 1,
        guest: { name: 'First Guest', email: 'first@example.com', message: 'Hello', address: null },
      }),
    ]);
  });

  it('filters by status', async () => {
    const { owner, registry, item } = await setUp({ quantity: 10 });
    const kept = await reserve(registry.slug, reservationBody(item.id)).expect(201);
    const dropped = await reserve(registry.slug, reservationBody(item.id)).expect(201);
    await undo(dropped.body.undoToken as string).expect(200);

    const active = await ownerList(owner, registry).expect(200);
    expect((active.body.reservations as { id: string }[]).map((r) => r.id)).toEqual([kept.body.reservation.id]);
    expect((await ownerList(owner, registry, { status: 'active' }).expect(200)).body).toEqual(active.body);

    const cancelled = await ownerList(owner, registry, { status: 'cancelled' }).expect(200);
    expectMatchesSpec(cancelled, 'GET', OWNER_LIST);
    expect(cancelled.body.reservations).toEqual([
      expect.objectContaining({ id: dropped.body.reservation.id, status: 'cancelled', cancelledAt: expect.any(String) }),
    ]);

    const all = await ownerList(owner, registry, { status: 'all' }).expect(200);
    expect((all.body.reservations as { id: string }[]).map((r) => r.id).sort()).toEqual([kept.body.reservation.id, dropped.body.reservation.id].sort());

    const invalid = await ownerList(owner, registry, { status: 'everything' }).expect(400);
    expectMatchesSpec(invalid, 'GET', OWNER_LIST);
    expect(pointers(invalid)).toEqual(['#/status']);
  });

  it('walks every page with limit and cursor, without duplicates or gaps, even when times are equal', async () => {
    const { owner, registry, item } = await setUp({ quantity: null });
    const ids: string[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await reserve(registry.slug, reservationBody(item.id, { name: `Guest ${i}`, email: `guest${i}@example.com` })).expect(201);
      ids.push(r.body.reservation.id as string);
    }
    // Several reservations in the same millisecond: the id breaks the tie.
    await t.db.query("UPDATE reservations SET created_at = '2026-01-01T10:00:00.123Z' WHERE id = ANY($1::uuid[])", [ids.slice(2, 8)]);

    const everything = await ownerList(owner, registry, { limit: 500 }).expect(200);
    const expectedOrder = (everything.body.reservations as { id: string }[]).map((r) => r.id);
    expect(expectedOrder.slice().sort()).toEqual(ids.slice().sort());
    expect(everything.body.nextCursor).toBeNull();

    const seen: string[] = [];
    const pageSizes: number[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 20; page++) {
      const response: Response = await ownerList(owner, registry, cursor ? { limit: 3, cursor } : { limit: 3 }).expect(200);
      expectMatchesSpec(response, 'GET', OWNER_LIST);
      const rows = response.body.reservations as { id: string; createdAt: string }[];
      pageSizes.push(rows.length);
      seen.push(...rows.map((r) => r.id));
      cursor = response.body.nextCursor as string | null;
      if (!cursor) break;
    }
    expect(pageSizes).toEqual([3, 3, 3, 2]);
    expect(seen).toEqual(expectedOrder);
    expect(new Set(seen).size).toBe(11);

    // Newest first: createdAt never goes up.
    const times = (everything.body.reservations as { createdAt: string }[]).map((r) => Date.parse(r.createdAt));
    expect(times).toEqual(times.slice().sort((x, y) => y - x));
  });

  it('gives no next cursor when the last page is exactly full', async () => {
    const { owner, registry, item } = await setUp({ quantity: null });
    for (let i = 0; i < 4; i++) await reserve(registry.slug, reservationBody(item.id)).expect(201);
    const first = await ownerList(owner, registry, { limit: 2 }).expect(200);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await ownerList(owner, registry, { limit: 2, cursor: first.body.nextCursor as string }).expect(200);
    expect(second.body.reservations).toHaveLength(2);
    expect(second.body.nextCursor).toBeNull();
  });

  it('refuses an invalid limit or cursor', async () => {
    const { owner, registry } = await setUp();
    for (const limit of [0, 501, 'ten', 1.5]) {
      const response = await ownerList(owner, registry, { limit }).expect(400);
      expectMatchesSpec(response, 'GET', OWNER_LIST);
      expect(pointers(response)).toEqual(['#/limit']);
    }
    for (const cursor of ['garbage', Buffer.from('["not a date","x"]').toString('base64url'), 'c'.repeat(201)]) {
      const response = await ownerList(owner, registry, { cursor }).expect(400);
      expectMatchesSpec(response, 'GET', OWNER_LIST);
      expect(pointers(response)).toEqual(['#/cursor']);
    }
  });

  it('hides the guests in surprise mode until the reveal date, but not the counts', async () => {
    const { owner, registry, item } = await setUp({ name: 'Teapot', quantity: 4 });
    await owner.agent().patch(`/api/registries/${registry.id}`).send({ surpriseMode: true, revealDate: '2099-01-01' }).expect(200);
    await reserve(registry.slug, reservationBody(item.id, { name: 'Hidden Guest', email: 'hidden@example.com', message: 'Shh', quantity: 2 })).expect(201);
    await reserve(registry.slug, reservationBody(item.id, { name: 'Other Hidden', email: 'other@example.com' })).expect(201);

    const hidden = await ownerList(owner, registry).expect(200);
    expectMatchesSpec(hidden, 'GET', OWNER_LIST);
    expect(hidden.body).toMatchObject({ surpriseHidden: true, revealDate: '2099-01-01' });
    expect(hidden.body.reservations).toHaveLength(2);
    for (const r of hidden.body.reservations as Record<string, unknown>[]) {
      expect(r.guest).toBeNull();
      expect(r).toMatchObject({ itemId: item.id, itemName: 'Teapot', status: 'active' });
    }
    expect((hidden.body.reservations as { quantity: number }[]).map((r) => r.quantity).sort()).toEqual([1, 2]);
    const text = JSON.stringify(hidden.body);
    for (const secret of ['Hidden Guest', 'hidden@example.com', 'Shh', 'Other Hidden', 'other@example.com']) expect(text).not.toContain(secret);
    // Cancelled ones are hidden as well.
    expect(((await ownerList(owner, registry, { status: 'all' }).expect(200)).body.reservations as { guest: unknown }[]).every((r) => r.guest === null)).toBe(
      true,
    );

    // The couple still sees how much is reserved.
    const items = await owner.agent().get(`/api/registries/${registry.id}/items`).expect(200);
    expect(items.body[0]).toMatchObject({ reserved: 3, remaining: 1 });

    // Surprise mode needs a reveal date: removing it is refused, so names are never hidden with no end.
    const noDate = await owner.agent().patch(`/api/registries/${registry.id}`).send({ revealDate: null }).expect(400);
    expect(noDate.body.errors).toEqual([expect.objectContaining({ pointer: '#/revealDate', code: 'required' })]);
    expect((await ownerList(owner, registry).expect(200)).body).toMatchObject({ surpriseHidden: true, revealDate: '2099-01-01' });

    // Once the reveal date has come, the guests are shown.
    await owner.agent().patch(`/api/registries/${registry.id}`).send({ revealDate: '2000-01-01' }).expect(200);
    const revealed = await ownerList(owner, registry).expect(200);
    expectMatchesSpec(revealed, 'GET', OWNER_LIST);
    expect(revealed.body).toMatchObject({ surpriseHidden: false, revealDate: '2000-01-01' });
    expect((revealed.body.reservations as { guest: { name: string } }[]).map((r) => r.guest.name).sort()).toEqual(['Hidden Guest', 'Other Hidden']);
    expect(revealed.body.reservations).toContainEqual(
      expect.objectContaining({ guest: { name: 'Hidden Guest', email: 'hidden@example.com', message: 'Shh', address: null } }),
    );

    // Turning surprise mode off shows them too.
    await owner.agent().patch(`/api/registries/${registry.id}`).send({ surpriseMode: true, revealDate: '2099-01-01' }).expect(200);
    expect((await ownerList(owner, registry).expect(200)).body.surpriseHidden).toBe(true);
    await owner.agent().patch(`/api/registries/${registry.id}`).send({ surpriseMode: false }).expect(200);
    const off = await ownerList(owner, registry).expect(200);
    expect(off.body).toMatchObject({ surpriseHidden: false });
    expect((off.body.reservations as { guest: unknown }[]).every((r) => r.guest !== null)).toBe(true);

    // The date was kept: turning surprise mode on again hides the names until that same day.
    const again = await owner.agent().patch(`/api/registries/${registry.id}`).send({ surpriseMode: true }).expect(200);
    expect(again.body).toMatchObject({ surpriseMode: true, revealDate: '2099-01-01' });
    expect((await ownerList(owner, registry).expect(200)).body).toMatchObject({ surpriseHidden: true, revealDate: '2099-01-01' });
  });

  it("answers 404 for another couple's registry, 401 without authentication, 400 for a malformed id", async () => {
    const { registry, item } = await setUp();
    await reserve(registry.slug, reservationBody(item.id)).expect(201);
    const stranger = await createUser(t);

    const notYours = await ownerList(stranger, registry).expect(404);
    expectMatchesSpec(notYours, 'GET', OWNER_LIST);
    expectProblem(notYours, 'not-found');
    expect(JSON.stringify(notYours.body)).not.toContain('Aunt May');

    const anonymous = await t.http().get(`/api/registries/${registry.id}/reservations`).expect(401);
    expectMatchesSpec(anonymous, 'GET', OWNER_LIST);
    expectProblem(anonymous, 'unauthenticated');

    const unknown = await ownerList(stranger, { id: randomUUID(), slug: 'x', version: 1 }).expect(404);
    expectProblem(unknown, 'not-found');

    const malformed = await stranger.agent().get('/api/registries/not-a-uuid/reservations').expect(400);
    expectMatchesSpec(malformed, 'GET', OWNER_LIST);
  });

  it('shows a co-owner the same reservations', async () => {
    const { owner, registry, item } = await setUp();
    await reserve(registry.slug, reservationBody(item.id)).expect(201);
    const partner = await createUser(t);
    await t.db.query('INSERT INTO registry_owners (registry_id, user_id) VALUES ($1, $2)', [registry.id, partner.id]);
    const mine = await ownerList(owner, registry).expect(200);
    const theirs = await ownerList(partner, registry).expect(200);
    expect(theirs.body).toEqual(mine.body);
    expect(theirs.body.reservations).toHaveLength(1);
  });
});
