import { Passwords } from '../src/accounts/passwords';
import { createRegistry, createUser, TestUser } from './support/factories';
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

const login = (email: string, password: string, agent = t.http()) => agent.post('/api/auth/login').send({ email, password });

/** A browser session of a person made by the factory (whose own agent() sends a write token). */
async function signedIn(person: TestUser) {
  const agent = t.http();
  await login(person.email, person.password, agent).expect(200);
  return agent;
}

describe('signup', () => {
  it('creates the account without a session; logging in then gives an HttpOnly SameSite=Lax cookie; the hash is argon2id', async () => {
    const response = await signup(t.http(), { email: 'Ana@Example.COM', password: 'long enough password' }).expect(202);
    expectMatchesSpec(response, 'POST', '/api/auth/signup');
    expect(response.body).toEqual({ detail: expect.stringContaining('ana@example.com') });
    expect(sessionCookie(response)).toBeUndefined();

    const agent = t.http();
    const loggedIn = await login('ana@example.com', 'long enough password', agent).expect(200);
    expect(loggedIn.body).toMatchObject({ email: 'ana@example.com', displayName: 'Ana', role: 'user', emailVerifiedAt: null });
    const cookie = sessionCookie(loggedIn)!;
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
      await signup(proxied.http(), { email: 'secure@example.com' }).expect(202);
      const response = await proxied
        .http()
        .post('/api/auth/login')
        .set('x-forwarded-proto', 'https')
        .send({ email: 'secure@example.com', password: 'long enough password' })
        .expect(200);
      expect(sessionCookie(response)).toMatch(/Secure/);
    } finally {
      await proxied.close();
    }
  });

  it('answers an address that has an account exactly as a new one: same status and body, no session, the password hashed too', async () => {
    const hashes = jest.spyOn(t.app.get(Passwords), 'hash');
    try {
      const fresh = await signup(t.http(), { email: 'twice@example.com' }).expect(202);
      expect(hashes).toHaveBeenCalledTimes(1);
      const again = await signup(t.http(), { email: 'TWICE@example.com', password: 'another long password', displayName: 'Mallory' }).expect(202);
      expectMatchesSpec(again, 'POST', '/api/auth/signup');
      // The same work: the existing-address path pays for argon2 as well, so it takes as long.
      expect(hashes).toHaveBeenCalledTimes(2);
      expect(again.body).toEqual(fresh.body);
      expect(again.headers['content-type']).toBe(fresh.headers['content-type']);
      expect(sessionCookie(again)).toBeUndefined();
      expect(sessionCookie(fresh)).toBeUndefined();
    } finally {
      hashes.mockRestore();
    }
    // Nothing changed about the account: the first password still works, the second does not.
    await login('twice@example.com', 'long enough password').expect(200);
    await login('twice@example.com', 'another long password').expect(401);
    const [{ display_name }] = (await t.db.query('SELECT display_name FROM users WHERE email = $1', ['twice@example.com'])) as { display_name: string }[];
    expect(display_name).toBe('Ana');
  });

  it('lists every invalid field', async () => {
    const response = await t.http().post('/api/auth/signup').send({ email: 'nope', password: 'short' }).expect(400);
    expectMatchesSpec(response, 'POST', '/api/auth/signup');
    const pointers = (response.body.errors as { pointer: string }[]).map((e) => e.pointer).sort();
    expect(pointers).toEqual(['#/displayName', '#/email', '#/password']);
  });

  it('refuses unknown fields rather than ignoring them', async () => {
    const response = await signup(t.http(), { role: 'admin' }).expect(400);
    expect(response.body.errors).toEqual([{ pointer: '#/role', code: 'unknown-field', detail: 'property role should not exist' }]);
  });
});

