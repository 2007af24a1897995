import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createUser } from './support/factories';
import { routeTable } from './support/routes';
import { TestApp, startTestApp } from './support/test-app';

/**
 * Every route is private unless it says otherwise. This walks the real route table: a route without an explicit
 * @Public(), @Authenticated() or @AdminOnly() fails here, and so does a route that became public unnoticed.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const PUBLIC_ROUTES = [
  'GET /api/health',
  'GET /api/health/ready',
  'GET /api/plans',
  // The curated starter gift ideas: the same for everyone, shared-cacheable.
  'GET /api/starter-ideas',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'POST /api/auth/password-reset',
  'POST /api/auth/password-reset/confirm',
  'POST /api/auth/signup',
  'POST /api/auth/verify-email',
  'POST /api/errors',
  'GET /api/public/domains/{host}',
  // The TLS edge's on-demand "ask": whether a host is a verified custom domain (what GET /api/public/domains/{host} says too).
  'GET /api/public/tls/ask',
  'GET /api/public/registries',
  'GET /api/public/registries/{slug}',
  'GET /api/public/pages/registries/{slug}',
  'GET /api/public/pages/domains/{host}',
  'POST /api/public/registries/{slug}/reservations',
  'POST /api/public/registries/{slug}/unlock',
  'GET /api/public/registries/{slug}/events',
  'DELETE /api/public/reservations/{token}',
  'POST /api/public/reservations/confirm/{token}',
  'POST /api/public/registries/{slug}/pledges',
  'DELETE /api/public/pledges/{token}',
  // The guest's own page: the signed token in the path authorizes (guests have no account).
  'POST /api/public/registries/{slug}/guest-link',
  'GET /api/public/guests/{token}',
  'DELETE /api/public/guests/{token}',
  'PATCH /api/public/guests/{token}/reservations/{reservationId}',
  'DELETE /api/public/guests/{token}/reservations/{reservationId}',
  'PATCH /api/public/guests/{token}/pledges/{pledgeId}',
  'DELETE /api/public/guests/{token}/pledges/{pledgeId}',
  'PUT /api/public/guests/{token}/address',
  // The links of a reminder e-mail (signed token); the GET only redirects to the web page.
  'POST /api/public/reminders/{token}/bought',
  'POST /api/public/reminders/{token}/release',
  'POST /api/public/reminders/{token}/unsubscribe',
  'GET /api/public/reminders/{token}/unsubscribe',
  'GET /api/public/partner-invitations/{token}',
  'GET /api/public/reservations/{token}',
  'GET /api/public/pledges/{token}',
  // Stripe's events: Stripe has no account here; the Stripe-Signature over the raw body authenticates each one.
  'POST /api/payments/stripe/webhook',
].sort();

describe('route table', () => {
  it('gives every route an explicit auth decision', () => {
    const undecided = routeTable(t.app).filter((r) => !r.decision);
    expect(undecided.map((r) => `${r.method} ${r.path} (${r.controller}.${r.handler})`)).toEqual([]);
  });

  it('makes public exactly the routes guests and sign-in need', () => {
    const routes = routeTable(t.app);
    expect(routes.length).toBeGreaterThan(PUBLIC_ROUTES.length);
    const publicRoutes = routes.filter((r) => r.decision === 'public').map((r) => `${r.method} ${r.path}`);
    expect(publicRoutes.sort()).toEqual(PUBLIC_ROUTES);
  });

  it('answers 401 on every private route without credentials', async () => {
    const privateRoutes = routeTable(t.app).filter((r) => r.decision !== 'public');
    for (const route of privateRoutes) {
      const url = route.path.replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000');
      const client = t.http();
      const send = client[route.method.toLowerCase() as 'get'].bind(client);
      const response = await send(url).send(route.method === 'GET' || route.method === 'DELETE' ? undefined : {});
      expect({ route: `${route.method} ${route.path}`, status: response.status }).toEqual({ route: `${route.method} ${route.path}`, status: 401 });
    }
  });

  it('lets only a signed-in session manage access tokens and delete the account: a token gets 403 there, and the contract lists only the cookie', async () => {
    const sessionOnly = routeTable(t.app).filter((r) => r.decision === 'session');
    expect(sessionOnly.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      'DELETE /api/me',
      'DELETE /api/me/tokens/{tokenId}',
      'GET /api/me/tokens',
      'POST /api/me/tokens',
    ]);
    const spec = parse(readFileSync(`${__dirname}/../../../openapi.yaml`, 'utf8')) as { paths: Record<string, Record<string, { security: unknown }>> };
    const owner = await createUser(t);
    for (const route of sessionOnly) {
      expect(spec.paths[route.path][route.method.toLowerCase()].security).toEqual([{ session: [] }]);
      const url = route.path.replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000');
      const client = owner.agent();
      const send = client[route.method.toLowerCase() as 'get'].bind(client);
      const response = await send(url).send(route.method === 'POST' ? { name: 'x' } : undefined);
      expect({ route: `${route.method} ${route.path}`, status: response.status, type: response.body.type }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 403,
        type: 'https://whispergifts.com/problems/session-required',
      });
    }
  });

  it('refuses every admin route to a signed-in user who is not an administrator (403), by session and by token', async () => {
    const adminRoutes = routeTable(t.app).filter((r) => r.decision === 'admin');
    expect(adminRoutes.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        'GET /api/admin/users',
        'PATCH /api/admin/users/{userId}',
        'GET /api/admin/registries',
        'PATCH /api/admin/registries/{registryId}',
        'GET /api/admin/audit',
      ]),
    );
    const user = await createUser(t);
    const session = t.http();
    await session.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    for (const route of adminRoutes) {
      const url = route.path.replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000');
      for (const client of [user.agent(), session]) {
        const send = client[route.method.toLowerCase() as 'get'].bind(client);
        const response = await send(url).send(route.method === 'GET' || route.method === 'DELETE' ? undefined : {});
        expect({ route: `${route.method} ${route.path}`, status: response.status, type: response.body.type }).toEqual({
          route: `${route.method} ${route.path}`,
          status: 403,
          type: 'https://whispergifts.com/problems/forbidden',
        });
      }
    }
  });

  it('matches the routes documented in openapi.yaml', () => {
    const spec = parse(readFileSync(`${__dirname}/../../../openapi.yaml`, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(spec.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const served = routeTable(t.app).map((r) => `${r.method} ${r.path}`);
    expect(served.sort()).toEqual(documented.sort());
  });
});
