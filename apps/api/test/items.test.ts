import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { MAX_PRICE, MAX_QUANTITY } from '../src/items/dto/item-input.dto';
import { TestItem, TestRegistry, TestUser, createItem, createRegistry, createUser, insertItems, reservationBody } from './support/factories';
import { expectMatchesSpec } from './support/openapi-contract';
import { TestApp, startTestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const PROBLEMS = 'https://whispergifts.com/problems/';
const ITEMS = '/api/registries/{registryId}/items';
const ITEM = '/api/registries/{registryId}/items/{itemId}';
const ORDER = '/api/registries/{registryId}/items/order';

interface ItemBody {
  id: string;
  name: string;
  quantity: number | null;
  reserved: number;
  remaining: number | null;
  position: number;
  archived: boolean;
  version: number;
  [field: string]: unknown;
}

function expectProblem(response: Response, status: number, type: string): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ type: PROBLEMS + type, status });
}

const pointersOf = (response: Response) => ((response.body.errors ?? []) as { pointer: string }[]).map((e) => e.pointer).sort();

async function coupleWithRegistry(fields: Record<string, unknown> = {}): Promise<{ owner: TestUser; registry: TestRegistry }> {
  const owner = await createUser(t);
  return { owner, registry: await createRegistry(owner, fields) };
}

const itemsPath = (registry: { id: string }) => `/api/registries/${registry.id}/items`;
const itemPath = (registry: { id: string }, item: { id: string }) => `/api/registries/${registry.id}/items/${item.id}`;
const orderPath = (registry: { id: string }) => `/api/registries/${registry.id}/items/order`;

async function listItems(owner: TestUser, registry: { id: string }): Promise<ItemBody[]> {
  return (await owner.agent().get(itemsPath(registry)).expect(200)).body as ItemBody[];
}

async function versionOf(owner: TestUser, registry: { id: string }): Promise<number> {
  return (await owner.agent().get(`/api/registries/${registry.id}`).expect(200)).body.version as number;
}

/** Everything the owner can see of a registry and its items, to prove a refused write changed nothing. */
async function stateOf(owner: TestUser, registry: { id: string }) {
  const [details, items] = await Promise.all([owner.agent().get(`/api/registries/${registry.id}`).expect(200), listItems(owner, registry)]);
  return { registry: details.body as Record<string, unknown>, items };
}

/** A guest reserves through the public gift list; returns the undo token. */
async function reserve(registry: TestRegistry, itemId: string, quantity = 1): Promise<string> {
  const response = await t.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(itemId, { quantity })).expect(201);
  return response.body.undoToken as string;
}

