import { RATE_LIMITS } from '../src/common/http/rate-limits';
import { TestRegistry, TestUser, createItem, createRegistry, createUser, insertItems, reservationBody } from './support/factories';
import { expectMatchesSpec } from './support/openapi-contract';
import { routeDomain } from './support/plans';
import { TestApp, countQueries, startTestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const PROBLEMS = 'https://whispergifts.com/problems/';
const giftList = (slug: string, agent = t.http()) => agent.get(`/api/public/registries/${slug}`);
const unlock = (slug: string, password: unknown, agent = t.http()) => agent.post(`/api/public/registries/${slug}/unlock`).send({ password });
const reserve = (slug: string, body: Record<string, unknown>, agent = t.http()) => agent.post(`/api/public/registries/${slug}/reservations`).send(body);

async function ownerVersion(owner: TestUser, registry: TestRegistry): Promise<number> {
  const response = await owner.agent().get(`/api/registries/${registry.id}`).expect(200);
  return response.body.version as number;
}

function expectProblem(response: { headers: Record<string, unknown>; body: Record<string, unknown> }, type: string) {
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body.type).toBe(PROBLEMS + type);
}

describe('the gift list', () => {
  it('shows the header, and the items in the manual order with what is reserved and what remains', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner, {
      title: 'Ana & Ben tie the knot',
      coupleNames: 'Ana & Ben',
      eventDate: '2027-06-12',
      welcomeMessage: 'Thank you for celebrating with us!',
      currency: 'GBP',
      theme: 'garden',
    });
    const toaster = await createItem(owner, registry, {
      name: 'Toaster',
      description: 'Four slots',
      url: 'https://shop.example/toaster',
      priceMin: 3000,
      priceMax: 4500,
      quantity: 2,
      priority: 'high',
      category: 'Kitchen',
    });
    const honeymoon = await createItem(owner, registry, { name: 'Honeymoon fund', quantity: null, priority: 'low' });
    const archived = await createItem(owner, registry, { name: 'Fondue set', quantity: 1 });
    const plates = await createItem(owner, registry, { name: 'Plates', quantity: 3 });

    // The couple's order, not the creation order.
    await owner
      .agent()
      .put(`/api/registries/${registry.id}/items/order`)
      .send({ itemIds: [plates.id, toaster.id, archived.id, honeymoon.id] })
      .expect(200);
    await reserve(registry.slug, reservationBody(toaster.id, { name: 'Secret Guest', email: 'secret.guest@example.com' })).expect(201);
    await reserve(registry.slug, reservationBody(honeymoon.id, { quantity: 5 })).expect(201);
    await owner.agent().patch(`/api/registries/${registry.id}/items/${archived.id}`).send({ archived: true }).expect(200);

    const response = await giftList(registry.slug).expect(200);
    expectMatchesSpec(response, 'GET', '/api/public/registries/{slug}');
    expect(response.headers['x-robots-tag']).toBe('noindex');
    expect(response.body.registry).toEqual({
      slug: registry.slug,
      title: 'Ana & Ben tie the knot',
      coupleNames: 'Ana & Ben',
      eventDate: '2027-06-12',
      welcomeMessage: 'Thank you for celebrating with us!',
      headerImage: null,
      currency: 'GBP',
      theme: 'garden',
      language: 'en',
      giving: null,
    });
    const items = response.body.items as Record<string, unknown>[];
    expect(items.map((i) => i.name)).toEqual(['Plates', 'Toaster', 'Honeymoon fund']);
    expect(items[0]).toMatchObject({ id: plates.id, quantity: 3, reserved: 0, remaining: 3 });
    expect(items[1]).toEqual({
      id: toaster.id,
      name: 'Toaster',
      description: 'Four slots',
      url: 'https://shop.example/toaster',
      priceMin: 3000,
      priceMax: 4500,
      quantity: 2,
      reserved: 1,
      remaining: 1,
      priority: 'high',
      category: 'Kitchen',
      image: null,
      kind: 'gift',
      targetAmount: null,
      minContribution: null,
      suggestedAmounts: [],
      allowOverfunding: false,
      hideTotals: false,
      pledgedAmount: 0,
      remainingAmount: null,
      pledgeCount: 0,
    });
    expect(items[2]).toMatchObject({ id: honeymoon.id, quantity: null, reserved: 5, remaining: null, priority: 'low' });

    expect(response.body.version).toBe(await ownerVersion(owner, registry));
    expect(Date.parse(response.body.updatedAt as string)).not.toBeNaN();

    // Guests see counts, never who reserved, nor the couple's private settings.
    const text = JSON.stringify(response.body);
    for (const secret of ['Secret Guest', 'secret.guest@example.com', owner.email, registry.id, 'visibility', 'password', 'surprise']) {
      expect(text).not.toContain(secret);
    }
  });

  it('shows an empty list for a registry without items', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    const response = await giftList(registry.slug).expect(200);
    expectMatchesSpec(response, 'GET', '/api/public/registries/{slug}');
    expect(response.body.items).toEqual([]);
    expect(response.body.registry).toMatchObject({ eventDate: null, welcomeMessage: '', theme: 'classic', currency: 'EUR' });
  });

  it('answers 404 for an unknown slug', async () => {
    const response = await giftList('no-such-couple').expect(404);
    expectMatchesSpec(response, 'GET', '/api/public/registries/{slug}');
    expectProblem(response, 'not-found');
  });

  it('is reachable by its slug when unlisted', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner, { visibility: 'unlisted' });
    const item = await createItem(owner, registry, { name: 'Teapot' });
    const response = await giftList(registry.slug).expect(200);
    expectMatchesSpec(response, 'GET', '/api/public/registries/{slug}');
    expect(response.body.items).toEqual([expect.objectContaining({ id: item.id, name: 'Teapot', remaining: 1 })]);
    await reserve(registry.slug, reservationBody(item.id)).expect(201);
  });

  it('follows changes at once: a new reservation, an undo, a new item', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    const item = await createItem(owner, registry, { quantity: 2 });
    const first = await giftList(registry.slug).expect(200);
    expect(first.body.items[0]).toMatchObject({ reserved: 0, remaining: 2 });

    const created = await reserve(registry.slug, reservationBody(item.id)).expect(201);
    const second = await giftList(registry.slug).expect(200);
    expect(second.body.items[0]).toMatchObject({ reserved: 1, remaining: 1 });
    expect(second.body.version).toBeGreaterThan(first.body.version as number);

    await t
      .http()
      .delete(`/api/public/reservations/${created.body.undoToken as string}`)
      .expect(200);
    await createItem(owner, registry, { name: 'Added later' });
    const third = await giftList(registry.slug).expect(200);
    expect(third.body.items).toEqual([expect.objectContaining({ id: item.id, reserved: 0, remaining: 2 }), expect.objectContaining({ name: 'Added later' })]);
    expect(third.body.version).toBe(await ownerVersion(owner, registry));
  });

  it('is produced with the same small number of SQL queries for 5 items and for 500', async () => {
    const owner = await createUser(t);
    const small = await createRegistry(owner);
    const large = await createRegistry(owner);
    await insertItems(t, small.id, 5);
    await insertItems(t, large.id, 500);

    const five = await countQueries(t, () => giftList(small.slug).expect(200));
    const fiveHundred = await countQueries(t, () => giftList(large.slug).expect(200));
    expect(five.result.body.items).toHaveLength(5);
    expect(fiveHundred.result.body.items).toHaveLength(500);
    expectMatchesSpec(fiveHundred.result, 'GET', '/api/public/registries/{slug}');
    // Inserted with position n: the list keeps that order.
    expect((fiveHundred.result.body.items as { name: string }[]).slice(0, 3).map((i) => i.name)).toEqual(['Gift 1', 'Gift 2', 'Gift 3']);

    expect(five.queries).toBeGreaterThan(0);
    expect(five.queries).toBeLessThanOrEqual(3);
    expect(fiveHundred.queries).toBe(five.queries);
  });
});

