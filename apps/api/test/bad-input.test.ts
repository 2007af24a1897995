import { connect } from 'node:net';
import type { Response } from 'supertest';
import { TestRegistry, TestUser, createItem, createRegistry, createUser, reservationBody } from './support/factories';
import { TestApp, startTestApp } from './support/test-app';

/**
 * Input nothing in the API can handle is refused with a 4xx problem+json answer, never a 500: text that is not
 * text, JSON nested absurdly deep, URLs that do not decode, and what Node's HTTP parser itself refuses.
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

const PROBLEMS = 'https://whispergifts.com/problems/';

function expectProblem(response: Pick<Response, 'status' | 'headers' | 'body'>, status: number, type: string) {
  expect({ status: response.status, contentType: response.headers['content-type'], type: response.body?.type }).toEqual({
    status,
    contentType: expect.stringMatching(/^application\/problem\+json/),
    type: PROBLEMS + type,
  });
}

/** Sends bytes as they are (a request line or header no HTTP client would write) and reads until the server closes. */
function raw(text: string): Promise<{ status: number; headers: Record<string, string>; body: Record<string, unknown>; text: string }> {
  return new Promise((done, reject) => {
    const socket = connect(Number(new URL(t.url).port), '127.0.0.1', () => socket.end(text));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const response = Buffer.concat(chunks).toString();
      const [head, ...rest] = response.split('\r\n\r\n');
      const [statusLine, ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      const body = rest.join('\r\n\r\n');
      done({ status: Number(statusLine.split(' ')[1]), headers, text: body, body: body ? (JSON.parse(body) as Record<string, unknown>) : {} });
    });
  });
}

