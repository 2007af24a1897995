import { TestRegistry, TestUser, createItem, createRegistry, createUser, reservationBody } from './support/factories';
import { expectMatchesSpec } from './support/openapi-contract';
import { TestApp, startTestApp } from './support/test-app';

/**
 * Every field error carries a stable `code` (plus the `limit` crossed) so the web app can say what is wrong in its own
 * words, naming the field as its form labels it, instead of showing class-validator's English to guests.
 */
let t: TestApp;
let owner: TestUser;
let registry: TestRegistry;
beforeAll(async () => {
  t = await startTestApp();
  owner = await createUser(t);
  registry = await createRegistry(owner);
});
afterAll(() => t.close());

describe('field error codes', () => {
  it('tells a missing or blank field (required) from a long one (too-long, with its limit) and a bad address (invalid-email)', async () => {
    const item = await createItem(owner, registry);
    const path = `/api/public/registries/${registry.slug}/reservations`;
    const blank = await t
      .http()
      .post(path)
      .send(reservationBody(item.id, { name: '   ', email: 'not an address' }));
    expect(blank.status).toBe(400);
    expectMatchesSpec(blank, 'POST', '/api/public/registries/{slug}/reservations');
    expect(blank.body.errors).toEqual([
      { pointer: '#/name', code: 'required', detail: expect.any(String) },
      { pointer: '#/email', code: 'invalid-email', detail: expect.any(String) },
    ]);
    const long = await t
      .http()
      .post(path)
      .send(reservationBody(item.id, { name: 'n'.repeat(101), message: 'm'.repeat(2001) }));
    expect(long.body.errors).toEqual([
      { pointer: '#/name', code: 'too-long', limit: 100, detail: expect.any(String) },
      { pointer: '#/message', code: 'too-long', limit: 2000, detail: expect.any(String) },
    ]);
    const missing = await t.http().post(path).send({ itemId: item.id });
    expect(missing.body.errors.map((e: { code: string }) => e.code)).toEqual(['required', 'required']);
  });

  it('codes the sign-up form, a short password with its minimum and an unknown field', async () => {
    const signup = await t.http().post('/api/auth/signup').send({ email: 'ana@example.com', password: 'short', displayName: '', role: 'admin' });
    expect(signup.status).toBe(400);
    expect(signup.body.errors).toEqual(
      expect.arrayContaining([
        { pointer: '#/password', code: 'too-short', limit: 10, detail: expect.any(String) },
        { pointer: '#/displayName', code: 'required', detail: expect.any(String) },
        { pointer: '#/role', code: 'unknown-field', detail: expect.any(String) },
      ]),
    );
  });

  it('codes the rules the service checks across fields: a password for a protected list is required', async () => {
    const response = await owner.agent().patch(`/api/registries/${registry.id}`).send({ visibility: 'password' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ pointer: '#/password', code: 'required', detail: expect.any(String) }]);
  });
});
