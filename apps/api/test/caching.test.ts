import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { IncomingHttpHeaders, get } from 'node:http';
import { DEFAULT_MAX_UNCONFIRMED_MS as MAX_UNCONFIRMED_MS } from '@whispergifts/http-cache';
import { Caches } from '../src/caching/caches';
import { GiftListService } from '../src/gift-list/gift-list.service';
import { createItem, createRegistry, createUser, reservationBody, TestRegistry, TestUser } from './support/factories';
import { expectMatchesSpec } from './support/openapi-contract';
import { countQueries, startTestApp, TestApp } from './support/test-app';

/** Key-based caching and conditional requests on the real API (DESIGN.md §4, libs/http-cache). */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const LIST = '/api/public/registries/{slug}';
const listPath = (registry: TestRegistry) => `/api/public/registries/${registry.slug}`;

async function giftList(): Promise<{ owner: TestUser; registry: TestRegistry; itemId: string }> {
  const owner = await createUser(t);
  const registry = await createRegistry(owner);
  const item = await createItem(owner, registry, { name: 'Toaster', quantity: 2 });
  await createItem(owner, registry, { name: 'Kettle' });
  return { owner, registry, itemId: item.id };
}

/** A request through node:http, which (unlike supertest and fetch) leaves the body encoded as it came. */
function raw(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(`${t.url}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('the public gift list', () => {
  it('is tagged from the registry version, shared-cacheable, and says where it came from', async () => {
    const { owner, registry } = await giftList();
    const first = await t.http().get(listPath(registry)).expect(200);
    expectMatchesSpec(first, 'GET', LIST);
    const version = (await owner.agent().get(`/api/registries/${registry.id}`).expect(200)).body.version as number;
    expect(first.headers.etag).toBe(`W/"${t.config.cacheSchemaRevision}.gift-list.${registry.id}.${version}"`);
    expect(first.body.version).toBe(version);
    expect(first.headers['last-modified']).toBe(new Date(first.body.updatedAt as string).toUTCString());
    expect(first.headers['cache-control']).toBe('public, max-age=0, s-maxage=1, stale-if-error=86400');
    expect(first.headers.vary).toBe('Accept-Encoding');
    expect(first.headers['x-robots-tag']).toBe('noindex');
    expect(first.headers['x-cache']).toBe('miss');
    expect(first.headers['server-timing']).toMatch(/^cache;dur=[\d.]+, db;dur=[\d.]+, total;dur=[\d.]+$/);

    const second = await t.http().get(listPath(registry)).expect(200);
    expect(second.headers['x-cache']).toBe('memory');
    expect(second.body).toEqual(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['x-robots-tag']).toBe('noindex');
  });

  it('tells nginx to drop its copy within 2 s of the moment it shows, on a 200 and on a 304 (X-Accel-Expires)', async () => {
    const { registry } = await giftList();
    // nginx keeps an entry through the whole second X-Accel-Expires names: one second after the second as of
    // which the version was confirmed current. That moment may precede the request by up to the version store's
    // unconfirmed allowance (its heartbeat lags on a loaded machine), never more.
    const window = () => {
      const before = Math.floor((Date.now() - MAX_UNCONFIRMED_MS) / 1000) + 1;
      return (headers: Record<string, unknown>) => {
        const expires = Number(String(headers['x-accel-expires']).replace(/^@/, ''));
        expect(String(headers['x-accel-expires'])).toMatch(/^@\d+$/);
        expect(expires).toBeGreaterThanOrEqual(before);
        expect(expires).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 1);
      };
    };
    const missWindow = window();
    const miss = await t.http().get(listPath(registry)).expect(200);
    missWindow(miss.headers);
    const hitWindow = window();
    hitWindow((await t.http().get(listPath(registry)).expect(200)).headers);
    const revalidatedWindow = window();
    const revalidated = await t
      .http()
      .get(listPath(registry))
      .set('if-none-match', miss.headers.etag as string)
      .expect(304);
    revalidatedWindow(revalidated.headers);
  });

  it('costs no SQL when warm, neither for a 200 nor for a 304', async () => {
    const { registry } = await giftList();
    const { result: first } = await countQueries(t, () => t.http().get(listPath(registry)).expect(200));
    const warm = await countQueries(t, () => t.http().get(listPath(registry)).expect(200));
    expect(warm.queries).toBe(0);
    const revalidated = await countQueries(t, () =>
      t
        .http()
        .get(listPath(registry))
        .set('if-none-match', first.headers.etag as string)
        .expect(304),
    );
    expect(revalidated.queries).toBe(0);
  });

  it('answers 304 without building anything, and without SQL even when the body was never cached here', async () => {
    const { registry } = await giftList();
    const first = await t.http().get(listPath(registry)).expect(200);
    // Forget the stored bytes: a 304 needs only the version.
    t.app.get(Caches).documents.clearMemory();
    await t.redis.del(...(await t.redis.keys(`${t.config.redisKeyPrefix}${t.config.cacheSchemaRevision}:gift-list:*`)));
    const { result, queries } = await countQueries(t, () =>
      t
        .http()
        .get(listPath(registry))
        .set('if-none-match', first.headers.etag as string)
        .expect(304),
    );
    expect(queries).toBe(0);
    expect(result.text).toBe('');
    expect(result.headers.etag).toBe(first.headers.etag);
    expect(result.headers['cache-control']).toBe(first.headers['cache-control']);
    expect(result.headers.vary).toBe('Accept-Encoding');
  });

  it('serves the same document in brotli, gzip and identity, and never re-stringifies it', async () => {
    const { registry } = await giftList();
    const identity = await raw(listPath(registry), { 'accept-encoding': 'identity' });
    const br = await raw(listPath(registry), { 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await raw(listPath(registry), { 'accept-encoding': 'gzip' });
    const refusesBr = await raw(listPath(registry), { 'accept-encoding': 'br;q=0, gzip;q=0.5' });
    expect([identity.status, br.status, gzip.status, refusesBr.status]).toEqual([200, 200, 200, 200]);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(refusesBr.headers['content-encoding']).toBe('gzip');
    const text = identity.body.toString();
    expect(brotliDecompressSync(br.body).toString()).toBe(text);
    expect(gunzipSync(gzip.body).toString()).toBe(text);
    expect(br.body.length).toBeLessThan(identity.body.length);
    expect(JSON.parse(text).registry.slug).toBe(registry.slug);
  });

  it('follows RFC 9110 for If-None-Match, If-Modified-Since and HEAD', async () => {
    const { registry } = await giftList();
    const first = await t.http().get(listPath(registry)).expect(200);
    const etag = first.headers.etag as string;
    const lastModified = first.headers['last-modified'] as string;
    const get = (headers: Record<string, string>) => t.http().get(listPath(registry)).set(headers);

    await get({ 'if-none-match': etag }).expect(304);
    await get({ 'if-none-match': etag.replace('W/', '') }).expect(304); // weak comparison
    await get({ 'if-none-match': `W/"other", ${etag}` }).expect(304); // a list
    await get({ 'if-none-match': '*' }).expect(304);
    await get({ 'if-none-match': 'W/"other"' }).expect(200);
    await get({ 'if-modified-since': lastModified }).expect(304);
    await get({ 'if-modified-since': new Date(Date.parse(lastModified) - 1000).toUTCString() }).expect(200);
    // If-None-Match wins over If-Modified-Since.
    await get({ 'if-none-match': 'W/"other"', 'if-modified-since': new Date(Date.now() + 60_000).toUTCString() }).expect(200);

    const head = await t.http().head(listPath(registry)).expect(200);
    expect(head.headers.etag).toBe(etag);
    expect(head.text ?? '').toBe('');
    const headNotModified = await t.http().head(listPath(registry)).set('if-none-match', etag).expect(304);
    expect(headNotModified.headers.etag).toBe(etag);
  });

  it('changes its tag with every write, and is never stale after one', async () => {
    const { owner, registry, itemId } = await giftList();
    const before = await t.http().get(listPath(registry)).expect(200);
    const reserved = await t
      .http()
      .post(`${listPath(registry)}/reservations`)
      .send(reservationBody(itemId))
      .expect(201);

    const after = await t
      .http()
      .get(listPath(registry))
      .set('if-none-match', before.headers.etag as string)
      .expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.body.items.find((i: { id: string }) => i.id === itemId)).toMatchObject({ reserved: 1, remaining: 1 });

    await owner.agent().patch(`/api/registries/${registry.id}`).send({ title: 'A new title' }).expect(200);
    expect((await t.http().get(listPath(registry)).expect(200)).body.registry.title).toBe('A new title');

    await t
      .http()
      .delete(`/api/public/reservations/${reserved.body.undoToken as string}`)
      .expect(200);
    const undone = await t.http().get(listPath(registry)).expect(200);
    expect(undone.body.items.find((i: { id: string }) => i.id === itemId)).toMatchObject({ reserved: 0, remaining: 2 });
  });

  it('after one item changes, re-serializes only that item', async () => {
    const { owner, registry, itemId } = await giftList();
    await t.http().get(listPath(registry)).expect(200);
    await owner.agent().patch(`/api/registries/${registry.id}/items/${itemId}`).send({ description: 'Four slots' }).expect(200);
    // Version lookup warm (published by the write); the list query, then one query for the one missing fragment.
    const { result, queries } = await countQueries(t, () => t.http().get(listPath(registry)).expect(200));
    expect(queries).toBe(2);
    expect(result.body.items[0]).toMatchObject({ id: itemId, description: 'Four slots' });
    const fragments = await t.redis.keys(`${t.config.redisKeyPrefix}${t.config.cacheSchemaRevision}:item:${itemId}:*`);
    expect(fragments).toHaveLength(2); // the old version ages out; nothing is deleted to invalidate
  });

  it('moves to a new address when the slug changes; the old one is gone at once', async () => {
    const { owner, registry } = await giftList();
    await t.http().get(listPath(registry)).expect(200);
    await owner
      .agent()
      .patch(`/api/registries/${registry.id}`)
      .send({ slug: `${registry.slug}-new` })
      .expect(200);
    await t.http().get(listPath(registry)).expect(404);
    await t.http().get(`/api/public/registries/${registry.slug}-new`).expect(200);
  });

  it('builds a missing document once for many concurrent requests (single-flight)', async () => {
    const { registry } = await giftList();
    const caches = t.app.get(Caches);
    const leadsBefore = caches.documentFlights.leads;
    const { result, queries } = await countQueries(t, () => Promise.all(Array.from({ length: 25 }, () => t.http().get(listPath(registry)).expect(200))));
    expect(new Set(result.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect(caches.documentFlights.leads - leadsBefore).toBe(1);
    // One version lookup (shared by all 25), one list query, one query for the items.
    expect(queries).toBeLessThanOrEqual(3);
  });
});

describe('Server-Timing', () => {
  it('is left out when EXPOSE_SERVER_TIMING=false (the production default): on a miss, a hit and a 304', async () => {
    const { registry } = await giftList();
    const quiet = await startTestApp({ EXPOSE_SERVER_TIMING: 'false' }, t);
    try {
      const miss = await quiet.http().get(listPath(registry)).expect(200);
      const hit = await quiet.http().get(listPath(registry)).expect(200);
      const notModified = await quiet
        .http()
        .get(listPath(registry))
        .set('if-none-match', miss.headers.etag as string)
        .expect(304);
      expect([miss.headers['x-cache'], hit.headers['x-cache']]).toEqual(['miss', 'memory']);
      for (const response of [miss, hit, notModified]) expect(response.headers['server-timing']).toBeUndefined();
      // The default instance of this file (NODE_ENV=test) still sends it.
      expect((await t.http().get(listPath(registry)).expect(200)).headers['server-timing']).toMatch(/^cache;dur=/);
    } finally {
      await quiet.close();
    }
  });
});

describe('password-protected lists', () => {
  it('are never shared-cacheable, and carry no validators for a locked guest', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner, { visibility: 'password', password: 'open sesame' });
    const locked = await t.http().get(listPath(registry)).expect(401);
    expect(locked.headers.etag).toBeUndefined();
    expect(locked.headers['cache-control']).toBe('no-store');

    const guest = t.http();
    await guest
      .post(`${listPath(registry)}/unlock`)
      .send({ password: 'open sesame' })
      .expect(204);
    const first = await guest.get(listPath(registry)).expect(200);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    expect(first.headers['x-accel-expires']).toBeUndefined();
    expect(first.headers.vary).toBe('Accept-Encoding, Cookie');
    const second = await guest.get(listPath(registry)).expect(200);
    expect(second.headers['x-cache']).toBe('memory');
    await guest
      .get(listPath(registry))
      .set('if-none-match', first.headers.etag as string)
      .expect(304);
    // Someone else, even holding the tag, gets nothing from the cache.
    await t
      .http()
      .get(listPath(registry))
      .set('if-none-match', first.headers.etag as string)
      .expect(401);
  });
});

describe("the owners' views", () => {
  async function loggedIn(owner: TestUser) {
    const agent = t.http();
    await agent.post('/api/auth/login').send({ email: owner.email, password: owner.password }).expect(200);
    return agent;
  }

  it.each([
    ['the registry', (r: TestRegistry) => `/api/registries/${r.id}`, 'owner-registry'],
    ['its items', (r: TestRegistry) => `/api/registries/${r.id}/items`, 'owner-items'],
    ['its reservations', (r: TestRegistry) => `/api/registries/${r.id}/reservations`, 'owner-reservations-shown-'],
  ])('%s: private, no-cache; 304 and warm 200 without SQL for a signed-in owner', async (_name, path, variant) => {
    const { owner, registry } = await giftList();
    const agent = await loggedIn(owner);
    const first = await agent.get(path(registry)).expect(200);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    expect(first.headers.vary).toBe('Accept-Encoding, Cookie, Authorization');
    expect(first.headers.etag).toContain(`.${variant}`);
    const warm = await countQueries(t, () => agent.get(path(registry)).expect(200));
    expect(warm.queries).toBe(0);
    expect(warm.result.headers['x-cache']).toBe('memory');
    expect(warm.result.body).toEqual(first.body);
    const revalidated = await countQueries(t, () =>
      agent
        .get(path(registry))
        .set('if-none-match', first.headers.etag as string)
        .expect(304),
    );
    expect(revalidated.queries).toBe(0);
  });

  it('still answers a REST client (Bearer) through the handler, tagged the same way, with 304', async () => {
    const { owner, registry } = await giftList();
    const session = await (await loggedIn(owner)).get(`/api/registries/${registry.id}`).expect(200);
    const bearer = await owner.agent().get(`/api/registries/${registry.id}`).expect(200);
    expect(bearer.headers.etag).toBe(session.headers.etag);
    expect(bearer.body).toEqual(session.body);
    await owner
      .agent()
      .get(`/api/registries/${registry.id}`)
      .set('if-none-match', bearer.headers.etag as string)
      .expect(304);
  });

  it('gives another couple nothing, not even a tag, whether or not the view is cached', async () => {
    const { owner, registry } = await giftList();
    const tag = (await (await loggedIn(owner)).get(`/api/registries/${registry.id}`).expect(200)).headers.etag as string;
    const stranger = await createUser(t);
    const strangerSession = await loggedIn(stranger);
    for (const agent of [strangerSession, stranger.agent()]) {
      const response = await agent.get(`/api/registries/${registry.id}`).set('if-none-match', tag).expect(404);
      expect(response.headers.etag).toBeUndefined();
      expect(response.headers['last-modified']).toBeUndefined();
    }
    const anonymous = await t.http().get(`/api/registries/${registry.id}`).set('if-none-match', tag).expect(401);
    expect(anonymous.headers.etag).toBeUndefined();
  });

  it('tags the reservations view by whether surprise mode hides the guests today', async () => {
    const { owner, registry } = await giftList();
    const agent = await loggedIn(owner);
    await owner.agent().patch(`/api/registries/${registry.id}`).send({ surpriseMode: true, revealDate: '2099-01-01' }).expect(200);
    const hidden = await agent.get(`/api/registries/${registry.id}/reservations`).expect(200);
    expect(hidden.headers.etag).toContain('.owner-reservations-hidden-');
    const page = await agent.get(`/api/registries/${registry.id}/reservations?limit=1`).expect(200);
    expect(page.headers.etag).not.toBe(hidden.headers.etag);
  });
});

describe('conditional writes', () => {
  it('refuse a registry change made on a stale version with 412 and the current ETag', async () => {
    const { owner, registry } = await giftList();
    const read = await owner.agent().get(`/api/registries/${registry.id}`).expect(200);
    const etag = read.headers.etag as string;
    // The partner changes it meanwhile.
    const partnerEdit = await owner.agent().patch(`/api/registries/${registry.id}`).set('if-match', etag).send({ title: 'Partner was first' }).expect(200);
    expect(partnerEdit.headers.etag).not.toBe(etag);
    expect(partnerEdit.headers.etag).toBe(partnerEdit.body.etag);

    const stale = await owner.agent().patch(`/api/registries/${registry.id}`).set('if-match', etag).send({ title: 'Mine' }).expect(412);
    expectMatchesSpec(stale, 'PATCH', '/api/registries/{registryId}');
    expect(stale.body.type).toBe('https://whispergifts.com/problems/precondition-failed');
    expect(stale.headers.etag).toBe(partnerEdit.headers.etag);
    expect((await owner.agent().get(`/api/registries/${registry.id}`).expect(200)).body.title).toBe('Partner was first');

    await owner.agent().delete(`/api/registries/${registry.id}`).set('if-match', etag).expect(412);
    // The current tag works, in whatever form a proxy left it: strong, weak, or in a list.
    await owner
      .agent()
      .patch(`/api/registries/${registry.id}`)
      .set('if-match', (partnerEdit.headers.etag as string).replace('W/', ''))
      .send({ title: 'Now mine' })
      .expect(200);
    const current = (await owner.agent().get(`/api/registries/${registry.id}`).expect(200)).headers.etag as string;
    await owner.agent().patch(`/api/registries/${registry.id}`).set('if-match', `"junk", ${current}`).send({ theme: 'garden' }).expect(200);
    await owner.agent().patch(`/api/registries/${registry.id}`).set('if-match', '*').send({ theme: 'classic' }).expect(200);
  });

  it('honour If-Unmodified-Since', async () => {
    const { owner, registry } = await giftList();
    const read = await owner.agent().get(`/api/registries/${registry.id}`).expect(200);
    const long = new Date(Date.parse(read.headers['last-modified'] as string) - 60_000).toUTCString();
    await owner.agent().patch(`/api/registries/${registry.id}`).set('if-unmodified-since', long).send({ title: 'x' }).expect(412);
    await owner
      .agent()
      .patch(`/api/registries/${registry.id}`)
      .set('if-unmodified-since', new Date(Date.now() + 60_000).toUTCString())
      .send({ title: 'x' })
      .expect(200);
  });

  it("check an item's own tag, so a guest reserving another gift does not get in the way", async () => {
    const { owner, registry, itemId } = await giftList();
    const items = (await owner.agent().get(`/api/registries/${registry.id}/items`).expect(200)).body as { id: string; etag: string }[];
    const toaster = items.find((i) => i.id === itemId)!;
    const kettle = items.find((i) => i.id !== itemId)!;
    await t
      .http()
      .post(`${listPath(registry)}/reservations`)
      .send(reservationBody(kettle.id))
      .expect(201);

    const edited = await owner
      .agent()
      .patch(`/api/registries/${registry.id}/items/${itemId}`)
      .set('if-match', toaster.etag)
      .send({ name: 'Better toaster' })
      .expect(200);
    expect(edited.headers.etag).toBe(edited.body.etag);
    const stale = await owner
      .agent()
      .patch(`/api/registries/${registry.id}/items/${itemId}`)
      .set('if-match', toaster.etag)
      .send({ name: 'Lost update' })
      .expect(412);
    expectMatchesSpec(stale, 'PATCH', '/api/registries/{registryId}/items/{itemId}');
    expect(stale.headers.etag).toBe(edited.body.etag);
    await owner.agent().delete(`/api/registries/${registry.id}/items/${itemId}`).set('if-match', toaster.etag).expect(412);
    await owner
      .agent()
      .delete(`/api/registries/${registry.id}/items/${itemId}`)
      .set('if-match', edited.body.etag as string)
      .expect(204);
  });
});

// --- Load shapes (issue 11, item 16) ---
describe('query strings on the public gift list', () => {
  it('neither bypass the cache nor add entries: ?cb=<random> is answered from memory, without SQL', async () => {
    const { registry } = await giftList();
    const caches = t.app.get(Caches);
    const first = await t
      .http()
      .get(`${listPath(registry)}?cb=1`)
      .expect(200);
    const held = caches.documents.memoryBytes;
    for (const query of ['?cb=2', '?cb=3&utm_source=mail', '']) {
      const { result, queries } = await countQueries(t, () =>
        t
          .http()
          .get(`${listPath(registry)}${query}`)
          .expect(200),
      );
      expect(result.headers['x-cache']).toBe('memory');
      expect(result.headers.etag).toBe(first.headers.etag);
      expect(result.text).toBe(first.text);
      expect(queries).toBe(0);
    }
    expect(caches.documents.memoryBytes).toBe(held);
  });
});

describe('a large gift list on a miss', () => {
  it('is compressed off the event loop: other requests are answered while it is compressed', async () => {
    const { registry } = await giftList();
    // About 3 MB of barely compressible item text (md5 noise), as a list near REGISTRY_MAX_TEXT_BYTES holds.
    await t.db.query(
      `INSERT INTO items (registry_id, name, description, quantity, priority, position)
       SELECT $1, 'Gift ' || n, (SELECT string_agg(md5(n || ':' || g), '') FROM generate_series(1, 46) AS g), 1, 'medium', 10 + n
         FROM generate_series(1, 2000) AS n`,
      [registry.id],
    );
    // The real service and cache, watched: "compressing" from the moment the handler has the bytes until they are stored.
    const service = t.app.get(GiftListService);
    const documents = t.app.get(Caches).documents;
    let compressing = false;
    const build = service.document.bind(service);
    const store = documents.set.bind(documents);
    Object.assign(service, {
      document: async (...args: Parameters<typeof build>) => {
        const bytes = await build(...args);
        compressing = true;
        return bytes;
      },
    });
    Object.assign(documents, { set: (...args: Parameters<typeof store>) => ((compressing = false), store(...args)) });
    try {
      let listDone = false;
      const list = raw(listPath(registry), { 'accept-encoding': 'br' }).then((answer) => ((listDone = true), answer));
      let answeredWhileCompressing = 0;
      while (!listDone) {
        await t.http().get('/api/health').expect(200);
        if (compressing) answeredWhileCompressing++;
      }
      const answer = await list;
      expect(answer.status).toBe(200);
      expect(answer.body.length).toBeGreaterThan(1_000_000);
      // On the event loop, nothing could be answered between the handler's bytes and the store.
      expect(answeredWhileCompressing).toBeGreaterThan(0);
    } finally {
      Reflect.deleteProperty(service, 'document');
      Reflect.deleteProperty(documents, 'set');
    }
  });
});
