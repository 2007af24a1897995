import fc from 'fast-check';
import { request as httpRequest } from 'node:http';
import sharp from 'sharp';
import { DEFAULT_PASSWORD, createItem, createRegistry, createUser, reservationBody } from './support/factories';
import { Body, FuzzRequest, Operation, Value, isReal, loadOperations, percentEncode, requestsFor } from './support/fuzz-requests';
import { SVG, temporaryMediaDir } from './support/image-fixtures';
import { TestDnsServer } from './support/dns-server';
import { FakeStripe } from './support/fake-stripe';
import { routeDomain } from './support/plans';
import { routeTable } from './support/routes';
import { TestApp, startTestApp } from './support/test-app';

/**
 * Property-based fuzzing of every operation in openapi.yaml against the real app: mutated path parameters,
 * queries, headers and bodies, sent anonymously, with an owner's session, with the owner's token and with an
 * administrator's token, real ids mixed in so owner routes get past their checks. Whatever is sent, the answer
 * is never a 5xx, every 4xx is problem+json, and no body carries a stack trace, SQL or a file path.
 *
 * Seeded and reproducible: WG_FUZZ_SEED=<n> replays a failure (the seed is printed with it), WG_FUZZ_RUNS=<n>
 * sets the requests per operation (default 30). New routes are fuzzed as soon as openapi.yaml has them.
 */
const SEED = Number(process.env.WG_FUZZ_SEED ?? 20261211);
const RUNS = Number(process.env.WG_FUZZ_RUNS ?? 30);
const { operations, schemas } = loadOperations();

let t: TestApp;
let media: Awaited<ReturnType<typeof temporaryMediaDir>>;
let png: Buffer;
let adminToken: string;
let worlds = 0;
let dns: TestDnsServer;
let stripe: FakeStripe;
/** Answers by operation and status, printed with WG_FUZZ_STATS=1 to see how far the requests get. */
const stats = new Map<string, Record<number, number>>();

beforeAll(async () => {
  media = await temporaryMediaDir();
  // Custom-domain checks ask a DNS server on loopback that knows no name, never the real DNS.
  dns = await TestDnsServer.start();
  // Payments on, against a local fake of Stripe's API: checkout and the webhook are fuzzed as they run in production.
  stripe = await FakeStripe.start();
  // Behind a trusted proxy, each world signs in from its own address, so login rate limits stay the fuzz's own.
  t = await startTestApp({
    ...stripe.env,
    MEDIA_DIR: media.path,
    DNS_RESOLVER: dns.address,
    TRUST_PROXY: 'loopback',
    LOG_LEVEL: process.env.WG_FUZZ_LOG ?? 'silent',
  });
  png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c04020' } })
    .png()
    .toBuffer();
  adminToken = (await createUser(t, { role: 'admin' })).token;
});
afterAll(async () => {
  if (process.env.WG_FUZZ_STATS) console.log([...stats].map(([operation, counts]) => `${operation}: ${JSON.stringify(counts)}`).join('\n'));
  await t?.close();
  await dns?.close();
  await stripe?.close();
  await media?.remove();
});

/** One couple's real data: a registry with a custom domain, two gifts, a reservation; a session and a token. */
interface World {
  values: Record<string, string>;
  cookie: string;
  token: string;
}

async function makeWorld(): Promise<World> {
  const n = ++worlds;
  const owner = await createUser(t);
  const registry = await createRegistry(owner);
  // On Standard with a verified domain, so the custom-domain and domain-lookup operations reach their real work.
  await routeDomain(t, registry.id, `gifts-${n}-${Date.now()}.example`);
  const [item, item2] = [await createItem(owner, registry, { quantity: 5 }), await createItem(owner, registry, { quantity: null })];
  const reserved = await t
    .http()
    .post(`/api/public/registries/${registry.slug}/reservations`)
    .set('x-forwarded-for', `10.9.${n}.1`)
    .send(reservationBody(item.id));
  if (reserved.status !== 201) throw new Error(`could not reserve for the fuzz world: ${reserved.status} ${reserved.text}`);
  const login = await t.http().post('/api/auth/login').set('x-forwarded-for', `10.8.${n}.1`).send({ email: owner.email, password: DEFAULT_PASSWORD });
  if (login.status !== 200) throw new Error(`could not sign in for the fuzz world: ${login.status} ${login.text}`);
  const cookie = String(login.headers['set-cookie']?.[0] ?? '').split(';')[0];
  const [{ id: tokenId }] = (await t.db.query('SELECT id FROM access_tokens WHERE user_id = $1', [owner.id])) as { id: string }[];
  const detail = (await owner.agent().get(`/api/registries/${registry.id}`).expect(200)).body as { customDomain: string };
  return {
    cookie,
    token: owner.token,
    values: {
      registryId: registry.id,
      slug: registry.slug,
      itemId: item.id,
      itemId2: item2.id,
      reservationId: reserved.body.reservation.id,
      token: reserved.body.undoToken,
      tokenId,
      userId: owner.id,
      host: detail.customDomain,
      email: owner.email,
    },
  };
}