describe('POST /api/registries/{registryId}/items', () => {
  it('adds an item with defaults, at the end of the list', async () => {
    const { owner, registry } = await coupleWithRegistry();
    const response = await owner.agent().post(itemsPath(registry)).send({ name: '  Toaster  ' }).expect(201);
    expectMatchesSpec(response, 'POST', ITEMS);
    expect(response.body).toEqual({
      id: expect.any(String),
      name: 'Toaster',
      description: '',
      url: null,
      priceMin: null,
      priceMax: null,
      quantity: 1,
      reserved: 0,
      remaining: 1,
      priority: 'medium',
      category: null,
      kind: 'gift',
      targetAmount: null,
      minContribution: null,
      suggestedAmounts: [],
      allowOverfunding: false,
      hideTotals: false,
      pledgedAmount: 0,
      remainingAmount: null,
      pledgeCount: 0,
      position: 0,
      image: null,
      archived: false,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      etag: `W/"${t.config.cacheSchemaRevision}.item.${response.body.id as string}.1"`,
    });
    expect(response.headers.etag).toBe(response.body.etag);
    const second = await createItem(owner, registry, { name: 'Kettle' });
    expect(second).toMatchObject({ position: 1 });
    expect((await listItems(owner, registry)).map((i) => i.name)).toEqual(['Toaster', 'Kettle']);
  });

  it('stores every field sent', async () => {
    const { owner, registry } = await coupleWithRegistry();
    const response = await owner
      .agent()
      .post(itemsPath(registry))
      .send({
        name: 'Stand mixer',
        description: 'The red one',
        url: 'https://shop.example/mixer?colour=red',
        priceMin: 25_000,
        priceMax: 25_000,
        quantity: 3,
        priority: 'high',
        category: '  Kitchen ',
      })
      .expect(201);
    expectMatchesSpec(response, 'POST', ITEMS);
    expect(response.body).toMatchObject({
      name: 'Stand mixer',
      description: 'The red one',
      url: 'https://shop.example/mixer?colour=red',
      priceMin: 25_000,
      priceMax: 25_000,
      quantity: 3,
      reserved: 0,
      remaining: 3,
      priority: 'high',
      category: 'Kitchen',
    });
    expect(await listItems(owner, registry)).toEqual([response.body]);
  });

  it('takes quantity null as unlimited: nothing ever runs out', async () => {
    const { owner, registry } = await coupleWithRegistry();
    const honeymoon = await createItem(owner, registry, { name: 'Honeymoon fund', quantity: null });
    expect(honeymoon).toMatchObject({ quantity: null, remaining: null });
    await reserve(registry, honeymoon.id, 100);
    await reserve(registry, honeymoon.id, 100);
    const [listed] = await listItems(owner, registry);
    expect(listed).toMatchObject({ quantity: null, reserved: 200, remaining: null });
  });

  it('lists every invalid field with a JSON pointer, and adds nothing', async () => {
    const { owner, registry } = await coupleWithRegistry();
    const response = await owner
      .agent()
      .post(itemsPath(registry))
      .send({ name: '   ', description: 5, url: 'ftp://shop.example/x', priceMin: -1, priceMax: 10.5, quantity: 0, priority: 'urgent', category: '' })
      .expect(400);
    expectMatchesSpec(response, 'POST', ITEMS);
    expectProblem(response, 400, 'validation-error');
    expect(pointersOf(response)).toEqual(['#/category', '#/description', '#/name', '#/priceMax', '#/priceMin', '#/priority', '#/quantity', '#/url']);
    expect(await listItems(owner, registry)).toEqual([]);
  });

  it('requires a name', async () => {
    const { owner, registry } = await coupleWithRegistry();
    const response = await owner.agent().post(itemsPath(registry)).send({}).expect(400);
    expect(pointersOf(response)).toEqual(['#/name']);
  });

  it.each([[0], [-1], [MAX_QUANTITY + 1], [2.5], ['3']])('refuses quantity %p', async (quantity) => {
    const { owner, registry } = await coupleWithRegistry();
    const response = await owner.agent().post(itemsPath(registry)).send({ name: 'Plates', quantity }).expect(400);
    expect(pointersOf(response)).toEqual(['#/quantity']);
  });

  it('accepts the largest quantity and price', async () => {
    const { owner, registry } = await coupleWithRegistry();
    const item = await createItem(owner, registry, { quantity: MAX_QUANTITY, priceMin: 0, priceMax: MAX_PRICE });
    expect(item).toMatchObject({ quantity: MAX_QUANTITY, priceMin: 0, priceMax: MAX_PRICE });
    const tooDear = await owner
      .agent()
      .post(itemsPath(registry))
      .send({ name: 'Yacht', priceMax: MAX_PRICE + 1 })
      .expect(400);
    expect(pointersOf(tooDear)).toEqual(['#/priceMax']);
  });

  it('refuses a price hint whose minimum is above its maximum, and adds nothing', async () => {
    const { owner, registry } = await coupleWithRegistry();
    const before = await stateOf(owner, registry);
    const response = await owner.agent().post(itemsPath(registry)).send({ name: 'Sofa', priceMin: 50_000, priceMax: 40_000 }).expect(400);
    expectMatchesSpec(response, 'POST', ITEMS);
    expectProblem(response, 400, 'validation-error');
    expect(response.body.errors).toEqual([
      { pointer: '#/priceMax', code: 'too-small', limit: expect.any(Number), detail: 'priceMax must be at least priceMin' },
    ]);
    expect(await stateOf(owner, registry)).toEqual(before);
  });

  it.each([
    ['archived', true],
    ['position', 3],
    ['reserved', 0],
    ['registryId', randomUUID()],
    ['image', 'https://cdn.example/x.jpg'],
    ['colour', 'red'],
  ])('refuses the unknown or read-only field %s', async (field, value) => {
    const { owner, registry } = await coupleWithRegistry();
    const response = await owner
      .agent()
      .post(itemsPath(registry))
      .send({ name: 'Lamp', [field]: value })
      .expect(400);
    expectMatchesSpec(response, 'POST', ITEMS);
    expect(response.body.errors).toEqual([{ pointer: `#/${field}`, code: 'unknown-field', detail: `property ${field} should not exist` }]);
    expect(await listItems(owner, registry)).toEqual([]);
  });

  it('refuses more than REGISTRY_MAX_ITEMS items (2000 by default) with 409 item-limit', async () => {
    const max = t.config.registryMaxItems;
    expect(max).toBe(2000);
    const { owner, registry } = await coupleWithRegistry();
    // Premium has no plan limit, so the technical cap is what stops it.
    await t.db.query("UPDATE registries SET plan = 'premium' WHERE id = $1", [registry.id]);
    await insertItems(t, registry.id, max);
    const version = await versionOf(owner, registry);
    const response = await owner.agent().post(itemsPath(registry)).send({ name: 'One too many' }).expect(409);
    expectMatchesSpec(response, 'POST', ITEMS);
    expectProblem(response, 409, 'item-limit');
    expect(response.body).toMatchObject({ limit: max, detail: expect.stringContaining(`at most ${max} items`) });
    expect(await listItems(owner, registry)).toHaveLength(max);
    expect(await versionOf(owner, registry)).toBe(version);
  });

  it("answers 404 for another couple's registry, and adds nothing", async () => {
    const { owner, registry } = await coupleWithRegistry();
    const stranger = await createUser(t);
    const before = await stateOf(owner, registry);
    const response = await stranger.agent().post(itemsPath(registry)).send({ name: 'Planted gift' }).expect(404);
    expectMatchesSpec(response, 'POST', ITEMS);
    expectProblem(response, 404, 'not-found');
    expect(await stateOf(owner, registry)).toEqual(before);
  });

  it('answers 400 for a registry id that is not a UUID', async () => {
    const owner = await createUser(t);
    const response = await owner.agent().post('/api/registries/nope/items').send({ name: 'Lamp' }).expect(400);
    expectMatchesSpec(response, 'POST', ITEMS);
  });
});

