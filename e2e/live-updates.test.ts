import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStreamClient } from '../apps/api/test/support/event-stream';
import { TestUser, createItem, createRegistry, createUser, reservationBody } from '../apps/api/test/support/factories';
import { startTestApp, TestApp } from '../apps/api/test/support/test-app';
import { send } from './support/http';
import { Edge } from './support/nginx';

/**
 * Live updates through the real edge: nginx (nginx/whispergifts.conf.template) in front of two API processes.
 * A guest's event stream may land on either process and a write on either; the event must come through nginx
 * at once (not held in a proxy buffer), within the per-address stream budget, and survive one process leaving.
 */
let api: TestApp;
let api2: TestApp;
let api2Closed = false;
let edge: Edge;
let web: string;
let owner: TestUser;
const open: EventStreamClient[] = [];
const EVENTS_PER_IP = 6;

beforeAll(async () => {
  // A stand-in for the built web app: these tests only talk to /api.
  web = mkdtempSync(join(tmpdir(), 'wg-live-web-'));
  chmodSync(web, 0o755);
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>WhisperGifts</title><div id="root"></div>');
  const env = { TRUST_PROXY: 'loopback', PUBLIC_URL: 'http://localhost', MEDIA_DIR: web, LIVE_EVENTS_HEARTBEAT_SECONDS: '1' };
  api = await startTestApp(env);
  api2 = await startTestApp(env, api);
  edge = await Edge.start({ apiPorts: [api, api2].map((t) => Number(new URL(t.url).port)), webRoot: web, mediaRoot: web, eventsPerIp: EVENTS_PER_IP });
  owner = await createUser(api);
});
afterEach(() => {
  for (const stream of open.splice(0)) stream.close();
});
afterAll(async () => {
  for (const stream of open.splice(0)) stream.close();
  await edge?.stop();
  if (!api2Closed) await api2?.close();
  await api?.close();
  rmSync(web, { recursive: true, force: true });
});

async function stream(slug: string, headers: Record<string, string> = {}) {
  const client = await EventStreamClient.open(edge.url, `/api/public/registries/${slug}/events`, headers);
  open.push(client);
  return client;
}
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const versionOf = async (slug: string) => (await send(api.url, `/api/public/registries/${slug}`)).json().version as number;
/** Event-stream requests nginx has finished (logged), with the API process that served each. */
const eventLog = (slug: string) => edge.accessLog().filter((line) => line.uri === `/api/public/registries/${slug}/events`);

it('delivers a write made on either API process to streams held by both, through nginx, as it happens', async () => {
  const registry = await createRegistry(owner);
  const item = await createItem(owner, registry, { quantity: 5 });
  const streams = [];
  for (let i = 0; i < 4; i++) streams.push(await stream(registry.slug));
  for (const s of streams) {
    expect(s.status).toBe(200);
    expect(s.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    // nginx passes neither a body encoding nor the API's buffering hint on to the browser.
    expect(s.headers['content-encoding']).toBeUndefined();
    expect(s.headers['content-security-policy']).toContain("default-src 'self'");
  }
  const first = await versionOf(registry.slug);
  await Promise.all(streams.map((s) => s.untilVersion(first, 2000)));

  // One write through each process (the guest's through nginx, the couple's straight to the second API).
  for (const write of [
    () =>
      send(edge.url, `/api/public/registries/${registry.slug}/reservations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(reservationBody(item.id)),
      }),
    () =>
      send(api2.url, `/api/registries/${registry.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
        body: JSON.stringify({ title: 'Live' }),
      }),
  ]) {
    const written = Date.now();
    expect([200, 201]).toContain((await write()).status);
    const version = await versionOf(registry.slug);
    // Well within a second on an idle machine; a proxy buffer would hold the event until the stream ended.
    await Promise.all(streams.map((s) => s.untilVersion(version, 3000)));
    for (const s of streams) expect(s.events.at(-1)!.at - written).toBeLessThan(3000);
  }
  for (const s of streams) expect(s.ended).toBe(false);

  // Heartbeats pass through too (nginx would cut a silent stream after proxy_read_timeout).
  await Promise.all(streams.map((s) => s.until(() => s.comments.includes('heartbeat'), 3000, 'a heartbeat')));

  // The streams were spread over both processes (nginx logs a stream once it ends).
  for (const s of streams) s.close();
  await sleep(300);
  expect(new Set(eventLog(registry.slug).map((line) => line.upstream_addr)).size).toBe(2);
});

it('refuses a password-protected list without the unlock cookie, and streams it with the cookie', async () => {
  const registry = await createRegistry(owner, { visibility: 'password', password: 'open sesame' });
  const refused = await stream(registry.slug);
  expect(refused.status).toBe(401);
  expect(refused.headers['content-type']).toContain('application/problem+json');

  const unlocked = await send(edge.url, `/api/public/registries/${registry.slug}/unlock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ password: 'open sesame' }),
  });
  expect(unlocked.status).toBe(204);
  const cookie = (unlocked.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  const events = await stream(registry.slug, { cookie });
  expect(events.status).toBe(200);
  await events.until(() => events.events.length === 1, 2000, 'the first event');
});

it(`limits streams per client address to WG_EVENTS_PER_IP (${EVENTS_PER_IP}), apart from its other requests`, async () => {
  const registry = await createRegistry(owner);
  const streams = [];
  for (let i = 0; i < EVENTS_PER_IP; i++) streams.push(await stream(registry.slug));
  expect(streams.map((s) => s.status)).toEqual(Array(EVENTS_PER_IP).fill(200));
  const over = await stream(registry.slug);
  expect(over.status).toBe(429);
  expect(over.headers['content-type']).toContain('application/problem+json');
  // The streams do not use up the address's budget for everything else.
  expect((await send(edge.url, `/api/public/registries/${registry.slug}`)).status).toBe(200);
  streams[0].close();
  await sleep(200);
  expect((await stream(registry.slug)).status).toBe(200);
});

it('moves the streams of a process that shuts down to the other one: the reconnect (Last-Event-ID) misses nothing', async () => {
  const registry = await createRegistry(owner);
  const streams = [];
  for (let i = 0; i < 4; i++) streams.push(await stream(registry.slug));
  const version = await versionOf(registry.slug);
  await Promise.all(streams.map((s) => s.untilVersion(version, 2000)));
  api2Closed = true;
  await api2.close();
  // Those on the second process end with a reconnect hint; those on the first stay open.
  await sleep(500);
  const ended = streams.filter((s) => s.ended);
  expect(ended.length).toBeGreaterThan(0);
  expect(ended.length).toBeLessThan(streams.length);
  for (const s of ended) expect(s.retry).toBeGreaterThan(0);

  // They come back through nginx (to the process still up), saying which version they heard last.
  const back = await Promise.all(ended.map((s) => stream(registry.slug, { 'last-event-id': s.events.at(-1)!.id! })));
  for (const s of back) {
    expect(s.status).toBe(200);
    await s.until(() => s.comments.includes('up to date'), 2000, 'the up-to-date comment');
  }
  await send(api.url, `/api/registries/${registry.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
    body: JSON.stringify({ title: 'After the restart' }),
  });
  const next = await versionOf(registry.slug);
  await Promise.all([...back, ...streams.filter((s) => !s.ended)].map((s) => s.untilVersion(next, 3000)));
});