// ---- sending ----------------------------------------------------------------------------------------------------

function resolveValue(value: Value, world: World): unknown {
  if (isReal(value)) return world.values[value.real] ?? value.real;
  if (Array.isArray(value)) return value.map((entry) => resolveValue(entry, world));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, resolveValue(entry, world)]));
  return value;
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function multipart(body: Extract<Body, { kind: 'multipart' }>): { contentType: string; payload: Buffer } {
  const boundary = 'fuzzboundary7d1e';
  const contents = { png, garbage: Buffer.from([0xff, 0xd8, 0x00, 0x01, 0x02, 0xfe]), empty: Buffer.alloc(0), svg: SVG };
  const chunks = body.parts.flatMap((part) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${part.filename !== undefined ? `; filename="${part.filename}"` : ''}\r\n` +
        (part.type ? `Content-Type: ${part.type}\r\n` : '') +
        '\r\n',
      'latin1',
    ),
    contents[part.content],
    Buffer.from('\r\n'),
  ]);
  if (!body.broken) chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { contentType: `${body.contentType}; boundary=${boundary}`, payload: Buffer.concat(chunks) };
}

interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  payload?: Buffer;
}

function build(request: FuzzRequest, world: World): Sent {
  const segments = request.path.map((segment) => {
    if (typeof segment === 'string') return segment;
    const value = asText(resolveValue(segment.param, world));
    return segment.raw ? value : percentEncode(value);
  });
  const query = request.query.map(([key, value]) => `${percentEncode(key)}=${percentEncode(asText(resolveValue(value, world)))}`).join('&');
  let path = `/${segments.join('/')}${request.trailing === '?' ? '' : request.trailing}`;
  if (query || request.trailing === '?') path += `?${query}`;
  const headers: Record<string, string> = {};
  for (const [name, value] of request.headers) headers[name.toLowerCase()] = value;
  if (request.identity === 'session') headers.cookie = world.cookie;
  if (request.identity === 'token') headers.authorization = `Bearer ${world.token}`;
  if (request.identity === 'admin') headers.authorization = `Bearer ${adminToken}`;
  let payload: Buffer | undefined;
  const body = request.body;
  if (body?.kind === 'json') {
    payload = Buffer.from(JSON.stringify(resolveValue(body.value, world)) ?? 'null');
    headers['content-type'] = body.contentType;
  } else if (body?.kind === 'text') {
    payload = Buffer.from(body.text);
    if (body.contentType !== undefined) headers['content-type'] = body.contentType;
  } else if (body?.kind === 'multipart') {
    const form = multipart(body);
    payload = form.payload;
    headers['content-type'] = form.contentType;
  }
  // Framed explicitly: Node's client sends a GET's or HEAD's body unframed otherwise, which no server can parse.
  if (payload) headers['content-length'] = String(payload.length);
  return { method: request.method, path, headers, payload };
}

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

function send(sent: Sent): Promise<Answer> {
  return new Promise((done, reject) => {
    const { port } = new URL(t.url);
    const req = httpRequest({ host: '127.0.0.1', port, method: sent.method, path: sent.path, headers: sent.headers, agent: false, timeout: 10_000 }, (res) => {
      // An event stream (live updates) stays open until the client leaves: its status and type are the answer.
      if (String(res.headers['content-type']).startsWith('text/event-stream')) {
        done({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type']), text: '' });
        req.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString() }),
      );
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 10 s')));
    req.on('error', reject);
    req.end(sent.payload);
  });
}

// ---- the properties -------------------------------------------------------------------------------------------

const LEAKS: [string, RegExp][] = [
  // Bounded repetitions: an answer may echo 200 KB of one letter, and `\w*Error:` would backtrack over it for minutes.
  ['a stack trace', /\n\s+at |\bat [\w$.<>]{1,200} \(|\b\w{0,60}Error:/],
  ['SQL', /\bSELECT\b|\bINSERT\b|violates|syntax error at/],
  ['a file path', /\/work\/|node_modules|\.ts:\d/],
];

/** What is wrong with this answer, if anything. Text the request itself carried is not counted as a leak. */
function judge(sent: Sent, answer: Answer): string | undefined {
  if (answer.status >= 500) return `answered ${answer.status}`;
  if (answer.status >= 400) {
    if (!/^application\/problem\+json/.test(answer.contentType))
      return `answered ${answer.status} as ${answer.contentType || 'no content type'}, not problem+json`;
    if (sent.method === 'HEAD') return undefined; // the same headers as GET, without the body
    let problem: { type?: unknown; title?: unknown; status?: unknown; detail?: unknown };
    try {
      problem = JSON.parse(answer.text) as typeof problem;
    } catch {
      return `answered ${answer.status} problem+json that is not JSON`;
    }
    if (typeof problem.type !== 'string' || typeof problem.title !== 'string' || typeof problem.detail !== 'string' || problem.status !== answer.status) {
      return `answered ${answer.status} with a malformed problem: ${answer.text.slice(0, 300)}`;
    }
  }
  const carried = `${sent.path} ${JSON.stringify(sent.headers)} ${sent.payload?.toString('latin1') ?? ''}`;
  for (const [what, pattern] of LEAKS) {
    const match = pattern.exec(answer.text);
    if (match && !carried.includes(match[0])) return `answered with ${what} (${JSON.stringify(match[0])})`;
  }
  return undefined;
}

function describeSent(sent: Sent): string {
  const payload = sent.payload ? sent.payload.toString().slice(0, 400) + (sent.payload.length > 400 ? ` … (${sent.payload.length} bytes)` : '') : '';
  const headers = JSON.stringify(sent.headers).slice(0, 600);
  return `${sent.method} ${sent.path.slice(0, 400)}\nheaders: ${headers}\nbody: ${payload}`;
}

/** The seed of one operation: the run's seed mixed with the operation's id, so adding a route changes no other's requests. */
function seedOf(operation: Operation): number {
  let hash = SEED | 0;
  for (const char of operation.id) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash;
}

it('judges what it must refuse', () => {
  const sent: Sent = { method: 'GET', path: '/api/x', headers: {} };
  const problem = (status: number) => JSON.stringify({ type: 'https://whispergifts.com/problems/x', title: 'X', status, detail: 'x' });
  expect(judge(sent, { status: 404, contentType: 'application/problem+json', text: problem(404) })).toBeUndefined();
  expect(judge(sent, { status: 500, contentType: 'application/problem+json', text: problem(500) })).toMatch(/500/);
  expect(judge(sent, { status: 400, contentType: 'application/json', text: '{"statusCode":400}' })).toMatch(/not problem\+json/);
  expect(judge(sent, { status: 200, contentType: 'application/json', text: '{"e":"TypeError: x\\n    at f (/work/a.ts:1:2)"}' })).toMatch(/stack trace/);
  expect(
    judge(sent, { status: 409, contentType: 'application/problem+json', text: problem(409).replace('"x"}', '"duplicate key violates unique constraint"}') }),
  ).toMatch(/SQL/);
  expect(judge(sent, { status: 200, contentType: 'application/json', text: '{"p":"node_modules/x"}' })).toMatch(/file path/);
  // What the request itself carried may come back (a name the couple typed), and a long echo is judged quickly.
  expect(judge({ ...sent, path: '/api/x?q=SELECT' }, { status: 200, contentType: 'application/json', text: '{"q":"SELECT"}' })).toBeUndefined();
  expect(judge(sent, { status: 200, contentType: 'application/json', text: 'x'.repeat(200_000) })).toBeUndefined();
});

it('covers every route the app serves', () => {
  const documented = new Set(operations.map((o) => `${o.method} ${o.path}`));
  const served = routeTable(t.app).map((r) => `${r.method} ${r.path}`);
  expect(served.filter((route) => !documented.has(route))).toEqual([]);
  expect(operations.length).toBeGreaterThan(30);
});

describe.each(operations.map((operation) => [`${operation.method} ${operation.path}`, operation] as const))('%s', (_, operation) => {
  it(`never fails, leaks or answers a 4xx that is not problem+json (${RUNS} mutated requests)`, async () => {
    const world = await makeWorld();
    const seed = seedOf(operation);
    try {
      await fc.assert(
        fc.asyncProperty(requestsFor(operation, schemas), async (request) => {
          const sent = build(request, world);
          const started = Date.now();
          if (process.env.WG_FUZZ_DEBUG === operation.id) console.log('sending', describeSent(sent));
          const answer = await send(sent);
          const counts = stats.get(operation.id) ?? {};
          counts[answer.status] = (counts[answer.status] ?? 0) + 1;
          stats.set(operation.id, counts);
          if (process.env.WG_FUZZ_DEBUG === operation.id)
            console.log(Date.now() - started, 'ms', answer.status, answer.text.slice(0, 200), sent.payload?.toString().slice(0, 200));
          const wrong = judge(sent, answer);
          if (wrong) throw new Error(`${wrong}\n${describeSent(sent)}\nanswer: ${answer.text.slice(0, 500)}`);
        }),
        { seed, numRuns: RUNS, endOnFailure: true, includeErrorInReport: true },
      );
    } catch (error) {
      throw new Error(
        `fuzz of ${operation.method} ${operation.path} failed; reproduce with WG_FUZZ_SEED=${SEED} WG_FUZZ_RUNS=${RUNS}\n${(error as Error).message}`,
        { cause: error },
      );
    }
  });
});