describe('GET /api/registries/{registryId}/items', () => {
  it('lists the items in their manual order, with reserved and remaining counts', async () => {
    const { owner, registry } = await coupleWithRegistry();
    const plates = await createItem(owner, registry, { name: 'Plates', quantity: 12 });
    const vase = await createItem(owner, registry, { name: 'Vase' });
    await reserve(registry, plates.id, 5);
    const response = await owner.agent().get(itemsPath(registry)).expect(200);
    expectMatchesSpec(response, 'GET', ITEMS);
    expect(response.body).toEqual([
      expect.objectContaining({ id: plates.id, quantity: 12, reserved: 5, remaining: 7, position: 0 }),
      expect.objectContaining({ id: vase.id, quantity: 1, reserved: 0, remaining: 1, position: 1 }),
    ]);
  });

  it("answers 404 for another couple's registry, exactly as for one that does not exist", async () => {
    const { owner, registry } = await coupleWithRegistry();
    await createItem(owner, registry, { name: 'Secret wish' });
    const stranger = await createUser(t);
    const theirs = await stranger.agent().get(itemsPath(registry)).expect(404);
    expectMatchesSpec(theirs, 'GET', ITEMS);
    expectProblem(theirs, 404, 'not-found');
    expect(theirs.text).not.toContain('Secret wish');
    const missing = await stranger
      .agent()
      .get(itemsPath({ id: randomUUID() }))
      .expect(404);
    expect({ ...theirs.body, instance: undefined }).toEqual({ ...missing.body, instance: undefined });
  });
});