describe('password-protected gift lists', () => {
  async function protectedRegistry(password = 'open sesame') {
    const owner = await createUser(t);
    const registry = await createRegistry(owner, { visibility: 'password', password });
    const item = await createItem(owner, registry, { name: 'Secret gift', quantity: 1 });
    return { owner, registry, item };
  }

  it('are locked until unlocked in this browser session', async () => {
    const { registry, item } = await protectedRegistry();

    const locked = await giftList(registry.slug).expect(401);
    expectMatchesSpec(locked, 'GET', '/api/public/registries/{slug}');
    expectProblem(locked, 'registry-locked');
    expect(JSON.stringify(locked.body)).not.toContain('Secret gift');

    const guest = t.http();
    const wrong = await unlock(registry.slug, 'not the password', guest).expect(401);
    expectMatchesSpec(wrong, 'POST', '/api/public/registries/{slug}/unlock');
    expectProblem(wrong, 'registry-locked');
    await giftList(registry.slug, guest).expect(401);

    const unlocked = await unlock(registry.slug, 'open sesame', guest).expect(204);
    expectMatchesSpec(unlocked, 'POST', '/api/public/registries/{slug}/unlock');
    const cookie = ((unlocked.headers['set-cookie'] as unknown as string[] | undefined) ?? []).find((c) => c.startsWith('wg_session='));
    expect(cookie).toMatch(/HttpOnly/i);

    const open = await giftList(registry.slug, guest).expect(200);
    expectMatchesSpec(open, 'GET', '/api/public/registries/{slug}');
    expect(open.body.items).toEqual([expect.objectContaining({ id: item.id, name: 'Secret gift' })]);

    // Another browser, without that session, is still locked out.
    await giftList(registry.slug).expect(401);
  });

  it('refuses a reservation until unlocked, and changes nothing', async () => {
    const { owner, registry, item } = await protectedRegistry();
    const versionBefore = await ownerVersion(owner, registry);

    const refused = await reserve(registry.slug, reservationBody(item.id)).expect(401);
    expectMatchesSpec(refused, 'POST', '/api/public/registries/{slug}/reservations');
    expectProblem(refused, 'registry-locked');
    expect(await t.db.query('SELECT count(*)::int AS n FROM reservations WHERE registry_id = $1', [registry.id])).toEqual([{ n: 0 }]);
    expect(await t.db.query('SELECT reserved_quantity FROM items WHERE id = $1', [item.id])).toEqual([{ reserved_quantity: 0 }]);
    expect(await ownerVersion(owner, registry)).toBe(versionBefore);

    const guest = t.http();
    await unlock(registry.slug, 'open sesame', guest).expect(204);
    const created = await reserve(registry.slug, reservationBody(item.id), guest).expect(201);
    expectMatchesSpec(created, 'POST', '/api/public/registries/{slug}/reservations');
    expect(created.body.item).toMatchObject({ reserved: 1, remaining: 0 });
  });

  it('lock again when the couple changes the password', async () => {
    const { owner, registry } = await protectedRegistry('first password');
    const guest = t.http();
    await unlock(registry.slug, 'first password', guest).expect(204);
    await giftList(registry.slug, guest).expect(200);

    await owner.agent().patch(`/api/registries/${registry.id}`).send({ password: 'second password' }).expect(200);
    const relocked = await giftList(registry.slug, guest).expect(401);
    expectProblem(relocked, 'registry-locked');
    await unlock(registry.slug, 'first password', guest).expect(401);
    await giftList(registry.slug, guest).expect(401);

    await unlock(registry.slug, 'second password', guest).expect(204);
    await giftList(registry.slug, guest).expect(200);
  });

  it("let an owner's session in without the password, and only theirs (issue 15, item 7)", async () => {
    const { owner, registry } = await protectedRegistry('only for guests');
    const browser = t.http();
    await browser.post('/api/auth/login').send({ email: owner.email, password: owner.password }).expect(200);
    const open = await giftList(registry.slug, browser).expect(200);
    expect(open.body.registry.slug).toBe(registry.slug);
    // The session now counts as unlocked: a conditional request gets its 304, and the live stream opens too.
    await giftList(registry.slug, browser).set('if-none-match', open.headers.etag).expect(304);
    await browser.head(`/api/public/registries/${registry.slug}/events`).expect(200);

    // Another couple, signed in, is a guest like any other here.
    const other = await createUser(t);
    const stranger = t.http();
    await stranger.post('/api/auth/login').send({ email: other.email, password: other.password }).expect(200);
    expectProblem(await giftList(registry.slug, stranger).expect(401), 'registry-locked');

    // A new password: the owner's next load lets them in again (it needs no password from them either).
    await owner.agent().patch(`/api/registries/${registry.id}`).send({ password: 'a new one' }).expect(200);
    await giftList(registry.slug, browser).expect(200);
  });

  it('open to everyone once the couple makes the registry public', async () => {
    const { owner, registry } = await protectedRegistry();
    await giftList(registry.slug).expect(401);
    await owner.agent().patch(`/api/registries/${registry.id}`).send({ visibility: 'public' }).expect(200);
    await giftList(registry.slug).expect(200);
  });

  it('unlock one registry at a time', async () => {
    const first = await protectedRegistry('same password');
    const second = await protectedRegistry('same password');
    const guest = t.http();
    await unlock(first.registry.slug, 'same password', guest).expect(204);
    await giftList(first.registry.slug, guest).expect(200);
    await giftList(second.registry.slug, guest).expect(401);
  });

  it('validate the unlock request', async () => {
    const { registry } = await protectedRegistry();
    const missing = await t.http().post(`/api/public/registries/${registry.slug}/unlock`).send({}).expect(400);
    expectMatchesSpec(missing, 'POST', '/api/public/registries/{slug}/unlock');
    expect((missing.body.errors as { pointer: string }[]).map((e) => e.pointer)).toEqual(['#/password']);
    const notAString = await unlock(registry.slug, 12345).expect(400);
    expect((notAString.body.errors as { pointer: string }[]).map((e) => e.pointer)).toEqual(['#/password']);

    const unknown = await unlock('no-such-registry', 'whatever').expect(404);
    expectMatchesSpec(unknown, 'POST', '/api/public/registries/{slug}/unlock');
    expectProblem(unknown, 'not-found');
  });

  it('unlocking a registry without a password is harmless', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    await unlock(registry.slug, 'anything at all').expect(204);
    await giftList(registry.slug).expect(200);
  });

  it('limit password guesses with 429 and Retry-After', async () => {
    const { registry } = await protectedRegistry();
    const guest = t.http();
    const { points } = RATE_LIMITS['unlock-ip'];
    for (let i = 0; i < points; i++) await unlock(registry.slug, `guess ${i}`, guest).expect(401);
    const limited = await unlock(registry.slug, 'open sesame', guest).expect(429);
    expectMatchesSpec(limited, 'POST', '/api/public/registries/{slug}/unlock');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await giftList(registry.slug, guest).expect(401);
  });
});

describe('custom domains', () => {
  it('names the gift list a custom domain shows, whatever the case or port, and 404 for unknown hosts', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    await routeDomain(t, registry.id, 'gifts.ana-and-ben.example');
    const found = await t.http().get('/api/public/domains/gifts.ana-and-ben.example:8080').expect(200);
    expectMatchesSpec(found, 'GET', '/api/public/domains/{host}');
    expect(found.body).toEqual({ host: 'gifts.ana-and-ben.example', slug: registry.slug });
    const unknown = await t.http().get('/api/public/domains/nobody.example').expect(404);
    expectMatchesSpec(unknown, 'GET', '/api/public/domains/{host}');
  });
});
