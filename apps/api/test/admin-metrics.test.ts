import { createUser, TestUser } from './support/factories';
import { expectMatchesSpec } from './support/openapi-contract';
import { startTestApp, TestApp } from './support/test-app';

/** GET /api/admin/metrics: the stored daily series, for administrators only, over a bounded and valid range. */
let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await startTestApp();
  admin = await createUser(t, { role: 'admin' });
  await t.db.query(`
    INSERT INTO daily_metrics (day, signups, registries, items, reservations, upgrades, computed_at) VALUES
      ('2025-01-03', 7, 2, 20, 9, 0, '2025-01-04T00:05:01Z'),
      ('2025-01-01', 3, 1, 10, 4, 0, '2025-01-02T00:05:01Z'),
      ('2024-12-31', 1, 1, 1, 1, 0, '2024-12-31T00:05:01Z')`);
});
afterAll(() => t.close());

const metrics = (query: string, agent = admin.agent()) => agent.get(`/api/admin/metrics${query}`);

describe('GET /api/admin/metrics', () => {
  it('returns the computed days of the range, oldest first, and leaves out days never computed', async () => {
    const response = await metrics('?from=2025-01-01&to=2025-01-05').expect(200);
    expect(response.headers['cache-control']).toBe('private, no-store');
    expectMatchesSpec(response, 'GET', '/api/admin/metrics');
    expect(response.body).toEqual({
      from: '2025-01-01',
      to: '2025-01-05',
      days: [
        { day: '2025-01-01', signups: 3, registries: 1, items: 10, reservations: 4, upgrades: 0, computedAt: '2025-01-02T00:05:01.000Z' },
        { day: '2025-01-03', signups: 7, registries: 2, items: 20, reservations: 9, upgrades: 0, computedAt: '2025-01-04T00:05:01.000Z' },
      ],
    });
  });

  it('accepts a single day, and a range of exactly 366 days', async () => {
    const one = await metrics('?from=2024-12-31&to=2024-12-31').expect(200);
    expect(one.body.days.map((d: { day: string }) => d.day)).toEqual(['2024-12-31']);
    const year = await metrics('?from=2024-01-01&to=2024-12-31').expect(200);
    expect(year.body.days).toHaveLength(1);
  });

  it.each([
    ['', ['#/from', '#/to']],
    ['?to=2025-01-01', ['#/from']],
    ['?from=2025-02-30&to=2025-03-01', ['#/from']],
    ['?from=2025-01-01&to=tomorrow', ['#/to']],
    ['?from=2025-01-01T00:00:00Z&to=2025-01-02', ['#/from']],
    ['?from=2025-01-02&to=2025-01-01', ['#/to']],
    ['?from=2024-01-01&to=2025-01-01', ['#/to']],
    ['?from=2025-01-01&to=2025-01-02&limit=5', ['#/limit']],
  ])('refuses %s with 400 problem+json pointing at the field', async (query, pointers) => {
    const response = await metrics(query).expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.type).toBe('https://whispergifts.com/problems/validation-error');
    expectMatchesSpec(response, 'GET', '/api/admin/metrics');
    expect([...new Set((response.body.errors as { pointer: string }[]).map((e) => e.pointer))].sort()).toEqual(pointers);
  });

  it('answers 401 without credentials and 403 to a user who is not an administrator', async () => {
    const anonymous = await metrics('?from=2025-01-01&to=2025-01-05', t.http()).expect(401);
    expect(anonymous.body.type).toBe('https://whispergifts.com/problems/unauthenticated');
    const user = await createUser(t);
    const forbidden = await metrics('?from=2025-01-01&to=2025-01-05', user.agent()).expect(403);
    expect(forbidden.body.type).toBe('https://whispergifts.com/problems/forbidden');
    expect(forbidden.text).not.toContain('signups');
  });

  it('serves an administrator signed in with a session too', async () => {
    const agent = t.http();
    await agent.post('/api/auth/login').send({ email: admin.email, password: admin.password }).expect(200);
    const response = await metrics('?from=2025-01-01&to=2025-01-01', agent).expect(200);
    expect(response.body.days).toHaveLength(1);
  });
});

describe('POST /api/admin/metrics/runs', () => {
  it('refuses a day that is not over yet, or is not a date', async () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const day of [today, '2999-01-01', '2025-13-01', 20250101]) {
      const response = await admin.agent().post('/api/admin/metrics/runs').send({ day }).expect(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ pointer: '#/day' })]);
    }
  });

  it('is for administrators only', async () => {
    await t.http().post('/api/admin/metrics/runs').send({ day: '2025-01-01' }).expect(401);
    const user = await createUser(t);
    await user.agent().post('/api/admin/metrics/runs').send({ day: '2025-01-01' }).expect(403);
  });
});