describe('PATCH /api/registries/{registryId}/items/{itemId}', () => {
  it("changes only the fields sent, bumping the item's and the registry's version", async () => {
    const { owner, registry } = await coupleWithRegistry();
    const item = await createItem(owner, registry, { name: 'Toaster', description: 'Four slots', priceMin: 3000, priceMax: 5000 });
    const neighbour = await createItem(owner, registry, { name: 'Kettle' });
    const [before] = await listItems(owner, registry);
    const registryVersion = await versionOf(owner, registry);

    const response = await owner.agent().patch(itemPath(registry, item)).send({ name: ' Better toaster ', priority: 'low', quantity: 2 }).expect(200);
    expectMatchesSpec(response, 'PATCH', ITEM);
    expect(response.body).toEqual({
      ...before,
      name: 'Better toaster',
      priority: 'low',
      quantity: 2,
      remaining: 2,
      version: before.version + 1,
      updatedAt: expect.any(String),
      etag: `W/"${t.config.cacheSchemaRevision}.item.${item.id}.${before.version + 1}"`,
    });
    expect(response.headers.etag).toBe(response.body.etag);
    expect(await versionOf(owner, registry)).toBe(registryVersion + 1);
    const [listed, untouched] = await listItems(owner, registry);
    expect(listed).toEqual(response.body);
    expect(untouched).toEqual(expect.objectContaining({ id: neighbour.id, version: neighbour.version }));
  });

  it('clears nullable fields with null; quantity null makes it unlimited', async () => {
    const { owner, registry } = await coupleWithRegistry();
    const item = await createItem(owner, registry, { url: 'https://shop.example/a', priceMin: 100, priceMax: 200, category: 'Garden', quantity: 4 });
    const response = await owner
      .agent()
      .patch(itemPath(registry, item))
      .send({ url: null, priceMin: null, priceMax: null, category: null, quantity: null })
      .expect(200);
    expectMatchesSpec(response, 'PATCH', ITEM);
    expect(response.body).toMatchObject({ url: null, priceMin: null, priceMax: null, category: null, quantity: null, remaining: null });
  });

  it.each([['name'], ['description'], ['priority'], ['archived']])(
    'refuses null for the non-nullable field %s with 400, and changes nothing',
    async (field) => {
      const { owner, registry } = await coupleWithRegistry();
      const item = await createItem(owner, registry);
      const before = await stateOf(owner, registry);
      const response = await owner
        .agent()
        .patch(itemPath(registry, item))
        .send({ [field]: null })
        .expect(400);
      expectMatchesSpec(response, 'PATCH', ITEM);
      expectProblem(response, 400, 'validation-error');
      expect(pointersOf(response)).toEqual([`#/${field}`]);
      expect(await stateOf(owner, registry)).toEqual(before);
    },
  );

  it('lists every invalid field, refuses unknown ones, and changes nothing', async () => {
    const { owner, registry } = await coupleWithRegistry();
    const item = await createItem(owner, registry);
    const before = await stateOf(owner, registry);
    const response = await owner
      .agent()
      .patch(itemPath(registry, item))
      .send({ name: '', url: 'javascript:alert(1)', quantity: 0, priority: 'urgent', archived: 'yes', reserved: 0, position: 7 })
      .expect(400);
    expectMatchesSpec(response, 'PATCH', ITEM);
    expect(pointersOf(response)).toEqual(['#/archived', '#/name', '#/position', '#/priority', '#/quantity', '#/reserved', '#/url']);
    expect(await stateOf(owner, registry)).toEqual(before);
  });

  it('checks the price hint against the stored values for the side not sent', async () => {
    const { owner, registry } = await coupleWithRegistry();
    const item = await createItem(owner, registry, { priceMin: 5000, priceMax: 8000 });
    const before = await stateOf(owner, registry);
    const lowMax = await owner.agent().patch(itemPath(registry, item)).send({ priceMax: 1000 }).expect(400);
    expectMatchesSpec(lowMax, 'PATCH', ITEM);
    expect(lowMax.body.errors).toEqual([{ pointer: '#/priceMax', code: 'too-small', limit: expect.any(Number), detail: 'priceMax must be at least priceMin' }]);
    await owner.agent().patch(itemPath(registry, item)).send({ priceMin: 9000 }).expect(400);
    expect(await stateOf(owner, registry)).toEqual(before);

    const both = await owner.agent().patch(itemPath(registry, item)).send({ priceMin: 100, priceMax: 200 }).expect(200);
    expect(both.body).toMatchObject({ priceMin: 100, priceMax: 200 });
    const open = await owner.agent().patch(itemPath(registry, item)).send({ priceMin: null }).expect(200);
    expect(open.body).toMatchObject({ priceMin: null, priceMax: 200 });
  });

  it('refuses to lower the quantity below what guests reserved, with 409, and changes nothing', async () => {
    const { owner, registry } = await coupleWithRegistry();
    const item = await createItem(owner, registry, { name: 'Glasses', quantity: 6 });
    await reserve(registry, item.id, 2);
    await reserve(registry, item.id, 2);
    const before = await stateOf(owner, registry);

    const response = await owner.agent().patch(itemPath(registry, item)).send({ quantity: 3, name: 'Fewer glasses' }).expect(409);
    expectMatchesSpec(response, 'PATCH', ITEM);
    expectProblem(response, 409, 'conflict');
    expect(response.body.errors).toEqual([{ pointer: '#/quantity', code: 'too-small', limit: 4, detail: 'must be at least 4' }]);
    expect(await stateOf(owner, registry)).toEqual(before);

    const exact = await owner.agent().patch(itemPath(registry, item)).send({ quantity: 4 }).expect(200);
    expect(exact.body).toMatchObject({ quantity: 4, reserved: 4, remaining: 0 });
  });

  it('refuses to cap an unlimited item below what guests reserved', async () => {
    const { owner, registry } = await coupleWithRegistry();
    const item = await createItem(owner, registry, { quantity: null });
    await reserve(registry, item.id, 3);
    const before = await stateOf(owner, registry);
    await owner.agent().patch(itemPath(registry, item)).send({ quantity: 2 }).expect(409);
    expect(await stateOf(owner, registry)).toEqual(before);
    const capped = await owner.agent().patch(itemPath(registry, item)).send({ quantity: 3 }).expect(200);
    expect(capped.body).toMatchObject({ quantity: 3, reserved: 3, remaining: 0 });
  });

  it("keeps archived items in the owner's list with their reservations, hidden from guests", async () => {
    const { owner, registry } = await coupleWithRegistry();
    const kept = await createItem(owner, registry, { name: 'Kept', quantity: 3 });
    const shown = await createItem(owner, registry, { name: 'Shown' });
    await reserve(registry, kept.id, 1);

    const archived = await owner.agent().patch(itemPath(registry, kept)).send({ archived: true }).expect(200);
    expectMatchesSpec(archived, 'PATCH', ITEM);
    expect(archived.body).toMatchObject({ archived: true, reserved: 1, remaining: 2 });

    expect(await listItems(owner, registry)).toEqual([
      expect.objectContaining({ id: kept.id, archived: true, reserved: 1, position: 0 }),
      expect.objectContaining({ id: shown.id, archived: false, position: 1 }),
    ]);
    const guestView = await t.http().get(`/api/public/registries/${registry.slug}`).expect(200);
    expect((guestView.body.items as { id: string }[]).map((i) => i.id)).toEqual([shown.id]);
    await t.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(kept.id)).expect(404);

    await owner.agent().patch(itemPath(registry, kept)).send({ archived: false }).expect(200);
    const again = await t.http().get(`/api/public/registries/${registry.slug}`).expect(200);
    expect((again.body.items as { id: string }[]).map((i) => i.id)).toEqual([kept.id, shown.id]);
  });

  it('accepts an empty change and answers with the item', async () => {
    const { owner, registry } = await coupleWithRegistry();
    const item = await createItem(owner, registry, { name: 'Unchanged' });
    const response = await owner.agent().patch(itemPath(registry, item)).send({}).expect(200);
    expectMatchesSpec(response, 'PATCH', ITEM);
    expect(response.body).toMatchObject({ id: item.id, name: 'Unchanged', quantity: 1 });
  });

  it("answers 404 for another couple's item, however it is addressed, and changes nothing", async () => {
    const { owner: ana, registry: anas } = await coupleWithRegistry();
    const anasItem = await createItem(ana, anas, { name: 'Ana wants this' });
    const { owner: zoe, registry: zoes } = await coupleWithRegistry();
    const before = await stateOf(ana, anas);
    const zoesBefore = await stateOf(zoe, zoes);

    // Zoe's own registry in the path, Ana's item id.
    const crossed = await zoe.agent().patch(itemPath(zoes, anasItem)).send({ name: 'Mine now' }).expect(404);
    expectMatchesSpec(crossed, 'PATCH', ITEM);
    expectProblem(crossed, 404, 'not-found');
    // Ana's registry in the path.
    const direct = await zoe.agent().patch(itemPath(anas, anasItem)).send({ name: 'Mine now' }).expect(404);
    expectMatchesSpec(direct, 'PATCH', ITEM);
    // An item that does not exist at all.
    await ana
      .agent()
      .patch(itemPath(anas, { id: randomUUID() }))
      .send({ name: 'Ghost' })
      .expect(404);

    expect(await stateOf(ana, anas)).toEqual(before);
    expect(await stateOf(zoe, zoes)).toEqual(zoesBefore);
  });

  it('answers 400 for an item id that is not a UUID', async () => {
    const { owner, registry } = await coupleWithRegistry();
    const response = await owner
      .agent()
      .patch(`${itemsPath(registry)}/42`)
      .send({ name: 'x' })
      .expect(400);
    expectMatchesSpec(response, 'PATCH', ITEM);
  });
});