describe('login and logout', () => {
  it('signs in under a new session id, and logout deletes the session', async () => {
    const email = 'login@example.com';
    await signup(t.http(), { email, password: 'the right password' }).expect(202);

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
    await signup(t.http(), { email: 'known@example.com', password: 'the right password' }).expect(202);
    const wrongPassword = await t.http().post('/api/auth/login').send({ email: 'known@example.com', password: 'the wrong password' }).expect(401);
    const unknown = await t.http().post('/api/auth/login').send({ email: 'unknown@example.com', password: 'the wrong password' }).expect(401);
    expectMatchesSpec(unknown, 'POST', '/api/auth/login');
    expect(unknown.body.detail).toBe(wrongPassword.body.detail);
    expect(unknown.body.type).toBe(wrongPassword.body.type);
  });

  it('stops ten wrong passwords from one IP there (429, Retry-After) without locking the owner out on another IP', async () => {
    const proxied = await startTestApp({ TRUST_PROXY: 'loopback' });
    try {
      const email = 'target@example.com';
      await signup(proxied.http(), { email }).expect(202);
      const from = (ip: string, password: string) => proxied.http().post('/api/auth/login').set('x-forwarded-for', ip).send({ email, password });
      const { points } = proxied.config.rateLimits['login-account-ip'];
      for (let i = 0; i < points; i++) await from('203.0.113.66', `guess number ${i}`).expect(401);
      const limited = await from('203.0.113.66', 'long enough password').expect(429);
      expectMatchesSpec(limited, 'POST', '/api/auth/login');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      // The owner, elsewhere, is not affected, and can keep signing in.
      await from('198.51.100.7', 'long enough password').expect(200);
      await from('198.51.100.7', 'long enough password').expect(200);
      // The guesser's IP stays stopped for that account.
      await from('203.0.113.66', 'long enough password').expect(429);
    } finally {
      await proxied.close();
    }
  });

  it('slows guessing spread over many IPs with an account-wide ceiling that spares IPs the owner has signed in from', async () => {
    const proxied = await startTestApp({ TRUST_PROXY: 'loopback', RATE_LIMIT_LOGIN_ACCOUNT: '5/3600' });
    try {
      const email = 'spread@example.com';
      await signup(proxied.http(), { email }).expect(202);
      const from = (ip: string, password: string) => proxied.http().post('/api/auth/login').set('x-forwarded-for', ip).send({ email, password });
      await from('192.0.2.1', 'long enough password').expect(200); // the owner's usual IP
      // One wrong guess from each of five IPs: no single IP is near its own limit.
      for (let i = 0; i < 5; i++) await from(`203.0.113.${100 + i}`, `guess ${i}`).expect(401);
      // Now any IP that has never signed in to the account is slowed, even with the right password...
      const limited = await from('203.0.113.200', 'long enough password').expect(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      // ...but the owner, from an IP they have signed in from, is not.
      await from('192.0.2.1', 'long enough password').expect(200);
      // Other accounts are not affected.
      await signup(proxied.http(), { email: 'neighbour@example.com' }).expect(202);
      await proxied
        .http()
        .post('/api/auth/login')
        .set('x-forwarded-for', '203.0.113.200')
        .send({ email: 'neighbour@example.com', password: 'long enough password' })
        .expect(200);
    } finally {
      await proxied.close();
    }
  });

  it('limits attempts per IP address across accounts', async () => {
    const limited = await startTestApp({ TRUST_PROXY: 'loopback' });
    try {
      const { points } = limited.config.rateLimits['login-ip'];
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
      const { points } = limited.config.rateLimits['signup-ip'];
      for (let i = 0; i < points; i++) await signup(limited.http()).set('x-forwarded-for', '203.0.113.20').expect(202);
      await signup(limited.http()).set('x-forwarded-for', '203.0.113.20').expect(429);
    } finally {
      await limited.close();
    }
  });

  it('limits signups per address, so nobody can probe or flood one e-mail', async () => {
    const limited = await startTestApp({ TRUST_PROXY: 'loopback' });
    try {
      const { points } = limited.config.rateLimits['signup-account'];
      // From different addresses each time, so only the per-account limit can stop it.
      const attempt = (i: number, email: string) => signup(limited.http(), { email }).set('x-forwarded-for', `198.51.100.${i}`);
      await attempt(0, 'probed@example.com').expect(202);
      for (let i = 1; i < points; i++) await attempt(i, 'PROBED@example.com').expect(202);
      await attempt(points, 'probed@example.com').expect(429);
      await attempt(points + 1, 'someone-else@example.com').expect(202);
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
    const agent = await signedIn(await createUser(t));
    const created = await agent.post('/api/me/tokens').send({ name: 'Wedding website', expiresInDays: 30, scope: 'write' }).expect(201);
    expectMatchesSpec(created, 'POST', '/api/me/tokens');
    const { token, id } = created.body as { token: string; id: string };
    expect(token).toMatch(/^wgp_[\w-]{43}$/);
    expect(created.body.scope).toBe('write');

    const stored = (await t.db.query('SELECT token_hash FROM access_tokens WHERE id = $1', [id])) as { token_hash: string }[];
    expect(stored[0].token_hash).not.toContain(token);
    expect(stored[0].token_hash).toMatch(/^[0-9a-f]{64}$/);

    const list = await agent.get('/api/me/tokens').expect(200);
    expectMatchesSpec(list, 'GET', '/api/me/tokens');
    expect(list.body).toEqual(expect.arrayContaining([expect.objectContaining({ id, name: 'Wedding website', hint: token.slice(-4), scope: 'write' })]));
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

  it('are read-only unless made with the write scope: a change with a read token gets 403 insufficient-scope and changes nothing', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    const agent = await signedIn(owner);
    const created = await agent.post('/api/me/tokens').send({ name: 'Read only' }).expect(201);
    expect(created.body.scope).toBe('read');
    const read = () => t.http().auth(created.body.token as string, { type: 'bearer' });

    await read().get('/api/registries').expect(200);
    await read().get(`/api/registries/${registry.id}`).expect(200);
    await read().head('/api/me').expect(200);
    const refused = await read().post('/api/registries').send({ slug: 'by-a-reader', title: 'x', coupleNames: 'x', currency: 'EUR' }).expect(403);
    expectMatchesSpec(refused, 'POST', '/api/registries');
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ type: 'https://whispergifts.com/problems/insufficient-scope', requiredScope: 'write' });
    expect(refused.body.detail).toMatch(/write/);
    await read().delete(`/api/registries/${registry.id}`).expect(403);
    expect(await t.db.query("SELECT count(*)::int AS n FROM registries WHERE slug = 'by-a-reader'")).toEqual([{ n: 0 }]);
    await owner.agent().get(`/api/registries/${registry.id}`).expect(200);
  });

  it('cannot be managed with a token: listing, creating and revoking need a session (403 session-required)', async () => {
    const owner = await createUser(t); // owner.agent() sends a write token
    const session = await signedIn(owner);
    const other = await session.post('/api/me/tokens').send({ name: 'other' }).expect(201);

    const create = await owner.agent().post('/api/me/tokens').send({ name: 'made by a token', scope: 'write' }).expect(403);
    expectMatchesSpec(create, 'POST', '/api/me/tokens');
    expect(create.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(create.body.type).toBe('https://whispergifts.com/problems/session-required');
    expect(create.body.detail).toMatch(/Sign in/);
    const list = await owner.agent().get('/api/me/tokens').expect(403);
    expectMatchesSpec(list, 'GET', '/api/me/tokens');
    await owner
      .agent()
      .delete(`/api/me/tokens/${other.body.id as string}`)
      .expect(403);
    const names = (await session.get('/api/me/tokens').expect(200)).body.map((token: { name: string }) => token.name);
    expect(names).not.toContain('made by a token');
    expect(names).toContain('other');
  });

  it('expire: 90 days by default, at most ACCESS_TOKEN_MAX_DAYS; longer is refused naming the field', async () => {
    const agent = await signedIn(await createUser(t));
    const days = (expiresAt: string) => (new Date(expiresAt).getTime() - Date.now()) / 86_400_000;
    const byDefault = await agent.post('/api/me/tokens').send({ name: 'default' }).expect(201);
    expect(days(byDefault.body.expiresAt as string)).toBeGreaterThan(89.99);
    expect(days(byDefault.body.expiresAt as string)).toBeLessThanOrEqual(90);
    const year = await agent.post('/api/me/tokens').send({ name: 'a year', expiresInDays: 365 }).expect(201);
    expect(Math.round(days(year.body.expiresAt as string))).toBe(365);
    const tooLong = await agent.post('/api/me/tokens').send({ name: 'forever', expiresInDays: 366 }).expect(400);
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ pointer: '#/expiresInDays' })]);
    const badScope = await agent.post('/api/me/tokens').send({ name: 'admin', scope: 'admin' }).expect(400);
    expect(badScope.body.errors).toEqual([{ pointer: '#/scope', code: 'not-one-of', detail: 'scope must be read or write' }]);

    const strict = await startTestApp({ ACCESS_TOKEN_DEFAULT_DAYS: '7', ACCESS_TOKEN_MAX_DAYS: '30' }, t);
    try {
      const strictAgent = strict.http();
      const person = await createUser(strict);
      await strictAgent.post('/api/auth/login').send({ email: person.email, password: person.password }).expect(200);
      const week = await strictAgent.post('/api/me/tokens').send({ name: 'default' }).expect(201);
      expect(Math.round(days(week.body.expiresAt as string))).toBe(7);
      const refused = await strictAgent.post('/api/me/tokens').send({ name: 'too long', expiresInDays: 31 }).expect(400);
      expectMatchesSpec(refused, 'POST', '/api/me/tokens');
      expect(refused.body.errors).toEqual([{ pointer: '#/expiresInDays', code: 'too-large', limit: 30, detail: 'must be at most 30 days' }]);
    } finally {
      await strict.close();
    }
  });

  it('refuses unknown and expired tokens', async () => {
    await t.http().get('/api/me').auth('wgp_not-a-real-token', { type: 'bearer' }).expect(401);
    const user = await createUser(t);
    await user.agent().get('/api/me').expect(200);
    await t.db.query("UPDATE access_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1", [user.id]);
    const expired = await user.agent().get('/api/me').expect(401);
    expect(expired.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(expired.body.detail).toMatch(/expired/);
  });

  it("cannot revoke another person's token", async () => {
    const alice = await signedIn(await createUser(t));
    const bob = await signedIn(await createUser(t));
    const created = await bob.post('/api/me/tokens').send({ name: 'bob' }).expect(201);
    await alice.delete(`/api/me/tokens/${created.body.id as string}`).expect(404);
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

describe('Swagger UI', () => {
  it("offers the token scheme first, and a token sent as Swagger UI sends it (http bearer → 'Authorization: Bearer <value>') works", async () => {
    const { body: document } = (await t.http().get('/api/docs/openapi.json').expect(200)) as {
      body: {
        components: { securitySchemes: Record<string, { type: string; scheme?: string; in?: string }> };
        paths: Record<string, Record<string, { security?: Record<string, string[]>[] }>>;
      };
    };
    // Swagger UI's Authorize dialog lists the schemes in this order; the first is where people paste.
    const [first, second] = Object.entries(document.components.securitySchemes);
    expect(first).toEqual(['token', expect.objectContaining({ type: 'http', scheme: 'bearer' })]);
    expect(second).toEqual(['session', expect.objectContaining({ type: 'apiKey', in: 'cookie' })]);
    expect(Object.keys(document.paths['/api/me'].get.security![0])).toEqual(['token']);
    expect(document.paths['/api/me/tokens'].post.security).toEqual([{ session: [] }]);

    const owner = await createUser(t);
    const created = await (await signedIn(owner)).post('/api/me/tokens').send({ name: 'Swagger', scope: 'write' }).expect(201);
    const scheme = first[1].scheme!;
    // What swagger-client does for an authorized http bearer scheme: it adds this header, and nothing else.
    const authorization = `${scheme[0].toUpperCase()}${scheme.slice(1)} ${created.body.token as string}`;
    const me = await t.http().get('/api/me').set('authorization', authorization).expect(200);
    expect(me.body.id).toBe(owner.id);
    await t
      .http()
      .post('/api/registries')
      .set('authorization', authorization)
      .set('origin', t.url)
      .set('sec-fetch-site', 'same-origin')
      .send({ slug: 'from-swagger', title: 'x', coupleNames: 'x', currency: 'EUR' })
      .expect(201);
  });
});

describe('the administrator role', () => {
  const metrics = (agent: ReturnType<TestApp['http']>) => agent.get('/api/admin/metrics?from=2025-01-01&to=2025-01-02');

  it('is read from the account on every request: a demoted admin loses admin access on the next request (session and token)', async () => {
    const person = await createUser(t);
    await t.db.query("UPDATE users SET role = 'admin' WHERE id = $1", [person.id]);
    const session = await signedIn(person);
    await metrics(session).expect(200);
    await metrics(person.agent()).expect(200);

    await t.db.query("UPDATE users SET role = 'user' WHERE id = $1", [person.id]);
    const refused = await metrics(session).expect(403);
    expect(refused.body.type).toBe('https://whispergifts.com/problems/forbidden');
    await metrics(person.agent()).expect(403);
    await t
      .http()
      .get('/api/admin/queues/api/queues')
      .set('cookie', (await loginCookie(person))!)
      .expect(403);
    // Still signed in as a user.
    await session.get('/api/me').expect(200);

    // And promotion counts at once too, without signing in again.
    await t.db.query("UPDATE users SET role = 'admin' WHERE id = $1", [person.id]);
    await metrics(session).expect(200);
  });
});

async function loginCookie(person: TestUser): Promise<string | undefined> {
  return sessionCookie(await login(person.email, person.password).expect(200))?.split(';')[0];
}
