import { TestRegistry, TestUser, createItem, createRegistry, createUser, pledgeBody, reservationBody } from './support/factories';
import { expectMatchesSpec } from './support/openapi-contract';
import { TestApp, startTestApp } from './support/test-app';

/**
 * Issue 15, item 10: a guest's undo link names the gift before the click (a GET that changes nothing, so mail scanners
 * are harmless), says "already undone" the second time, and leads back to the list.
 */
let t: TestApp;
let owner: TestUser;
let registry: TestRegistry;
beforeAll(async () => {
  t = await startTestApp();
  owner = await createUser(t);
  registry = await createRegistry(owner, { title: 'Ana & Ben are getting married', coupleNames: 'Ana & Ben' });
});
afterAll(() => t.close());

const listOf = { slug: expect.any(String), title: 'Ana & Ben are getting married', coupleNames: 'Ana & Ben' };

describe('a reservation undo link', () => {
  it('names the gift before undoing, undoes once, then says it was undone already', async () => {
    const item = await createItem(owner, registry, { name: 'Dinner plates', quantity: 6 });
    const created = await t
      .http()
      .post(`/api/public/registries/${registry.slug}/reservations`)
      .send(reservationBody(item.id, { quantity: 2 }))
      .expect(201);
    const token = created.body.undoToken as string;

    const before = await t.http().get(`/api/public/reservations/${token}`).expect(200);
    expectMatchesSpec(before, 'GET', '/api/public/reservations/{token}');
    expect(before.headers['cache-control']).toBe('no-store');
    expect(before.body).toEqual({ itemName: 'Dinner plates', quantity: 2, status: 'active', registry: { ...listOf, slug: registry.slug } });
    // Reading the link changed nothing.
    expect((await t.http().get(`/api/public/registries/${registry.slug}`).expect(200)).body.items[0]).toMatchObject({ reserved: 2 });

    const first = await t.http().delete(`/api/public/reservations/${token}`).expect(200);
    expectMatchesSpec(first, 'DELETE', '/api/public/reservations/{token}');
    expect(first.body).toMatchObject({ alreadyUndone: false, item: { name: 'Dinner plates', reserved: 0 } });
    expect((await t.http().get(`/api/public/reservations/${token}`).expect(200)).body.status).toBe('cancelled');
    expect((await t.http().delete(`/api/public/reservations/${token}`).expect(200)).body).toMatchObject({ alreadyUndone: true });
  });

  it('answers 404 for a token that is not one', async () => {
    await t.http().get('/api/public/reservations/wgu_nothing').expect(404);
  });
});

describe('a pledge undo link', () => {
  it('names the gift and amount before undoing, then says it was undone already', async () => {
    const fund = await createItem(owner, registry, { name: 'Honeymoon fund', kind: 'fund' });
    const created = await t
      .http()
      .post(`/api/public/registries/${registry.slug}/pledges`)
      .send(pledgeBody(fund.id, { amount: 5000 }))
      .expect(201);
    const token = created.body.undoToken as string;

    const before = await t.http().get(`/api/public/pledges/${token}`).expect(200);
    expectMatchesSpec(before, 'GET', '/api/public/pledges/{token}');
    expect(before.headers['cache-control']).toBe('no-store');
    expect(before.body).toEqual({ itemName: 'Honeymoon fund', amount: 5000, currency: 'EUR', status: 'pledged', registry: { ...listOf, slug: registry.slug } });

    expect((await t.http().delete(`/api/public/pledges/${token}`).expect(200)).body).toMatchObject({ alreadyUndone: false });
    expect((await t.http().get(`/api/public/pledges/${token}`).expect(200)).body.status).toBe('cancelled');
    expect((await t.http().delete(`/api/public/pledges/${token}`).expect(200)).body).toMatchObject({ alreadyUndone: true });
  });
});