describe('text that is not text', () => {
  it('refuses a NUL in a field of an unauthenticated login with a field error (PostgreSQL cannot store it)', async () => {
    const response = await t.http().post('/api/auth/login').send({ email: 'a\u0000@x.com', password: 'whatever it is' });
    expectProblem(response, 400, 'validation-error');
    expect(response.body.errors).toEqual([{ pointer: '#/email', code: 'invalid-text', detail: 'email must not contain the NUL character (U+0000)' }]);
  });

  it.each([
    ['signup', '/api/auth/signup', '{"email":"a\\ud800@x.com","password":"a perfectly fine password","displayName":"Ana"}', '#/email'],
    ['a reservation', 'RESERVE', '{"itemId":"ITEM","name":"May \\udc00","email":"may@example.com"}', '#/name'],
    ['a nested list', 'ORDER', '{"itemIds":["\\u0000"]}', '#/itemIds/0'],
  ])('refuses a lone surrogate or NUL in %s, naming the pointer', async (_, path, body, pointer) => {
    const item = await createItem(owner, registry);
    const url =
      path === 'RESERVE' ? `/api/public/registries/${registry.slug}/reservations` : path === 'ORDER' ? `/api/registries/${registry.id}/items/order` : path;
    const response = await owner.agent().post(url).set('content-type', 'application/json').send(body.replace('ITEM', item.id));
    expectProblem(response, 400, 'validation-error');
    expect(response.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual([pointer]);
  });

  it('refuses a NUL in a path parameter or the query string', async () => {
    const path = await t.http().get('/api/public/registries/ab%00c');
    expectProblem(path, 400, 'validation-error');
    expect(path.body.errors).toEqual([{ pointer: '#/slug', code: 'invalid-text', detail: 'slug must not contain the NUL character (U+0000)' }]);
    const query = await owner.agent().get(`/api/registries/${registry.id}/reservations?cursor=%00`);
    expectProblem(query, 400, 'validation-error');
    expect(query.body.errors[0].pointer).toBe('#/cursor');
  });
});

describe('deep JSON', () => {
  it('is refused before it is parsed, on every JSON route, quickly', async () => {
    const deep = '['.repeat(45_000) + ']'.repeat(45_000);
    for (const [agent, url] of [
      [t.http(), '/api/auth/login'],
      [owner.agent(), '/api/registries'],
    ] as const) {
      const started = process.hrtime.bigint();
      const response = await agent.post(url).set('content-type', 'application/json').send(deep);
      expectProblem(response, 400, 'bad-request');
      expect(response.body.detail).toBe(`The JSON body is nested more than ${t.config.jsonMaxDepth} levels deep.`);
      expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(500);
    }
  });

  it('is fine up to the limit, and the limit is configurable', async () => {
    const nested = (depth: number) => JSON.stringify({ name: 'x', extra: JSON.parse('['.repeat(depth - 1) + ']'.repeat(depth - 1)) as unknown });
    const atLimit = await owner.agent().post('/api/auth/login').set('content-type', 'application/json').send(nested(t.config.jsonMaxDepth));
    expect(atLimit.status).toBe(400);
    expect(atLimit.body.type).toBe(PROBLEMS + 'validation-error'); // parsed, then refused by validation, as any unknown field
    const strict = await startTestApp({ JSON_MAX_DEPTH: '3' });
    try {
      const refused = await strict.http().post('/api/auth/login').set('content-type', 'application/json').send('{"a":[[[1]]]}');
      expectProblem(refused, 400, 'bad-request');
      expect(refused.body.detail).toMatch(/more than 3 levels/);
    } finally {
      await strict.close();
    }
  });
});

describe('URLs', () => {
  it('answers a path that does not decode with 400 problem+json, without echoing it', async () => {
    const response = await t.http().get('/api/public/registries/%00%ff');
    expectProblem(response, 400, 'bad-request');
    expect(response.text).not.toContain('%ff');
  });

  it('answers an over-long path segment with 414 problem+json', async () => {
    const response = await t.http().get(`/api/public/registries/${'a'.repeat(300)}`);
    expectProblem(response, 414, 'uri-too-long');
    expect(response.text).not.toContain('a'.repeat(300));
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['a year PostgreSQL has not', Buffer.from(JSON.stringify(['0000-01-01T00:00:00.000Z', '6f1c0a4e-3b8f-4d59-9a7e-2b1f0c9d8e7a'])).toString('base64url')],
    ['a number for a date', Buffer.from(JSON.stringify(['1', '6f1c0a4e-3b8f-4d59-9a7e-2b1f0c9d8e7a'])).toString('base64url')],
    ['dashes for a UUID', Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', '-'.repeat(36)])).toString('base64url')],
  ])('refuses a malformed cursor (%s) with a field error', async (_, cursor) => {
    const response = await owner.agent().get(`/api/registries/${registry.id}/reservations?cursor=${cursor}`);
    expectProblem(response, 400, 'validation-error');
    expect(response.body.errors).toEqual([{ pointer: '#/cursor', code: 'invalid', detail: 'cursor must be a nextCursor value from a previous page' }]);
  });

  it('refuses an absolute-form request target with 400 problem+json', async () => {
    const response = await raw('POST http://x/api/auth/logout HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    expectProblem(response, 400, 'bad-request');
    expect(response.body.detail).toMatch(/origin form/);
  });
});

describe("Node's own HTTP refusals are problem+json and close the connection", () => {
  it.each([
    ['a malformed request line', 'GET /api/health HTTP/1.1 junk\r\nHost: x\r\n\r\n', 400, 'bad-request'],
    ['an unknown method', 'BREW /api/health HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'bad-request'],
    ['a header with a NUL', 'GET /api/health HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n', 400, 'bad-request'],
    ['headers over the size limit', `GET /api/health HTTP/1.1\r\nHost: x\r\nX-A: ${'a'.repeat(20_000)}\r\n\r\n`, 431, 'headers-too-large'],
  ])('%s', async (_, request, status, type) => {
    const response = await raw(request);
    expectProblem(response, status, type);
    expect(response.headers.connection).toBe('close');
    expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(response.text));
  });

  it('answers a HEAD without a body', async () => {
    const response = await raw(`HEAD /api/health HTTP/1.1\r\nHost: x\r\nX-A: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(response.status).toBe(431);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.text).toBe('');
  });
});

describe('e-mail addresses mail does not deliver', () => {
  it.each(['"a,b"@example.com', 'may@[127.0.0.1]', 'may@localhost'])('are refused with a field error: %s', async (email) => {
    const item = await createItem(owner, registry);
    const reservation = await t.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(item.id, { email }));
    expectProblem(reservation, 400, 'validation-error');
    expect(reservation.body.errors).toEqual([{ pointer: '#/email', code: 'invalid-email', detail: 'email must be an e-mail address' }]);
    const signup = await t.http().post('/api/auth/signup').send({ email, password: 'a perfectly fine password', displayName: 'Ana' });
    expectProblem(signup, 400, 'validation-error');
    const invitation = await owner
      .agent()
      .post(`/api/registries/${registry.id}/invitations`)
      .send({ emails: ['tom@example.com', email] });
    expectProblem(invitation, 400, 'validation-error');
    expect(invitation.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['#/emails/1']);
  });
});
