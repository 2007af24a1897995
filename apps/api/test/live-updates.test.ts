import { fork } from 'node:child_process';
import { resolve } from 'node:path';
import { RegistryVersions } from '../src/caching/registry-versions.service';
import { LiveEvents } from '../src/live-updates/live-events.service';
import { TEST_REDIS_URL, databaseUrl } from './support/databases';
import { EventStreamClient } from './support/event-stream';
import { createItem, createRegistry, createUser, reservationBody, TestUser } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Live updates (issue 14 §5): `GET /api/public/registries/{slug}/events` announces every new version of a list,
 * whichever API process the write went to, because the streams are fed by the version pub/sub all processes share.
 * (The same through the real nginx: e2e/live-updates.test.ts.)
 */
let a: TestApp;
let b: TestApp;
let owner: TestUser;
const open: EventStreamClient[] = [];

beforeAll(async () => {
  a = await startTestApp();
  // b holds reservations (when a registry asks guests to confirm) for 1.2 s only.
  b = await startTestApp({ LIVE_EVENTS_HEARTBEAT_SECONDS: '1', RESERVATION_HOLD_MINUTES: '0.02' }, a);
  owner = await createUser(a);
});
afterEach(() => {
  for (const stream of open.splice(0)) stream.close();
});
afterAll(async () => {
  await b.close();
  await a.close();
});

async function stream(app: TestApp, slug: string, headers: Record<string, string> = {}, query = '') {
  const client = await EventStreamClient.open(app.url, `/api/public/registries/${slug}/events${query}`, headers);
  open.push(client);
  return client;
}

const listVersion = async (slug: string, headers: Record<string, string> = {}) =>
  (await a.http().get(`/api/public/registries/${slug}`).set(headers).expect(200)).body.version as number;

describe('the event stream', () => {
  it('starts with the current version, then announces each write made through the other process', async () => {
    const registry = await createRegistry(owner);
    const item = await createItem(owner, registry, { quantity: 3 });
    const start = await listVersion(registry.slug);
    const events = await stream(b, registry.slug);
    expect(events.status).toBe(200);
    expect(events.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(events.headers['cache-control']).toBe('no-store, no-transform');
    expect(events.headers['x-accel-buffering']).toBe('no');
    await events.untilVersion(start);
    expect(events.events[0]).toMatchObject({ event: 'changed', id: String(start) });

    // A reservation by a guest on process a, an edit by the couple on process a: process b's stream hears both.
    await a.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(item.id)).expect(201);
    const reserved = await listVersion(registry.slug);
    expect(reserved).toBeGreaterThan(start);
    await events.untilVersion(reserved);
    await owner.agent().patch(`/api/registries/${registry.id}`).send({ title: 'Now with live updates' }).expect(200);
    const edited = await listVersion(registry.slug);
    await events.untilVersion(edited);
    // Each version once, in order, even though the writing process hears its own publish twice (itself and Redis).
    expect(events.versions()).toEqual([start, reserved, edited]);
    expect(events.events.map((e) => e.id)).toEqual([start, reserved, edited].map(String));
  });

  it('after a reconnect, says nothing new when Last-Event-ID is current, and the current version when it is not', async () => {
    const registry = await createRegistry(owner);
    const current = await listVersion(registry.slug);
    const upToDate = await stream(a, registry.slug, { 'last-event-id': String(current) });
    await upToDate.until(() => upToDate.comments.includes('up to date'), 2000, 'the up-to-date comment');
    expect(upToDate.events).toEqual([]);

    const behind = await stream(b, registry.slug, { 'last-event-id': String(current - 1) });
    await behind.untilVersion(current);
    const byQuery = await stream(b, registry.slug, {}, `?lastEventId=${current}`);
    await byQuery.until(() => byQuery.comments.includes('up to date'), 2000, 'the up-to-date comment');
    expect(byQuery.events).toEqual([]);
  });

  it("announces a held reservation's lapse at its deadline, though nobody asked for the list meanwhile", async () => {
    const registry = await createRegistry(owner, { guestsConfirmByEmail: true });
    const item = await createItem(owner, registry, { quantity: 1 });
    const events = await stream(a, registry.slug);
    await events.until(() => events.events.length === 1, 2000, 'the first event');
    const held = await b.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(item.id)).expect(201);
    expect(held.body.reservation.status).toBe('held');
    await events.until(() => events.events.length === 2, 2000, 'the hold');
    const heldAt = events.events[1].at;
    // No request reads the list (that would lapse it too); the stream's process lapses it when the hold ends.
    await events.until(() => events.events.length === 3, 4000, 'the lapse');
    expect(events.events[2].at - heldAt).toBeGreaterThan(800);
    const list = (await a.http().get(`/api/public/registries/${registry.slug}`).expect(200)).body as { version: number; items: { remaining: number }[] };
    expect(list.items[0].remaining).toBe(1);
    expect(events.versions().at(-1)).toBe(list.version);
  });

  it('sends heartbeats on an idle stream', async () => {
    const registry = await createRegistry(owner);
    const events = await stream(b, registry.slug);
    await events.until(() => events.comments.includes('heartbeat'), 3000, 'a heartbeat');
  });

  it('catches up at the next heartbeat on a version whose pub/sub announcement was lost', async () => {
    const registry = await createRegistry(owner);
    const events = await stream(b, registry.slug);
    await events.until(() => events.events.length === 1, 2000, 'the first event');
    // A write that reached PostgreSQL and the shared copy in Redis, but whose message never came.
    const info = (await a.app.get(RegistryVersions).byId(registry.id))!;
    await a.db.query('UPDATE registries SET version = version + 1 WHERE id = $1', [registry.id]);
    const key = `${a.config.redisKeyPrefix}${a.config.cacheSchemaRevision}:ver:registry:${registry.id}`;
    await a.redis.set(key, JSON.stringify({ ...info, version: info.version + 1 }), 'EX', 600);
    // As when b's own copy has outlived its trust (10 s): the next heartbeat reads the shared one.
    b.app.get(RegistryVersions).store.clearLocal();
    await events.untilVersion(info.version + 1, 3000);
  });

  it('answers HEAD with the headers of a stream, and ends', async () => {
    const registry = await createRegistry(owner);
    const head = await a.http().head(`/api/public/registries/${registry.slug}/events`).expect(200);
    expect(head.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(a.app.get(LiveEvents).openStreams).toBe(0);
  });

  it('answers an unknown list with a 404 problem, not a stream', async () => {
    const events = await stream(a, 'no-such-couple');
    expect(events.status).toBe(404);
    expect(events.headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(events.body)).toMatchObject({ status: 404, type: expect.stringContaining('not-found') });
  });
});