describe('DELETE /api/registries/{registryId}/items/{itemId}', () => {
  it('deletes an item nobody reserved', async () => {
    const { owner, registry } = await coupleWithRegistry();
    const gone = await createItem(owner, registry, { name: 'Gone' });
    const stays = await createItem(owner, registry, { name: 'Stays' });
    const version = await versionOf(owner, registry);
    const response = await owner.agent().delete(itemPath(registry, gone)).expect(204);
    expectMatchesSpec(response, 'DELETE', ITEM);
    expect((await listItems(owner, registry)).map((i) => i.id)).toEqual([stays.id]);
    expect(await versionOf(owner, registry)).toBe(version + 1);
    const twice = await owner.agent().delete(itemPath(registry, gone)).expect(404);
    expectMatchesSpec(twice, 'DELETE', ITEM);
  });

  it('refuses with 409 to delete an item guests reserved, and changes nothing; once undone it can go', async () => {
    const { owner, registry } = await coupleWithRegistry();
    const item = await createItem(owner, registry, { name: 'Reserved', quantity: 2 });
    const undoToken = await reserve(registry, item.id);
    const before = await stateOf(owner, registry);

    const response = await owner.agent().delete(itemPath(registry, item)).expect(409);
    expectMatchesSpec(response, 'DELETE', ITEM);
    expectProblem(response, 409, 'conflict');
    expect(response.body.detail).toMatch(/archive/i);
    expect(await stateOf(owner, registry)).toEqual(before);

    // Archived, it still cannot be deleted: the reservation is kept.
    await owner.agent().patch(itemPath(registry, item)).send({ archived: true }).expect(200);
    await owner.agent().delete(itemPath(registry, item)).expect(409);

    await t.http().delete(`/api/public/reservations/${undoToken}`).expect(200);
    await owner.agent().delete(itemPath(registry, item)).expect(204);
    expect(await listItems(owner, registry)).toEqual([]);
  });

  it("answers 404 for another couple's item, and deletes nothing", async () => {
    const { owner: ana, registry: anas } = await coupleWithRegistry();
    const anasItem = await createItem(ana, anas);
    const { owner: zoe, registry: zoes } = await coupleWithRegistry();
    const before = await stateOf(ana, anas);
    const zoesBefore = await stateOf(zoe, zoes);

    const direct = await zoe.agent().delete(itemPath(anas, anasItem)).expect(404);
    expectMatchesSpec(direct, 'DELETE', ITEM);
    expectProblem(direct, 404, 'not-found');
    await zoe.agent().delete(itemPath(zoes, anasItem)).expect(404);

    expect(await stateOf(ana, anas)).toEqual(before);
    expect(await stateOf(zoe, zoes)).toEqual(zoesBefore);
  });
});

