import type request from 'supertest';
import { createUser, TestUser } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Bull Board at /api/admin/queues is a Fastify plugin outside Nest's router, so the route-auth test cannot see
 * it. This checks its own access rule, that its assets load under the prefix, and that the app's cross-site
 * protection and problem+json still apply.
 */
const BOARD = '/api/admin/queues';
let t: TestApp;
let admin: TestUser;
let user: TestUser;
beforeAll(async () => {
  t = await startTestApp();
  admin = await createUser(t, { role: 'admin' });
  user = await createUser(t);
});
afterAll(() => t.close());

async function signedIn(person: TestUser): Promise<request.Agent> {
  const agent = t.http();
  await agent.post('/api/auth/login').send({ email: person.email, password: person.password }).expect(200);
  return agent;
}

function expectProblem(response: request.Response, status: number, type: string) {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, type: `https://whispergifts.com/problems/${type}` });
  expect(response.text).not.toContain('<html');
}

/** The board's page, its JSON API and one of its static files. */
async function boardUrls(): Promise<string[]> {
  const page = await (await signedIn(admin)).get(`${BOARD}/`).expect(200);
  const script = /src="(static\/js\/main\.[^"]+\.js)"/.exec(page.text)![1];
  return [BOARD, `${BOARD}/`, `${BOARD}/queue/email`, `${BOARD}/api/queues`, `${BOARD}/${script}`];
}

describe('who may see the queue dashboard', () => {
  it('answers 401 problem+json to anonymous callers and to an invalid token, never the board', async () => {
    for (const url of await boardUrls()) {
      expectProblem(await t.http().get(url), 401, 'unauthenticated');
      expectProblem(await t.http().get(url).auth('wgp_not-a-real-token', { type: 'bearer' }), 401, 'unauthenticated');
    }
  });

  it('answers 403 problem+json to a signed-in user who is not an administrator (session or token)', async () => {
    const session = await signedIn(user);
    for (const url of await boardUrls()) {
      expectProblem(await session.get(url), 403, 'forbidden');
      expectProblem(await user.agent().get(url), 403, 'forbidden');
    }
  });

  it('shows the board, with its assets, to an administrator signed in with a session', async () => {
    const agent = await signedIn(admin);
    const page = await agent.get(BOARD).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['x-request-id']).toBeTruthy();
    expect(page.text).toContain(`<base href="${BOARD}/"`);
    expect(page.text).toContain('WhisperGifts queues');

    // Every script, stylesheet and icon the page asks for, resolved against <base>, loads.
    const assets = [...page.text.matchAll(/(?:src|href)="(static\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
    for (const asset of assets) {
      const response = await agent.get(`${BOARD}/${asset}`);
      expect({ asset, status: response.status }).toEqual({ asset, status: 200 });
      expect(response.headers['content-type']).toMatch(asset.endsWith('.js') ? /javascript/ : asset.endsWith('.css') ? /text\/css/ : /./);
    }
  });

  it('lists the email, guest-cards, images, link-health, metrics, reminders and retention queues to an administrator using a token', async () => {
    const response = await admin.agent().get(`${BOARD}/api/queues`).expect(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const names = (response.body as { queues: { name: string }[] }).queues.map((q) => q.name).sort();
    expect(names).toEqual(['email', 'guest-cards', 'images', 'link-health', 'metrics', 'reminders', 'retention']);
  });
});

describe('the app rules around it', () => {
  it("refuses an administrator's cross-site write (cross-site protection)", async () => {
    const agent = await signedIn(admin);
    const refused = await agent.put(`${BOARD}/api/queues/images/pause`).set('origin', 'https://evil.example').set('sec-fetch-site', 'cross-site');
    expectProblem(refused, 403, 'cross-site-request');
    const queues = await agent.get(`${BOARD}/api/queues`).expect(200);
    expect((queues.body as { queues: { name: string; isPaused: boolean }[] }).queues.find((q) => q.name === 'images')?.isPaused).toBe(false);
  });

  it('lets an administrator act from the board itself (same origin)', async () => {
    const agent = await signedIn(admin);
    await agent.put(`${BOARD}/api/queues/images/pause`).set('sec-fetch-site', 'same-origin').expect(200);
    let queues = await agent.get(`${BOARD}/api/queues`).expect(200);
    expect((queues.body as { queues: { name: string; isPaused: boolean }[] }).queues.find((q) => q.name === 'images')?.isPaused).toBe(true);
    await agent.put(`${BOARD}/api/queues/images/resume`).set('sec-fetch-site', 'same-origin').expect(200);
    queues = await agent.get(`${BOARD}/api/queues`).expect(200);
    expect((queues.body as { queues: { name: string; isPaused: boolean }[] }).queues.find((q) => q.name === 'images')?.isPaused).toBe(false);
  });

  it("lets an administrator's read-only token look but not act (403 insufficient-scope), and a demoted one not even look", async () => {
    const person = await createUser(t, { role: 'admin' });
    const created = await (await signedIn(person)).post('/api/me/tokens').send({ name: 'board reader' }).expect(201);
    const reader = () => t.http().auth(created.body.token as string, { type: 'bearer' });
    await reader().get(`${BOARD}/api/queues`).expect(200);
    expectProblem(await reader().put(`${BOARD}/api/queues/images/pause`), 403, 'insufficient-scope');
    const queues = await admin.agent().get(`${BOARD}/api/queues`).expect(200);
    expect((queues.body as { queues: { name: string; isPaused: boolean }[] }).queues.find((q) => q.name === 'images')?.isPaused).toBe(false);

    await t.db.query("UPDATE users SET role = 'user' WHERE id = $1", [person.id]);
    expectProblem(await reader().get(`${BOARD}/api/queues`), 403, 'forbidden');
    expectProblem(await person.agent().get(`${BOARD}/api/queues`), 403, 'forbidden');
  });

  it('answers an unknown path under the board with the API’s 404 problem+json', async () => {
    expectProblem(await t.http().get(`${BOARD}/no/such/page`), 404, 'not-found');
    expectProblem(await admin.agent().get(`${BOARD}/no/such/page`), 404, 'not-found');
  });
});