describe('password-protected lists', () => {
  async function unlockCookie(slug: string, password: string) {
    const response = await a.http().post(`/api/public/registries/${slug}/unlock`).send({ password }).expect(204);
    return (response.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
  }

  it('refuse a stream without the unlock cookie, and stream to the session that unlocked it', async () => {
    const registry = await createRegistry(owner, { visibility: 'password', password: 'open sesame' });
    const refused = await stream(b, registry.slug);
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.body)).toMatchObject({ type: expect.stringContaining('registry-locked') });
    // Another list's unlock does not open this one.
    const other = await createRegistry(owner, { visibility: 'password', password: 'open sesame' });
    const wrongCookie = await unlockCookie(other.slug, 'open sesame');
    expect((await stream(b, registry.slug, { cookie: wrongCookie })).status).toBe(401);

    const cookie = await unlockCookie(registry.slug, 'open sesame');
    const events = await stream(b, registry.slug, { cookie });
    expect(events.status).toBe(200);
    const version = await listVersion(registry.slug, { cookie });
    await events.untilVersion(version);
  });

  it('end the stream when the couple changes the password, and refuse the reconnect', async () => {
    const registry = await createRegistry(owner, { visibility: 'password', password: 'first password' });
    const cookie = await unlockCookie(registry.slug, 'first password');
    const events = await stream(b, registry.slug, { cookie });
    await events.until(() => events.events.length === 1, 2000, 'the first event');
    await owner.agent().patch(`/api/registries/${registry.id}`).send({ password: 'second password' }).expect(200);
    await events.until(() => events.ended, 3000, 'the end of the stream');
    expect(events.versions().at(-1)).toBeNull();
    expect((await stream(b, registry.slug, { cookie })).status).toBe(401);
  });

  it('end the streams of a public list that becomes password-protected', async () => {
    const registry = await createRegistry(owner);
    const events = await stream(b, registry.slug);
    await events.until(() => events.events.length === 1, 2000, 'the first event');
    await owner.agent().patch(`/api/registries/${registry.id}`).send({ visibility: 'password', password: 'now private' }).expect(200);
    await events.until(() => events.ended, 3000, 'the end of the stream');
    expect(events.versions().at(-1)).toBeNull();
  });
});

