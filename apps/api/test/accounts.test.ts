import { RATE_LIMITS } from '../src/common/http/rate-limits';
import { createRegistry, createUser } from './support/factories';
import { expectMatchesSpec } from './support/openapi-contract';
import { TestApp, startTestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const signup = (agent = t.http(), body: Record<string, unknown> = {}) =>
  agent
    .post('/api/auth/signup')
    .send({ email: `new-${Math.random().toString(36).slice(2)}@Example.com`, password: 'long enough password', displayName: 'Ana', ...body });

function sessionCookie(response: { headers: Record<string, unknown> }): string | undefined {
  const cookies = (response.headers['set-cookie'] as string[] | undefined) ?? [];
  return cookies.find((c) => c.startsWith('wg_session='));
}

describe('signup', () => {
  it('creates the account, signs in with an HttpOnly SameSite=Lax cookie, and stores an argon2id hash', async () => {
    const agent = t.http();
    const response = await signup(agent, { email: 'Ana@Example.COM' }).expect(201);
    expectMatchesSpec(response, 'POST', '/api/auth/signup');
    expect(response.body).toMatchObject({ email: 'ana@example.com', displayName: 'Ana', role: 'user', emailVerifiedAt: null });
    const cookie = sessionCookie(response)!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // plain HTTP here; Secure is set when served over TLS

    const me = await agent.get('/api/me').expect(200);
    expectMatchesSpec(me, 'GET', '/api/me');
    expect(me.body.email).toBe('ana@example.com');

    const [{ password_hash }] = (await t.db.query('SELECT password_hash FROM users WHERE email = $1', ['ana@example.com'])) as { password_hash: string }[];
    expect(password_hash).toMatch(/^\$argon2id\$/);
  });

  it('marks the cookie Secure when the request came over TLS through the proxy', async () => {
    const proxied = await startTestApp({ TRUST_PROXY: 'loopback' });
    try {
      const response = await signup(proxied.http()).set('x-forwarded-proto', 'https').expect(201);
      expect(sessionCookie(response)).toMatch(/Secure/);
    } finally {
      await proxied.close();
    }
  });

  it('refuses a second account for the same address, whatever the case', async () => {
    await signup(t.http(), { email: 'twice@example.com' }).expect(201);
    const response = await signup(t.http(), { email: 'TWICE@example.com' }).expect(409);
    expectMatchesSpec(response, 'POST', '/api/auth/signup');
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ type: 'https://whispergifts.com/problems/email-taken', errors: [{ pointer: '#/email' }] });
  });

  it('lists every invalid field', async () => {
    const response = await t.http().post('/api/auth/signup').send({ email: 'nope', password: 'short' }).expect(400);
    expectMatchesSpec(response, 'POST', '/api/auth/signup');
    const pointers = (response.body.errors as { pointer: string }[]).map((e) => e.pointer).sort();
    expect(pointers).toEqual(['#/displayName', '#/email', '#/password']);
  });

  it('refuses unknown fields rather than ignoring them', async () => {
    const response = await signup(t.http(), { role: 'admin' }).expect(400);
    expect(response.body.errors).toEqual([{ pointer: '#/role', detail: 'property role should not exist' }]);
  });
});