describe('PUT /api/registries/{registryId}/items/order', () => {
  async function withItems(count: number) {
    const { owner, registry } = await coupleWithRegistry();
    const items: TestItem[] = [];
    for (let i = 0; i < count; i++) items.push(await createItem(owner, registry, { name: `Gift ${i}` }));
    return { owner, registry, items };
  }

  it('puts the items in the given order, giving a new version only to those that moved', async () => {
    const { owner, registry, items } = await withItems(4);
    const [a, b, c, d] = items;
    const version = await versionOf(owner, registry);

    const response = await owner
      .agent()
      .put(orderPath(registry))
      .send({ itemIds: [c.id, b.id, a.id, d.id] })
      .expect(200);
    expectMatchesSpec(response, 'PUT', ORDER);
    const body = response.body as ItemBody[];
    expect(body.map((i) => [i.id, i.position])).toEqual([
      [c.id, 0],
      [b.id, 1],
      [a.id, 2],
      [d.id, 3],
    ]);
    expect(Object.fromEntries(body.map((i) => [i.id, i.version]))).toEqual({ [a.id]: 2, [b.id]: 1, [c.id]: 2, [d.id]: 1 });
    expect(await listItems(owner, registry)).toEqual(body);
    expect(await versionOf(owner, registry)).toBe(version + 1);

    // A new item still goes to the end.
    const e = await createItem(owner, registry, { name: 'Last' });
    expect((await listItems(owner, registry)).map((i) => i.id)).toEqual([c.id, b.id, a.id, d.id, e.id]);
  });

  it('includes archived items, which must be listed too', async () => {
    const { owner, registry, items } = await withItems(3);
    const [a, b, c] = items;
    await owner.agent().patch(itemPath(registry, b)).send({ archived: true }).expect(200);
    await owner
      .agent()
      .put(orderPath(registry))
      .send({ itemIds: [c.id, a.id] })
      .expect(400);
    const response = await owner
      .agent()
      .put(orderPath(registry))
      .send({ itemIds: [b.id, c.id, a.id] })
      .expect(200);
    expect((response.body as ItemBody[]).map((i) => [i.id, i.archived])).toEqual([
      [b.id, true],
      [c.id, false],
      [a.id, false],
    ]);
  });

  it('answers an empty list for a registry without items', async () => {
    const { owner, registry } = await coupleWithRegistry();
    const response = await owner.agent().put(orderPath(registry)).send({ itemIds: [] }).expect(200);
    expectMatchesSpec(response, 'PUT', ORDER);
    expect(response.body).toEqual([]);
  });

  const notPermutations: [string, (ids: string[], foreign: string) => unknown][] = [
    ['one id missing', (ids) => ids.slice(1)],
    ['an unknown id added', (ids) => [...ids, randomUUID()]],
    ["another registry's item in place of one", (ids, foreign) => [...ids.slice(1), foreign]],
    ['an id twice', (ids) => [...ids.slice(1), ids[1]]],
    ['an id twice, with the right count', (ids) => [ids[0], ids[0], ids[1]]],
    ['no ids', () => []],
    ['something that is not a UUID', (ids) => [...ids.slice(1), 'not-a-uuid']],
    ['a string instead of a list', (ids) => ids.join(',')],
    ['nothing at all', () => undefined],
  ];

  it.each(notPermutations)('refuses with 400 an order with %s, and changes nothing', async (_, make) => {
    const { owner, registry, items } = await withItems(3);
    const { owner: other, registry: theirs } = await coupleWithRegistry();
    const foreign = await createItem(other, theirs);
    const before = await stateOf(owner, registry);

    const itemIds = make(
      items.map((i) => i.id),
      foreign.id,
    );
    const response = await owner
      .agent()
      .put(orderPath(registry))
      .send(itemIds === undefined ? {} : { itemIds })
      .expect(400);
    expectMatchesSpec(response, 'PUT', ORDER);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(pointersOf(response).every((p) => p === '#/itemIds' || p.startsWith('#/itemIds/'))).toBe(true);
    expect(response.body.errors.length).toBeGreaterThan(0);
    expect(await stateOf(owner, registry)).toEqual(before);
  });

  it('refuses unknown fields', async () => {
    const { owner, registry, items } = await withItems(1);
    const response = await owner
      .agent()
      .put(orderPath(registry))
      .send({ itemIds: [items[0].id], reverse: true })
      .expect(400);
    expect(response.body.errors).toEqual([{ pointer: '#/reverse', code: 'unknown-field', detail: 'property reverse should not exist' }]);
  });

  it("answers 404 for another couple's registry, even with its exact item ids, and changes nothing", async () => {
    const { owner, registry, items } = await withItems(2);
    const stranger = await createUser(t);
    const before = await stateOf(owner, registry);
    const response = await stranger
      .agent()
      .put(orderPath(registry))
      .send({ itemIds: [items[1].id, items[0].id] })
      .expect(404);
    expectMatchesSpec(response, 'PUT', ORDER);
    expectProblem(response, 404, 'not-found');
    expect(await stateOf(owner, registry)).toEqual(before);
  });
});

