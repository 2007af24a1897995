import type { INestApplicationContext } from '@nestjs/common';
import { createServer, IncomingMessage, Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Metrics } from '../src/observability/metrics.service';
import { PlansService } from '../src/plans/plans.service';
import { createItem, createRegistry, createUser, reservationBody, TestRegistry } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';
import { startTestWorker } from './support/test-worker';

/**
 * Observability (issue 19 §1): Prometheus metrics on a port of their own, for the API and the worker; one request
 * id from the caller through the API to the jobs it causes; unexpected errors to Sentry (a local fake ingest).
 */
interface Envelope {
  header: Record<string, unknown>;
  items: { header: Record<string, unknown>; body: Record<string, unknown> }[];
}

class FakeSentryIngest {
  readonly envelopes: Envelope[] = [];
  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(): Promise<FakeSentryIngest> {
    const envelopes: Envelope[] = [];
    const server = createServer((request: IncomingMessage, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        let raw = Buffer.concat(chunks);
        if (request.headers['content-encoding'] === 'gzip') raw = gunzipSync(raw);
        if (request.method === 'POST' && /^\/api\/\d+\/envelope\/?/.test(request.url ?? '')) envelopes.push(parseEnvelope(raw.toString('utf8')));
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const ingest = new FakeSentryIngest(server, (server.address() as { port: number }).port);
    (ingest as { envelopes: Envelope[] }).envelopes = envelopes;
    return ingest;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function parseEnvelope(text: string): Envelope {
  const [header, ...rest] = text.split('\n').filter(Boolean);
  const items: Envelope['items'] = [];
  for (let i = 0; i + 1 < rest.length; i += 2) items.push({ header: JSON.parse(rest[i]), body: JSON.parse(rest[i + 1]) });
  return { header: JSON.parse(header), items };
}

async function scrape(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

/** The value of one series, e.g. sample(text, 'http_cache_answers_total', {layer: 'miss'}). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const matches = Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`));
    if (matches) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

describe('metrics', () => {
  let t: TestApp;
  let registry: TestRegistry;
  let itemId: string;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    t = await startTestApp({ METRICS_PORT: '0' });
    const owner = await createUser(t);
    registry = await createRegistry(owner);
    itemId = (await createItem(owner, registry, { quantity: 3 })).id;
    worker = await startTestWorker(t, { METRICS_PORT: '0' });
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  const apiPort = () => t.app.get(Metrics).port!;

  it('has no error relay when error reporting is off', async () => {
    await t.http().post('/api/errors').set('content-type', 'application/x-sentry-envelope').send('{"dsn":"https://k@o1.example/1"}\n').expect(404);
  });

  it('serves the API’s metrics on their own port, never on the API’s', async () => {
    expect(apiPort()).toBeGreaterThan(0);
    expect(apiPort()).not.toBe(new URL(t.url).port);
    await t.http().get('/metrics').expect(404);
    await t.http().get('/api/metrics').expect(404);
    const elsewhere = await fetch(`http://127.0.0.1:${apiPort()}/anything`);
    expect(elsewhere.status).toBe(404);
  });

  it('counts requests by route pattern, method and status, and cached answers by layer', async () => {
    const list = `/api/public/registries/${registry.slug}`;
    const first = await t.http().get(list).expect(200);
    await t.http().get(list).expect(200);
    await t.http().get(list).set('if-none-match', first.headers.etag).expect(304);
    await t.http().get('/api/public/registries/no-such-list').expect(404);

    const text = await scrape(apiPort());
    const route = '/api/public/registries/:slug';
    expect(sample(text, 'http_request_duration_seconds_count', { route, method: 'GET', status: '200' })).toBe(2);
    expect(sample(text, 'http_request_duration_seconds_count', { route, method: 'GET', status: '304' })).toBe(1);
    expect(sample(text, 'http_request_duration_seconds_count', { route, method: 'GET', status: '404' })).toBe(1);
    // One series per route, never per slug.
    expect(text).not.toContain(registry.slug);
    expect(sample(text, 'http_cache_answers_total', { layer: 'miss' })).toBe(1);
    expect(sample(text, 'http_cache_answers_total', { layer: 'memory' })).toBe(1);
    expect(sample(text, 'http_cache_answers_total', { layer: '304' })).toBe(1);
    // Each request looked its registry's version up first (the 304 needed nothing else).
    const lookups = ['memory', 'redis', 'database'].map((source) => sample(text, 'version_lookups_total', { source }) ?? NaN);
    expect(lookups.reduce((a, b) => a + b)).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'db_pool_connections', { state: 'waiting' })).toBe(0);
    expect(sample(text, 'db_pool_connections', { state: 'idle' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'live_event_streams_open')).toBe(0);
    expect(sample(text, 'cache_single_flight_waits_total', { cache: 'documents' })).toBe(0);
    expect(sample(text, 'process_resident_memory_bytes', { process: 'api' })).toBeGreaterThan(0);
  });

  it('serves the worker’s queues and outbox', async () => {
    const text = await scrape(worker.get(Metrics).port!);
    for (const queue of ['email', 'images', 'metrics', 'retention', 'reminders']) {
      for (const state of ['waiting', 'active', 'failed']) expect(sample(text, 'queue_jobs', { queue, state })).toBeGreaterThanOrEqual(0);
    }
    expect(sample(text, 'outbox_oldest_unsent_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'process_resident_memory_bytes', { process: 'worker' })).toBeGreaterThan(0);
  });

  it('has every metric the Grafana dashboard charts', async () => {
    const dashboard = JSON.parse(readFileSync(join(__dirname, '../../../deploy/observability/grafana/dashboards/whispergifts.json'), 'utf8')) as {
      panels: { targets?: { expr: string }[] }[];
    };
    const exprs = dashboard.panels.flatMap((p) => p.targets ?? []).map((target) => target.expr);
    expect(exprs.length).toBeGreaterThan(10);
    // What is left of an expression without label matchers, ranges, `by (...)` and function calls: metric names.
    const names = new Set(
      exprs.flatMap(
        (expr) =>
          expr
            .replace(/\{[^}]*\}|\[[^\]]*\]|by \([^)]*\)/g, ' ')
            .replace(/[a-z_]+\s*\(/g, ' ')
            .match(/[a-z_][a-z0-9_]*/g) ?? [],
      ),
    );
    const scraped = (await scrape(apiPort())) + (await scrape(worker.get(Metrics).port!));
    const missing = [...names].filter((name) => !new RegExp(`^(# TYPE )?${name}[{ ]`, 'm').test(scraped));
    expect(missing).toEqual([]);
  });

  it('gives the jobs a request causes that request’s id', async () => {
    const [{ now }] = (await t.db.query('SELECT now()')) as { now: Date }[];
    const response = await t
      .http()
      .post(`/api/public/registries/${registry.slug}/reservations`)
      .set('x-request-id', 'edge-req-42')
      .send(reservationBody(itemId))
      .expect(201);
    expect(response.headers['x-request-id']).toBe('edge-req-42');
    const rows = (await t.db.query('SELECT request_id FROM outbox_events WHERE created_at > $1', [now])) as { request_id: string | null }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.request_id === 'edge-req-42')).toBe(true);
  });
});