describe('login and logout', () => {
  it('signs in under a new session id, and logout deletes the session', async () => {
    const email = 'login@example.com';
    await signup(t.http(), { email, password: 'the right password' }).expect(201);

    const agent = t.http();
    // Each login starts under a new session id, so an id planted before login is worthless.
    const login = await agent.post('/api/auth/login').send({ email: 'LOGIN@example.com', password: 'the right password' }).expect(200);
    expectMatchesSpec(login, 'POST', '/api/auth/login');
    const firstCookie = sessionCookie(login)!;
    const login2 = await agent.post('/api/auth/login').send({ email, password: 'the right password' }).expect(200);
    const secondCookie = sessionCookie(login2)!;
    expect(secondCookie.split(';')[0]).not.toBe(firstCookie.split(';')[0]);

    const sessionKeys = await t.redis.keys(`${t.config.redisKeyPrefix}sess:*`);
    await agent.get('/api/me').expect(200);
    await agent.post('/api/auth/logout').expect(204);
    await agent.get('/api/me').expect(401);
    expect((await t.redis.keys(`${t.config.redisKeyPrefix}sess:*`)).length).toBeLessThan(sessionKeys.length);
  });

  it('answers the same for an unknown e-mail and a wrong password', async () => {
    await signup(t.http(), { email: 'known@example.com', password: 'the right password' }).expect(201);
    const wrongPassword = await t.http().post('/api/auth/login').send({ email: 'known@example.com', password: 'the wrong password' }).expect(401);
    const unknown = await t.http().post('/api/auth/login').send({ email: 'unknown@example.com', password: 'the wrong password' }).expect(401);
    expectMatchesSpec(unknown, 'POST', '/api/auth/login');
    expect(unknown.body.detail).toBe(wrongPassword.body.detail);
    expect(unknown.body.type).toBe(wrongPassword.body.type);
  });

  it('limits attempts per account with 429 and Retry-After', async () => {
    await signup(t.http(), { email: 'target@example.com' }).expect(201);
    const { points } = RATE_LIMITS['login-account'];
    for (let i = 0; i < points; i++) {
      await t
        .http()
        .post('/api/auth/login')
        .send({ email: 'target@example.com', password: 'guess number ' + i })
        .expect(401);
    }
    const limited = await t.http().post('/api/auth/login').send({ email: 'target@example.com', password: 'long enough password' }).expect(429);
    expectMatchesSpec(limited, 'POST', '/api/auth/login');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('limits attempts per IP address across accounts', async () => {
    const limited = await startTestApp({ TRUST_PROXY: 'loopback' });
    try {
      const { points } = RATE_LIMITS['login-ip'];
      const attempt = (i: number) =>
        limited
          .http()
          .post('/api/auth/login')
          .set('x-forwarded-for', '203.0.113.9')
          .send({ email: `someone${i}@example.com`, password: 'whatever it is' });
      for (let i = 0; i < points; i++) await attempt(i).expect(401);
      const response = await attempt(points).expect(429);
      expect(response.headers['retry-after']).toBeDefined();
      // Another address is not affected.
      await limited
        .http()
        .post('/api/auth/login')
        .set('x-forwarded-for', '203.0.113.10')
        .send({ email: 'x@example.com', password: 'whatever it is' })
        .expect(401);
    } finally {
      await limited.close();
    }
  });

  it('limits signups per IP address', async () => {
    const limited = await startTestApp({ TRUST_PROXY: 'loopback' });
    try {
      const { points } = RATE_LIMITS['signup-ip'];
      for (let i = 0; i < points; i++) await signup(limited.http()).set('x-forwarded-for', '203.0.113.20').expect(201);
      await signup(limited.http()).set('x-forwarded-for', '203.0.113.20').expect(429);
    } finally {
      await limited.close();
    }
  });

  it('limits signups per address, so nobody can probe or flood one e-mail', async () => {
    const limited = await startTestApp({ TRUST_PROXY: 'loopback' });
    try {
      const { points } = RATE_LIMITS['signup-account'];
      // From different addresses each time, so only the per-account limit can stop it.
      const attempt = (i: number, email: string) => signup(limited.http(), { email }).set('x-forwarded-for', `198.51.100.${i}`);
      await attempt(0, 'probed@example.com').expect(201);
      for (let i = 1; i < points; i++) await attempt(i, 'PROBED@example.com').expect(409);
      await attempt(points, 'probed@example.com').expect(429);
      await attempt(points + 1, 'someone-else@example.com').expect(201);
    } finally {
      await limited.close();
    }
  });
});

describe('cross-site requests', () => {
  it('refuses a cross-site form post carrying the session cookie, and changes nothing', async () => {
    const owner = await createUser(t);
    const agent = t.http();
    await agent.post('/api/auth/login').send({ email: owner.email, password: owner.password }).expect(200);
    const before = await t.db.query('SELECT count(*)::int AS n FROM registries');

    // What a browser sends for <form method=post action=".../api/registries"> on another site.
    const forged = await agent
      .post('/api/registries')
      .set('origin', 'https://evil.example')
      .set('sec-fetch-site', 'cross-site')
      .type('form')
      .send('slug=hijacked&title=x&coupleNames=x&currency=EUR')
      .expect(403);
    expect(forged.body.type).toBe('https://whispergifts.com/problems/cross-site-request');

    // An old browser without Fetch Metadata still sends Origin.
    await agent
      .post('/api/registries')
      .set('origin', 'https://evil.example')
      .send({ slug: 'hijacked', title: 'x', coupleNames: 'x', currency: 'EUR' })
      .expect(403);

    // The classic JSON-in-text/plain form trick is not parsed at all.
    const textPlain = await agent
      .post('/api/registries')
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ slug: 'hijacked', title: 'x', coupleNames: 'x', currency: 'EUR' }))
      .expect(415);
    expect(textPlain.body.type).toBe('https://whispergifts.com/problems/unsupported-media-type');

    // Logout is a state change too.
    await agent.post('/api/auth/logout').set('sec-fetch-site', 'cross-site').expect(403);
    await agent.get('/api/me').expect(200);

    expect(await t.db.query('SELECT count(*)::int AS n FROM registries')).toEqual(before);
  });

  it('accepts the same request from our own origin', async () => {
    const owner = await createUser(t);
    const agent = t.http();
    await agent.post('/api/auth/login').send({ email: owner.email, password: owner.password }).expect(200);
    await agent
      .post('/api/registries')
      .set('origin', 'http://localhost:3000')
      .set('sec-fetch-site', 'same-origin')
      .send({ slug: 'same-origin-ok', title: 'x', coupleNames: 'x', currency: 'EUR' })
      .expect(201);
  });
});