describe('authentication', () => {
  let owner: TestUser;
  let registry: TestRegistry;
  let item: TestItem;
  beforeAll(async () => {
    ({ owner, registry } = await coupleWithRegistry());
    item = await createItem(owner, registry);
  });

  const routes: { method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT'; template: string; path: () => string; body?: () => Record<string, unknown> }[] = [
    { method: 'GET', template: ITEMS, path: () => itemsPath(registry) },
    { method: 'POST', template: ITEMS, path: () => itemsPath(registry), body: () => ({ name: 'Anonymous gift' }) },
    { method: 'PATCH', template: ITEM, path: () => itemPath(registry, item), body: () => ({ name: 'Anonymous edit' }) },
    { method: 'DELETE', template: ITEM, path: () => itemPath(registry, item) },
    { method: 'PUT', template: ORDER, path: () => orderPath(registry), body: () => ({ itemIds: [item.id] }) },
  ];

  it.each(routes)('$method $template answers 401 without a token or session, and changes nothing', async ({ method, template, path, body }) => {
    const before = await stateOf(owner, registry);
    for (const agent of [t.http(), t.http().auth('wgp_not-a-real-token', { type: 'bearer' })]) {
      const call = agent[method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete' | 'put'](path());
      const response = await (body ? call.send(body()) : call).expect(401);
      expectMatchesSpec(response, method, template);
      expectProblem(response, 401, 'unauthenticated');
    }
    expect(await stateOf(owner, registry)).toEqual(before);
  });

  it('works with a session cookie as well as a token', async () => {
    const browser = t.http();
    await browser.post('/api/auth/login').send({ email: owner.email, password: owner.password }).expect(200);
    const created = await browser.post(itemsPath(registry)).send({ name: 'Added in the browser' }).expect(201);
    await browser.delete(itemPath(registry, created.body as { id: string })).expect(204);
    expect((await browser.get(itemsPath(registry)).expect(200)).body).toEqual([expect.objectContaining({ id: item.id })]);
  });
});

describe('registry version', () => {
  it('goes up by one with every item write, and not with reads', async () => {
    const { owner, registry } = await coupleWithRegistry();
    let expected = await versionOf(owner, registry);
    const bumped = async () => expect(await versionOf(owner, registry)).toBe(++expected);

    const a = await createItem(owner, registry);
    await bumped();
    const b = await createItem(owner, registry);
    await bumped();
    await listItems(owner, registry);
    expect(await versionOf(owner, registry)).toBe(expected);
    await owner.agent().patch(itemPath(registry, a)).send({ name: 'Renamed' }).expect(200);
    await bumped();
    await owner.agent().patch(itemPath(registry, a)).send({ archived: true }).expect(200);
    await bumped();
    await owner
      .agent()
      .put(orderPath(registry))
      .send({ itemIds: [b.id, a.id] })
      .expect(200);
    await bumped();
    await owner.agent().delete(itemPath(registry, b)).expect(204);
    await bumped();
  });

  it('stays put when an item write is refused', async () => {
    const { owner, registry } = await coupleWithRegistry();
    const item = await createItem(owner, registry, { quantity: 2, priceMin: 100, priceMax: 200 });
    await reserve(registry, item.id, 2);
    const { owner: stranger, registry: strangers } = await coupleWithRegistry();
    const before = await stateOf(owner, registry);

    await owner.agent().post(itemsPath(registry)).send({ name: '' }).expect(400);
    await owner.agent().post(itemsPath(registry)).send({ name: 'x', priceMin: 2, priceMax: 1 }).expect(400);
    await owner.agent().patch(itemPath(registry, item)).send({ name: null }).expect(400);
    await owner.agent().patch(itemPath(registry, item)).send({ priceMax: 50 }).expect(400); // refused inside the write
    await owner.agent().patch(itemPath(registry, item)).send({ quantity: 1 }).expect(409); // refused by the database
    await owner.agent().delete(itemPath(registry, item)).expect(409);
    await owner.agent().put(orderPath(registry)).send({ itemIds: [] }).expect(400);
    await owner
      .agent()
      .patch(itemPath(registry, { id: randomUUID() }))
      .send({ name: 'x' })
      .expect(404);
    await owner.agent().delete(itemPath(strangers, item)).expect(404);
    await stranger.agent().post(itemsPath(registry)).send({ name: 'x' }).expect(404);
    await stranger.agent().patch(itemPath(registry, item)).send({ name: 'x' }).expect(404);
    await stranger.agent().delete(itemPath(registry, item)).expect(404);
    await stranger
      .agent()
      .put(orderPath(registry))
      .send({ itemIds: [item.id] })
      .expect(404);
    await t.http().post(itemsPath(registry)).send({ name: 'x' }).expect(401);

    expect(await stateOf(owner, registry)).toEqual(before);
  });
});

// --- Load shapes (issue 11, item 16): a registry's item text is bounded, so the public document is too. ---
describe("the bound on a registry's item text (REGISTRY_MAX_TEXT_BYTES)", () => {
  /** A registry whose item text (as JSON) is `room` bytes short of the bound, in one item written as the app would have. */
  async function nearlyFull(room: number) {
    const { owner, registry } = await coupleWithRegistry();
    // name "Filler" is 8 bytes as JSON, the description its length + 2 quotes; url and category are null.
    const description = 'x'.repeat(t.config.registryMaxTextBytes - room - 8 - 2);
    const [{ id }] = (await t.db.query(
      `INSERT INTO items (registry_id, name, description, quantity, priority, position) VALUES ($1, 'Filler', $2, 1, 'medium', 0) RETURNING id`,
      [registry.id, description],
    )) as { id: string }[];
    return { owner, registry, filler: { id } };
  }

  it('refuses a new item that would take the text past the bound with 409 list-size-limit, and writes nothing', async () => {
    const { owner, registry } = await nearlyFull(50);
    const before = await stateOf(owner, registry);
    // "Lamp" (6 bytes) and 100 characters of description (102), each quote counting twice as JSON: 6 + 102 + 5 = 113.
    const response = await owner
      .agent()
      .post(itemsPath(registry))
      .send({ name: 'Lamp', description: 'y'.repeat(95) + '"'.repeat(5) })
      .expect(409);
    expectMatchesSpec(response, 'POST', ITEMS);
    expectProblem(response, 409, 'list-size-limit');
    const used = t.config.registryMaxTextBytes - 50;
    expect(response.body).toMatchObject({ limit: t.config.registryMaxTextBytes, used, requested: used + 113 });
    expect(response.body.detail).toMatch(/at most 2000000 bytes of text .* Shorten some descriptions or delete items/);
    expect(await stateOf(owner, registry)).toEqual(before);
  });

  it('accepts an item that fits, then refuses an edit that grows the text past the bound but allows one within it', async () => {
    const { owner, registry } = await nearlyFull(50);
    const lamp = (await owner.agent().post(itemsPath(registry)).send({ name: 'Lamp' }).expect(201)).body as ItemBody; // 8 of the 50 bytes
    const before = await stateOf(owner, registry);
    const grow = await owner
      .agent()
      .patch(itemPath(registry, lamp))
      .send({ description: 'z'.repeat(60) })
      .expect(409);
    expectMatchesSpec(grow, 'PATCH', ITEM);
    expectProblem(grow, 409, 'list-size-limit');
    expect(await stateOf(owner, registry)).toEqual(before);
    // Within the 42 bytes left, an edit is fine.
    await owner
      .agent()
      .patch(itemPath(registry, lamp))
      .send({ description: 'z'.repeat(40) })
      .expect(200);
  });

  it('lets a list already over the bound (e.g. after lowering it) shrink, and not grow', async () => {
    const { owner, registry, filler } = await nearlyFull(-1000);
    await owner.agent().patch(itemPath(registry, filler)).send({ name: 'F' }).expect(200);
    const grow = await owner.agent().patch(itemPath(registry, filler)).send({ name: 'Filler again' }).expect(409);
    expectProblem(grow, 409, 'list-size-limit');
    // Fields other than text are never refused for the text's sake.
    await owner.agent().patch(itemPath(registry, filler)).send({ quantity: 3 }).expect(200);
  });
});
