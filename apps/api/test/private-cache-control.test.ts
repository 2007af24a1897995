import { createItem, createRegistry, createUser, reservationBody, TestUser } from './support/factories';
import { routeTable } from './support/routes';
import { TestApp, startTestApp } from './support/test-app';

/**
 * What an authenticated route answers is one person's: no shared cache (a proxy, a CDN) may keep it, and a browser
 * keeps it only to revalidate it. This walks the real route table, so a new private GET is covered the day it is added.
 */
let t: TestApp;
let owner: TestUser;
let params: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp();
  // An administrator who owns a registry with an item and a reservation: every private GET has something to show.
  owner = await createUser(t, { role: 'admin' });
  const registry = await createRegistry(owner);
  const item = await createItem(owner, registry, { quantity: 2 });
  await t.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(item.id)).expect(201);
  // Printed guest cards are Premium's: a render started (its status is a private GET of its own).
  await t.db.query(`UPDATE registries SET plan = 'premium' WHERE id = $1`, [registry.id]);
  const cards = await owner.agent().post(`/api/registries/${registry.id}/guest-cards`).send({ paper: 'a4', perPage: 4 }).expect(202);
  params = { registryId: registry.id, itemId: item.id, userId: owner.id, id: cards.body.id as string };
});
afterAll(() => t.close());

const PRIVATE = /^private, (no-store|no-cache)$/;
const privateGets = () => routeTable(t.app).filter((r) => r.decision !== 'public' && r.method === 'GET');
/** Token management answers only a session (a token gets 403 session-required), so a token walks the rest. */
const tokenGets = () => privateGets().filter((r) => r.decision !== 'session');
/** Routes that need a query to answer 200. */
const QUERIES: Record<string, string> = { '/api/admin/metrics': '?from=2026-01-01&to=2026-01-07' };
const urlOf = (path: string) => path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '00000000-0000-4000-8000-000000000000') + (QUERIES[path] ?? '');

async function signedIn(user: TestUser) {
  const agent = t.http();
  await agent.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
  return agent;
}

describe('every authenticated GET', () => {
  it.each([
    ['a personal access token', () => Promise.resolve(owner.agent()), tokenGets, ['/api/me', '/api/registries', '/api/registries/{registryId}']],
    ['a session', () => signedIn(owner), privateGets, ['/api/me', '/api/me/tokens', '/api/registries', '/api/registries/{registryId}']],
  ])('sends Cache-Control private, no-store (or private, no-cache with a validator) to %s', async (_via, agentFor, gets, expected) => {
    const agent = await agentFor();
    const routes = gets();
    expect(routes.map((r) => r.path)).toEqual(expect.arrayContaining(expected));
    const answers = [];
    for (const route of routes) {
      const response = await agent.get(urlOf(route.path));
      const cacheControl = response.headers['cache-control'] as string | undefined;
      answers.push({
        route: route.path,
        status: response.status,
        private: PRIVATE.test(cacheControl ?? '') ? 'private' : cacheControl,
        validated: cacheControl === 'private, no-cache' ? response.headers.etag !== undefined : true,
      });
    }
    // Real answers, not errors (the problem handler's no-store would prove nothing), each private.
    expect(answers).toEqual(routes.map((r) => ({ route: r.path, status: 200, private: 'private', validated: true })));
  });

  it('the default stays private, no-store for what the routes do not cache themselves: /api/me, /api/me/tokens, /api/registries', async () => {
    const session = await signedIn(owner);
    for (const path of ['/api/me', '/api/me/tokens', '/api/registries']) {
      const response = await session.get(path).expect(200);
      expect({ path, cacheControl: response.headers['cache-control'] }).toEqual({ path, cacheControl: 'private, no-store' });
    }
  });
});

describe('authenticated writes', () => {
  it('are private, no-store too (a new token is shown once and must never be stored)', async () => {
    const session = await signedIn(owner);
    const created = await session.post('/api/me/tokens').send({ name: 'a script' });
    expect(created.status).toBe(201);
    expect(created.headers['cache-control']).toBe('private, no-store');
  });
});
