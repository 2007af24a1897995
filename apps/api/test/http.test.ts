import { createUser } from './support/factories';
import { expectMatchesSpec } from './support/openapi-contract';
import { TestApp, startTestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const PROBLEM = /^application\/problem\+json/;

describe('health', () => {
  it('answers liveness and readiness', async () => {
    const live = await t.http().get('/api/health').expect(200);
    expectMatchesSpec(live, 'GET', '/api/health');
    const ready = await t.http().get('/api/health/ready').expect(200);
    expectMatchesSpec(ready, 'GET', '/api/health/ready');
    expect(ready.body).toEqual({ status: 'ok', checks: { postgres: 'ok', redis: 'ok' } });
  });

  it('says which dependency is down with 503', async () => {
    // A Redis URL where nothing listens: the app starts (Redis is optional at boot) but is not ready.
    const broken = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const response = await broken.http().get('/api/health/ready').expect(503);
      expectMatchesSpec(response, 'GET', '/api/health/ready');
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body.checks.postgres).toBe('ok');
      expect(response.body.checks.redis).not.toBe('ok');
      expect(response.body.detail).toMatch(/redis/);
      await broken.http().get('/api/health').expect(200);
    } finally {
      await broken.close();
    }
  });
});

describe('errors are problem+json', () => {
  it('for unknown routes', async () => {
    const response = await t.http().get('/api/no/such/thing').expect(404);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body).toMatchObject({ type: 'https://whispergifts.com/problems/not-found', status: 404, detail: 'No route for GET /api/no/such/thing.' });
  });

  it('for bodies over the limit (413)', async () => {
    const user = await createUser(t);
    const response = await user
      .agent()
      .post('/api/registries')
      .send({ slug: 'big-one', title: 'x', coupleNames: 'x', currency: 'EUR', welcomeMessage: 'x'.repeat(t.config.bodyLimit) })
      .expect(413);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body.type).toBe('https://whispergifts.com/problems/payload-too-large');
  });

  it('for malformed JSON (400) and non-JSON bodies (415)', async () => {
    const user = await createUser(t);
    const malformed = await user.agent().post('/api/registries').set('content-type', 'application/json').send('{"slug": ').expect(400);
    expect(malformed.headers['content-type']).toMatch(PROBLEM);
    expect(malformed.body.detail).toMatch(/not valid JSON/);
    const form = await user.agent().post('/api/registries').type('form').send('slug=abc').expect(415);
    expect(form.body.type).toBe('https://whispergifts.com/problems/unsupported-media-type');
  });

  it('for a JSON body that is not an object', async () => {
    const user = await createUser(t);
    const response = await user.agent().post('/api/registries').set('content-type', 'application/json').send('[1,2,3]').expect(400);
    expect(response.headers['content-type']).toMatch(PROBLEM);
  });

  it('for malformed ids in the path (400, saying which)', async () => {
    const user = await createUser(t);
    const response = await user.agent().get('/api/registries/not-a-uuid').expect(400);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body.detail).toMatch(/uuid/i);
  });

  it('never with a stack trace or SQL', async () => {
    const user = await createUser(t);
    const response = await user
      .agent()
      .post('/api/registries')
      .send({ slug: 'x'.repeat(10_000) })
      .expect(400);
    expect(JSON.stringify(response.body)).not.toMatch(/at \w+ \(|SELECT|INSERT/);
  });
});

describe('request ids', () => {
  it('echoes a sane X-Request-ID and makes one up otherwise', async () => {
    const given = await t.http().get('/api/health').set('x-request-id', 'edge-1234').expect(200);
    expect(given.headers['x-request-id']).toBe('edge-1234');
    const made = await t.http().get('/api/health').set('x-request-id', 'bad id with spaces <script>').expect(200);
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('dates', () => {
  it.each(['2026-13-01', '2026-02-30', '2026-00-10', '2026-1-1'])('refuses %s with 400, saying which field', async (eventDate) => {
    const user = await createUser(t);
    const response = await user
      .agent()
      .post('/api/registries')
      .send({ slug: 'dated-one', title: 'x', coupleNames: 'x', currency: 'EUR', eventDate })
      .expect(400);
    expect(response.body.errors).toEqual([{ pointer: '#/eventDate', code: 'invalid-date', detail: 'eventDate must be a date written YYYY-MM-DD' }]);
  });
});