describe('limits and shutdown', () => {
  it('keeps at most LIVE_EVENTS_MAX_STREAMS open per process: beyond, a 503 problem with Retry-After', async () => {
    const small = await startTestApp({ LIVE_EVENTS_MAX_STREAMS: '2' }, a);
    try {
      const registry = await createRegistry(owner);
      const first = await stream(small, registry.slug);
      await stream(small, registry.slug);
      const refused = await stream(small, registry.slug);
      expect(refused.status).toBe(503);
      expect(refused.headers['retry-after']).toBe('10');
      expect(JSON.parse(refused.body)).toMatchObject({ status: 503 });
      // A guest who leaves frees the place.
      first.close();
      await waitFor(() => small.app.get(LiveEvents).openStreams === 1);
      expect((await stream(small, registry.slug)).status).toBe(200);
    } finally {
      for (const s of open.splice(0)) s.close();
      await small.close();
    }
  });

  it('ends every stream cleanly when the process shuts down (SIGTERM runs app.close), with a reconnect hint', async () => {
    const leaving = await startTestApp({}, a);
    const registry = await createRegistry(owner);
    const streams = await Promise.all([1, 2, 3].map(() => stream(leaving, registry.slug)));
    await Promise.all(streams.map((s) => s.until(() => s.events.length === 1, 2000, 'the first event')));
    const started = Date.now();
    await leaving.close();
    // Without the streams being ended first, the HTTP server's close would wait for them forever.
    expect(Date.now() - started).toBeLessThan(5000);
    for (const s of streams) {
      await s.until(() => s.ended, 2000, 'the end of the stream');
      expect(s.retry).toBeGreaterThanOrEqual(500);
      expect(s.retry).toBeLessThanOrEqual(5000);
    }
    // The other process goes on streaming.
    const still = await stream(a, registry.slug);
    expect(still.status).toBe(200);
  });
});

describe('a real API process', () => {
  it('ends its streams and exits on SIGTERM', async () => {
    // The API as the benchmarks run it (createApp as main.ts builds it), a child process of its own.
    const root = resolve(__dirname, '../../..');
    const child = fork(resolve(root, 'bench/cache/api-server.ts'), [], {
      execArgv: ['--require', '@swc-node/register'],
      cwd: root,
      env: {
        ...process.env,
        SWC_NODE_PROJECT: resolve(root, 'bench/tsconfig.json'),
        NODE_ENV: 'test',
        DATABASE_URL: databaseUrl(a.database),
        DATABASE_POOL_SIZE: '2',
        REDIS_URL: TEST_REDIS_URL,
        REDIS_KEY_PREFIX: a.config.redisKeyPrefix,
        MEDIA_DIR: a.config.mediaDir,
        LOG_LEVEL: 'silent',
        PUBLIC_URL: 'http://localhost:3000',
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const exited = new Promise<{ code: number | null; signal: string | null }>((done) => child.once('exit', (code, signal) => done({ code, signal })));
    try {
      const port = await new Promise<number>((done, fail) => {
        child.once('message', (message: { port: number }) => done(message.port));
        void exited.then(() => fail(new Error('the API process exited before it was ready')));
      });
      const registry = await createRegistry(owner);
      const streams = await Promise.all([1, 2].map(() => EventStreamClient.open(`http://127.0.0.1:${port}`, `/api/public/registries/${registry.slug}/events`)));
      await Promise.all(streams.map((s) => s.until(() => s.events.length === 1, 5000, 'the first event')));
      const signalled = Date.now();
      child.kill('SIGTERM');
      for (const s of streams) {
        await s.until(() => s.ended, 5000, 'the end of the stream');
        expect(s.retry).toBeGreaterThanOrEqual(500);
      }
      const { code, signal } = await exited;
      // Nest closes the app, then lets the signal end the process (no exit code of its own).
      expect({ code, signal }).toEqual({ code: null, signal: 'SIGTERM' });
      expect(Date.now() - signalled).toBeLessThan(5000);
    } finally {
      child.kill('SIGKILL');
    }
  }, 90_000);
});

async function waitFor(test: () => boolean, ms = 2000) {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((done) => setTimeout(done, 20));
  }
}