describe('personal access tokens', () => {
  it('are shown once, stored hashed, work as Bearer, and stop working when revoked', async () => {
    const agent = t.http();
    await signup(agent).expect(201);
    const created = await agent.post('/api/me/tokens').send({ name: 'Wedding website', expiresInDays: 30 }).expect(201);
    expectMatchesSpec(created, 'POST', '/api/me/tokens');
    const { token, id } = created.body as { token: string; id: string };
    expect(token).toMatch(/^wgp_[\w-]{43}$/);

    const stored = (await t.db.query('SELECT token_hash FROM access_tokens WHERE id = $1', [id])) as { token_hash: string }[];
    expect(stored[0].token_hash).not.toContain(token);
    expect(stored[0].token_hash).toMatch(/^[0-9a-f]{64}$/);

    const list = await agent.get('/api/me/tokens').expect(200);
    expectMatchesSpec(list, 'GET', '/api/me/tokens');
    expect(list.body).toEqual([expect.objectContaining({ id, name: 'Wedding website', hint: token.slice(-4) })]);
    expect(JSON.stringify(list.body)).not.toContain(token);

    const rest = () => t.http().auth(token, { type: 'bearer' });
    const me = await rest().get('/api/me').expect(200);
    expect(me.body.id).toBeDefined();
    await rest().post('/api/registries').send({ slug: 'made-by-script', title: 'x', coupleNames: 'x', currency: 'EUR' }).expect(201);

    const revoked = await agent.delete(`/api/me/tokens/${id}`).expect(204);
    expectMatchesSpec(revoked, 'DELETE', '/api/me/tokens/{tokenId}');
    await rest().get('/api/me').expect(401);
    await agent.delete(`/api/me/tokens/${id}`).expect(404);
  });

  it('refuses unknown and expired tokens', async () => {
    await t.http().get('/api/me').auth('wgp_not-a-real-token', { type: 'bearer' }).expect(401);
    const user = await createUser(t);
    await t.db.query("UPDATE access_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1", [user.id]);
    await user.agent().get('/api/me').expect(401);
  });

  it("cannot revoke another person's token", async () => {
    const alice = await createUser(t);
    const bob = await createUser(t);
    const created = await bob.agent().post('/api/me/tokens').send({ name: 'bob' }).expect(201);
    await alice
      .agent()
      .delete(`/api/me/tokens/${created.body.id as string}`)
      .expect(404);
    await t
      .http()
      .get('/api/me')
      .auth(created.body.token as string, { type: 'bearer' })
      .expect(200);
  });

  it('are required for private routes', async () => {
    const response = await t.http().get('/api/registries').expect(401);
    expectMatchesSpec(response, 'GET', '/api/registries');
    const owner = await createUser(t);
    await createRegistry(owner);
    await t.http().get('/api/me/tokens').expect(401);
  });
});