describe('error reporting', () => {
  let ingest: FakeSentryIngest;
  let t: TestApp;

  beforeAll(async () => {
    ingest = await FakeSentryIngest.start();
    t = await startTestApp({
      SENTRY_DSN: `http://publickey@127.0.0.1:${ingest.port}/7`,
      SENTRY_BROWSER_DSN: `http://browserkey@127.0.0.1:${ingest.port}/8`,
      SENTRY_ENVIRONMENT: 'test-suite',
      RATE_LIMIT_ERROR_REPORT_IP: '2/60',
    });
  });
  afterAll(async () => {
    await t?.close();
    await ingest.close();
  });

  it('relays the web app’s reports for its own project, and nothing else', async () => {
    const envelope = (dsn: string) => `${JSON.stringify({ dsn })}\n{"type":"event"}\n{"message":"a guest's button broke"}\n`;
    const own = `http://browserkey@127.0.0.1:${ingest.port}/8`;
    const post = (body: string, type = 'application/x-sentry-envelope') => t.http().post('/api/errors').set('content-type', type).send(body);
    await post(envelope(own)).expect(204);
    expect(ingest.envelopes.map((e) => e.header.dsn)).toEqual([own]);
    expect((await post(envelope(`http://browserkey@127.0.0.1:${ingest.port}/7`)).expect(400)).body.type).toMatch(/bad-request$/);
    await post(JSON.stringify({ dsn: own }), 'application/json').expect(415);
    await post('x'.repeat(300 * 1024)).expect(413);
    // Two reports a minute per client (the refused one counted): the third is refused.
    await post(envelope(own)).expect(429);
    expect(ingest.envelopes).toHaveLength(1);
    ingest.envelopes.length = 0;
  });

  it('sends an unexpected failure (a 500) with its request id and route, but not a client’s mistake or its cookies', async () => {
    await t.http().get('/api/registries/not-a-uuid').expect(401);
    const plans = t.app.get(PlansService);
    const list = jest.spyOn(plans, 'list').mockImplementation(() => {
      throw new Error('the plans table is on fire');
    });
    const failed = await t.http().get('/api/plans').set('cookie', 'wg_session=secret-session').expect(500);
    list.mockRestore();
    expect(failed.body.detail).not.toContain('fire');

    await t.close();
    (t as TestApp | undefined) = undefined as unknown as TestApp;
    const events = ingest.envelopes.flatMap((e) => e.items).filter((i) => i.header.type === 'event');
    expect(events).toHaveLength(1);
    const event = events[0].body as { exception: { values: { value: string }[] }; tags: Record<string, string>; environment: string };
    expect(event.exception.values.at(-1)?.value).toBe('the plans table is on fire');
    expect(event.tags).toMatchObject({ request_id: failed.headers['x-request-id'], route: '/api/plans', process: 'api' });
    expect(event.environment).toBe('test-suite');
    expect(JSON.stringify(ingest.envelopes)).not.toContain('secret-session');
  });
});
