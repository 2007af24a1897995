import type { Response } from 'supertest';
import { TestItem, TestRegistry, TestUser, createItem, createRegistry, createUser, pledgeBody, reservationBody } from './support/factories';
import { expectMatchesSpec } from './support/openapi-contract';
import { TestApp, startTestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  // Many reservations from 127.0.0.1 on one registry: the per-connection limits and the burst hold are lifted here.
  t = await startTestApp({
    RATE_LIMIT_RESERVATION_IP: '1000/3600',
    RATE_LIMIT_RESERVATION_EMAIL: '1000/3600',
    RATE_LIMIT_PLEDGE_IP: '1000/3600',
    RATE_LIMIT_PLEDGE_EMAIL: '1000/3600',
    RESERVATION_HOLD_AFTER: '100000',
  });
});
afterAll(() => t.close());

const PROBLEMS = 'https://whispergifts.com/problems/';
const TRACKER = '/api/registries/{registryId}/tracker';
const ENTRY = '/api/registries/{registryId}/tracker/{entryId}';

function expectProblem(response: Response, status: number, type: string) {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body.type).toBe(`${PROBLEMS}${type}`);
}

const reserve = (registry: TestRegistry, item: TestItem, fields: Record<string, unknown> = {}) =>
  t.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(item.id, fields)).expect(201);
const pledge = (registry: TestRegistry, item: TestItem, fields: Record<string, unknown> = {}) =>
  t.http().post(`/api/public/registries/${registry.slug}/pledges`).send(pledgeBody(item.id, fields)).expect(201);
const trackerOf = (owner: TestUser, registry: TestRegistry, query: Record<string, string | number> = {}) =>
  owner.agent().get(`/api/registries/${registry.id}/tracker`).query(query).expect(200);

interface Entry {
  id: string;
  kind: string;
  stage: string;
  gift: string;
  guest: { name: string; email: string | null; address: string | null; message: string } | null;
  [field: string]: unknown;
}
const entries = (response: Response) => response.body.entries as Entry[];

/** A registry with a toaster (2 wanted, Kitchen), a vase (Living), a honeymoon fund, and a gift given outside the list. */
async function world(registryFields: Record<string, unknown> = {}) {
  const owner = await createUser(t);
  const registry = await createRegistry(owner, registryFields);
  const toaster = await createItem(owner, registry, { name: 'Toaster', quantity: 2, category: 'Kitchen' });
  const vase = await createItem(owner, registry, { name: 'Vase', quantity: 1, category: 'Living' });
  const fund = await createItem(owner, registry, { name: 'Honeymoon', kind: 'fund' });
  const may = await reserve(registry, toaster, { name: 'Aunt May', email: 'may@example.com', address: '  12 Rua das Flores, Lisboa  ', message: 'Enjoy!' });
  const tom = await reserve(registry, vase, { name: 'Uncle Tom', email: 'tom@example.com' });
  const ann = await pledge(registry, fund, { name: 'Ann', email: 'ann@example.com', amount: 7500, address: 'Flat 2, 5 High St' });
  const offline = await owner
    .agent()
    .post(`/api/registries/${registry.id}/tracker`)
    .send({ giver: ' Grandma Rose ', description: 'A quilt she made', note: 'at the reception' })
    .expect(201);
  return {
    owner,
    registry,
    toaster,
    vase,
    fund,
    ids: {
      may: `r-${may.body.reservation.id as string}`,
      tom: `r-${tom.body.reservation.id as string}`,
      ann: `p-${ann.body.pledge.id as string}`,
      rose: offline.body.id as string,
    },
    tomUndo: tom.body.undoToken as string,
    offline,
  };
}

describe('the tracker list', () => {
  it('shows every reservation, pledge and gift given outside the list, newest first, with stages, guests, addresses and counts', async () => {
    const w = await world();
    expectMatchesSpec(w.offline, 'POST', TRACKER);
    expect(w.offline.body).toMatchObject({
      kind: 'offline',
      gift: 'A quilt she made',
      stage: 'received',
      itemId: null,
      guest: { name: 'Grandma Rose', email: null },
    });
    const response = await trackerOf(w.owner, w.registry);
    expectMatchesSpec(response, 'GET', TRACKER);
    expect(response.headers['cache-control']).toBe('private, no-cache');
    expect(entries(response).map((e) => e.id)).toEqual([w.ids.rose, w.ids.ann, w.ids.tom, w.ids.may]);
    const [rose, ann, , may] = entries(response);
    expect(may).toMatchObject({
      kind: 'reservation',
      itemId: w.toaster.id,
      gift: 'Toaster',
      category: 'Kitchen',
      quantity: 1,
      amount: null,
      currency: 'EUR',
      stage: 'reserved',
      guest: { name: 'Aunt May', email: 'may@example.com', address: '12 Rua das Flores, Lisboa', message: 'Enjoy!' },
      boughtAt: null,
      receivedAt: null,
      thankedAt: null,
      thankNote: '',
      personalDataErased: false,
    });
    expect(ann).toMatchObject({
      kind: 'pledge',
      gift: 'Honeymoon',
      amount: 7500,
      receivedAmount: null,
      stage: 'pledged',
      guest: { address: 'Flat 2, 5 High St' },
    });
    expect(rose).toMatchObject({ kind: 'offline', receivedAt: expect.any(String), guest: { name: 'Grandma Rose', message: 'at the reception' } });
    expect(response.body.counts).toEqual({
      total: 4,
      active: 4,
      held: 0,
      reserved: 2,
      pledged: 1,
      bought: 0,
      received: 1,
      thanked: 0,
      cancelled: 0,
      lapsed: 0,
    });
    expect(response.body.nextCursor).toBeNull();
  });

  it('filters by stage, category, guest and search, and pages by cursor; the counts stay over the whole registry', async () => {
    const w = await world();
    await t.http().delete(`/api/public/reservations/${w.tomUndo}`).expect(200);
    const ids = async (query: Record<string, string | number>) => entries(await trackerOf(w.owner, w.registry, query)).map((e) => e.id);
    expect(await ids({ stage: 'cancelled' })).toEqual([w.ids.tom]);
    expect(await ids({ stage: 'reserved' })).toEqual([w.ids.may]);
    expect(await ids({ category: 'Kitchen' })).toEqual([w.ids.may]);
    expect(await ids({ guest: 'MAY@example.com' })).toEqual([w.ids.may]);
    expect(await ids({ guest: 'grandma rose' })).toEqual([w.ids.rose]);
    expect(await ids({ q: 'rua das' })).toEqual([w.ids.may]);
    expect(await ids({ q: 'honey' })).toEqual([w.ids.ann]);
    // LIKE's wildcards are searched for, not obeyed.
    expect(await ids({ q: '%' })).toEqual([]);
    const filtered = await trackerOf(w.owner, w.registry, { stage: 'pledged' });
    expect(filtered.body.counts).toMatchObject({ total: 4, active: 3, cancelled: 1 });

    const first = await trackerOf(w.owner, w.registry, { limit: 3 });
    expect(entries(first)).toHaveLength(3);
    const second = await trackerOf(w.owner, w.registry, { limit: 3, cursor: first.body.nextCursor as string });
    expect(entries(second).map((e) => e.id)).toEqual([w.ids.may]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('refuses bad filters with field errors', async () => {
    const w = await world();
    const url = `/api/registries/${w.registry.id}/tracker`;
    expectProblem(await w.owner.agent().get(url).query({ stage: 'lost' }), 400, 'validation-error');
    expectProblem(await w.owner.agent().get(url).query({ limit: 501 }), 400, 'validation-error');
    expectProblem(await w.owner.agent().get(url).query({ cursor: 'nonsense' }), 400, 'validation-error');
    expectProblem(
      await w.owner
        .agent()
        .get(url)
        .query({ q: 'x'.repeat(201) }),
      400,
      'validation-error',
    );
  });

  it('in surprise mode hides who gave what (not the couple’s own entries), and searching for a guest finds nothing', async () => {
    const w = await world();
    await w.owner.agent().patch(`/api/registries/${w.registry.id}`).send({ surpriseMode: true, revealDate: '2999-01-01' }).expect(200);
    const response = await trackerOf(w.owner, w.registry);
    expect(response.body.surpriseHidden).toBe(true);
    const byId = Object.fromEntries(entries(response).map((e) => [e.id, e]));
    expect(byId[w.ids.may].guest).toBeNull();
    expect(byId[w.ids.ann].guest).toBeNull();
    expect(byId[w.ids.rose].guest).toMatchObject({ name: 'Grandma Rose' });
    expect(JSON.stringify(response.body)).not.toMatch(/Aunt May|may@example|Rua das Flores|Flat 2/);
    expect(entries(await trackerOf(w.owner, w.registry, { guest: 'may@example.com' }))).toEqual([]);
    expect(entries(await trackerOf(w.owner, w.registry, { q: 'Rua' }))).toEqual([]);
    expect(entries(await trackerOf(w.owner, w.registry, { q: 'Toaster' })).map((e) => e.id)).toEqual([w.ids.may]);
    // The same representation changes at the reveal: its tag is another one.
    await w.owner.agent().patch(`/api/registries/${w.registry.id}`).send({ surpriseMode: false }).expect(200);
    expect(entries(await trackerOf(w.owner, w.registry)).find((e) => e.id === w.ids.may)?.guest).toMatchObject({ name: 'Aunt May' });
  });

  it('is cached per registry version for a signed-in owner: 304 on its tag, a tag of its own for the summary, a new one after a change', async () => {
    const w = await world();
    const session = t.http();
    await session.post('/api/auth/login').send({ email: w.owner.email, password: w.owner.password }).expect(200);
    const url = `/api/registries/${w.registry.id}/tracker`;
    const first = await session.get(url).expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toContain('owner-tracker-shown');
    await session.get(url).set('If-None-Match', etag).expect(304);
    const summary = await session.get(`${url}/summary`).set('If-None-Match', etag).expect(200);
    expect(summary.body.counts).toBeDefined();
    await session
      .get(`${url}/summary`)
      .set('If-None-Match', summary.headers.etag as string)
      .expect(304);
    // A page of its own is a document of its own.
    expect((await session.get(url).query({ limit: 1 }).set('If-None-Match', etag).expect(200)).body.entries).toHaveLength(1);

    await w.owner.agent().patch(`${url}/${w.ids.may}`).send({ thanked: true }).expect(200);
    const after = await session.get(url).set('If-None-Match', etag).expect(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(entries(after).find((e) => e.id === w.ids.may)?.stage).toBe('thanked');
  });

  it("answers 404 for another couple's registry on every tracker route", async () => {
    const w = await world();
    const stranger = await createUser(t);
    const base = `/api/registries/${w.registry.id}/tracker`;
    expectProblem(await stranger.agent().get(base), 404, 'not-found');
    expectProblem(await stranger.agent().get(`${base}/summary`), 404, 'not-found');
    expectProblem(await stranger.agent().patch(`${base}/${w.ids.may}`).send({ thanked: true }), 404, 'not-found');
    expectProblem(
      await stranger
        .agent()
        .post(`${base}/thanked`)
        .send({ entryIds: [w.ids.may] }),
      404,
      'not-found',
    );
    expectProblem(await stranger.agent().post(base).send({ giver: 'X', description: 'Y' }), 404, 'not-found');
    expectProblem(await stranger.agent().delete(`${base}/${w.ids.rose}`), 404, 'not-found');
    const [{ thanked_at }] = await t.db.query<{ thanked_at: Date | null }[]>('SELECT thanked_at FROM reservations WHERE id = $1', [w.ids.may.slice(2)]);
    expect(thanked_at).toBeNull();
  });
});

describe('marking received and thanked', () => {
  it('records when, with If-Match; a stale tag is 412; false clears; the note is kept apart', async () => {
    const w = await world();
    const list = await trackerOf(w.owner, w.registry);
    const etag = list.headers.etag as string;
    const url = `/api/registries/${w.registry.id}/tracker/${w.ids.may}`;
    const received = await w.owner.agent().patch(url).set('If-Match', etag).send({ received: true });
    expect(received.status).toBe(200);
    expectMatchesSpec(received, 'PATCH', ENTRY);
    expect(received.body).toMatchObject({ id: w.ids.may, stage: 'received', receivedAt: expect.any(String), thankedAt: null });
    expectProblem(await w.owner.agent().patch(url).set('If-Match', etag).send({ thanked: true }), 412, 'precondition-failed');

    const fresh = (await trackerOf(w.owner, w.registry)).headers.etag as string;
    expect(fresh).not.toBe(etag);
    const thanked = await w.owner.agent().patch(url).set('If-Match', fresh).send({ thanked: true, note: '  card sent ' }).expect(200);
    expect(thanked.body).toMatchObject({ stage: 'thanked', thankNote: 'card sent', receivedAt: received.body.receivedAt });
    // Thanking again keeps the first time; a note alone changes only the note.
    const again = await w.owner.agent().patch(url).send({ thanked: true }).expect(200);
    expect(again.body.thankedAt).toBe(thanked.body.thankedAt);
    const noted = await w.owner.agent().patch(url).send({ note: 'card and photo sent' }).expect(200);
    expect(noted.body).toMatchObject({ stage: 'thanked', thankedAt: thanked.body.thankedAt, thankNote: 'card and photo sent' });
    const unthanked = await w.owner.agent().patch(url).send({ thanked: false }).expect(200);
    expect(unthanked.body).toMatchObject({ stage: 'received', thankedAt: null, thankNote: 'card and photo sent' });
    const unreceived = await w.owner.agent().patch(url).send({ received: false }).expect(200);
    expect(unreceived.body).toMatchObject({ stage: 'reserved', receivedAt: null });
    const counts = (await trackerOf(w.owner, w.registry)).body.counts;
    expect(counts).toMatchObject({ reserved: 2, received: 1, thanked: 0 });
  });

  it('a pledge received gets receivedAmount = amount (shared with the pledges PATCH, which sees it), and an amount set there stays', async () => {
    const w = await world();
    const url = `/api/registries/${w.registry.id}/tracker/${w.ids.ann}`;
    const received = await w.owner.agent().patch(url).send({ received: true }).expect(200);
    expect(received.body).toMatchObject({ stage: 'received', amount: 7500, receivedAmount: 7500 });
    const pledges = await w.owner.agent().get(`/api/registries/${w.registry.id}/pledges`).expect(200);
    expect(pledges.body.pledges[0]).toMatchObject({ status: 'received', receivedAmount: 7500, guest: { address: 'Flat 2, 5 High St' } });
    expect(pledges.body.totals).toMatchObject({ receivedAmount: 7500 });

    const undone = await w.owner.agent().patch(url).send({ received: false }).expect(200);
    expect(undone.body).toMatchObject({ stage: 'pledged', receivedAmount: null, receivedAt: null });
    await w.owner
      .agent()
      .patch(`/api/registries/${w.registry.id}/pledges/${w.ids.ann.slice(2)}`)
      .send({ status: 'received', receivedAmount: 7000 })
      .expect(200);
    const kept = await w.owner.agent().patch(url).send({ received: true, thanked: true }).expect(200);
    expect(kept.body).toMatchObject({ stage: 'thanked', receivedAmount: 7000 });
  });

  it('refuses what makes no sense: a cancelled entry, an empty change, an unknown or malformed id, an offline gift not received', async () => {
    const w = await world();
    await t.http().delete(`/api/public/reservations/${w.tomUndo}`).expect(200);
    const base = `/api/registries/${w.registry.id}/tracker`;
    const cancelled = await w.owner.agent().patch(`${base}/${w.ids.tom}`).send({ thanked: true });
    expectProblem(cancelled, 409, 'conflict');
    expect(cancelled.body.entryIds).toEqual([w.ids.tom]);
    expectProblem(await w.owner.agent().patch(`${base}/${w.ids.may}`).send({}), 400, 'validation-error');
    expectProblem(await w.owner.agent().patch(`${base}/${w.ids.may}`).send({ thanked: 'yes' }), 400, 'validation-error');
    expectProblem(
      await w.owner
        .agent()
        .patch(`${base}/${w.ids.may}`)
        .send({ note: 'x'.repeat(501) }),
      400,
      'validation-error',
    );
    expectProblem(await w.owner.agent().patch(`${base}/r-00000000-0000-4000-8000-000000000000`).send({ thanked: true }), 404, 'not-found');
    // The prefix names the table: a reservation's id with a pledge's prefix is no entry.
    expectProblem(
      await w.owner
        .agent()
        .patch(`${base}/p-${w.ids.may.slice(2)}`)
        .send({ thanked: true }),
      404,
      'not-found',
    );
    expectProblem(
      await w.owner
        .agent()
        .patch(`${base}/${w.ids.may.slice(2)}`)
        .send({ thanked: true }),
      400,
      'validation-error',
    );
    expectProblem(await w.owner.agent().patch(`${base}/${w.ids.rose}`).send({ received: false }), 409, 'conflict');
    const roseThanked = await w.owner.agent().patch(`${base}/${w.ids.rose}`).send({ thanked: true }).expect(200);
    expect(roseThanked.body.stage).toBe('thanked');
  });

  it('bulk: marks many thanked at once, all or none', async () => {
    const w = await world();
    const base = `/api/registries/${w.registry.id}/tracker`;
    const bulk = await w.owner
      .agent()
      .post(`${base}/thanked`)
      .send({ entryIds: [w.ids.may, w.ids.ann, w.ids.rose, w.ids.may], note: 'cards sent' });
    expect(bulk.status).toBe(200);
    expectMatchesSpec(bulk, 'POST', '/api/registries/{registryId}/tracker/thanked');
    expect((bulk.body.entries as Entry[]).map((e) => [e.id, e.stage, e.thankNote]).sort()).toEqual(
      [
        [w.ids.may, 'thanked', 'cards sent'],
        [w.ids.ann, 'thanked', 'cards sent'],
        [w.ids.rose, 'thanked', 'cards sent'],
      ].sort(),
    );
    expect((await trackerOf(w.owner, w.registry)).body.counts).toMatchObject({ active: 4, thanked: 3 });

    await t.http().delete(`/api/public/reservations/${w.tomUndo}`).expect(200);
    const unknown = 'p-00000000-0000-4000-8000-000000000000';
    const missing = await w.owner
      .agent()
      .post(`${base}/thanked`)
      .send({ entryIds: [w.ids.tom, unknown] });
    expectProblem(missing, 404, 'not-found');
    expect(missing.body.missing).toEqual([unknown]);
    const ended = await w.owner
      .agent()
      .post(`${base}/thanked`)
      .send({ entryIds: [w.ids.tom] });
    expectProblem(ended, 409, 'conflict');
    expectProblem(await w.owner.agent().post(`${base}/thanked`).send({ entryIds: [] }), 400, 'validation-error');
    expectProblem(
      await w.owner
        .agent()
        .post(`${base}/thanked`)
        .send({ entryIds: ['nope'] }),
      400,
      'validation-error',
    );
    const tooMany = Array.from({ length: 501 }, () => w.ids.may);
    expectProblem(await w.owner.agent().post(`${base}/thanked`).send({ entryIds: tooMany }), 400, 'validation-error');
    const stale = await w.owner
      .agent()
      .post(`${base}/thanked`)
      .set('If-Match', 'W/"x.owner-tracker.y.1"')
      .send({ entryIds: [w.ids.may] });
    expectProblem(stale, 412, 'precondition-failed');
  });
});

describe('gifts given outside the list', () => {
  it('adds one (201, received), deletes it (204), refuses deleting a guest’s entry (409) and bad bodies (400)', async () => {
    const w = await world();
    const base = `/api/registries/${w.registry.id}/tracker`;
    const cheque = await w.owner.agent().post(base).send({ giver: 'The Smiths', description: 'A cheque', amount: 10_000 }).expect(201);
    expect(cheque.body).toMatchObject({ kind: 'offline', amount: 10_000, receivedAmount: 10_000, stage: 'received', thankNote: '' });
    const deleted = await w.owner.agent().delete(`${base}/${cheque.body.id as string}`);
    expect(deleted.status).toBe(204);
    expectMatchesSpec(deleted, 'DELETE', ENTRY);
    expectProblem(await w.owner.agent().delete(`${base}/${cheque.body.id as string}`), 404, 'not-found');
    expectProblem(await w.owner.agent().delete(`${base}/${w.ids.may}`), 409, 'conflict');
    expect(entries(await trackerOf(w.owner, w.registry)).map((e) => e.id)).toContain(w.ids.may);
    for (const body of [
      { giver: '', description: 'x' },
      { giver: 'x', description: ' ' },
      { giver: 'x'.repeat(201), description: 'x' },
      { giver: 'x', description: 'y', amount: 0 },
      { giver: 'x', description: 'y', amount: 12.5 },
      { giver: 'x', description: 'y', note: 'n'.repeat(501) },
    ]) {
      expectProblem(await w.owner.agent().post(base).send(body), 400, 'validation-error');
    }
  });

  it('keeps at most TRACKER_OFFLINE_GIFTS_MAX per registry (409 offline-gift-limit)', async () => {
    const small = await startTestApp({ TRACKER_OFFLINE_GIFTS_MAX: '2' }, t);
    try {
      const w = await world();
      const post = () =>
        small.http().post(`/api/registries/${w.registry.id}/tracker`).auth(w.owner.token, { type: 'bearer' }).send({ giver: 'A', description: 'B' });
      expect((await post()).status).toBe(201);
      const refused = await post();
      expectProblem(refused, 409, 'offline-gift-limit');
      expect(refused.body.limit).toBe(2);
    } finally {
      await small.close();
    }
  });
});

describe('the summary for the charts', () => {
  it('counts per day in the registry time zone, wanted against reserved per category, and each fund', async () => {
    const w = await world({ timeZone: 'Asia/Tokyo' });
    const second = await createItem(w.owner, w.registry, { name: 'Pan', quantity: 3, category: 'Kitchen' });
    await reserve(w.registry, second, { quantity: 2 });
    await createItem(w.owner, w.registry, { name: 'Sofa', kind: 'group-gift', targetAmount: 90_000 });
    // 20:30 UTC on 1 June is already 2 June in Tokyo (UTC+9).
    await t.db.query("UPDATE reservations SET created_at = '2026-06-01T20:30:00Z' WHERE id = $1", [w.ids.may.slice(2)]);
    await t.db.query("UPDATE pledges SET created_at = '2026-06-01T14:00:00Z' WHERE id = $1", [w.ids.ann.slice(2)]);
    await t.http().delete(`/api/public/reservations/${w.tomUndo}`).expect(200);
    await w.owner
      .agent()
      .patch(`/api/registries/${w.registry.id}/pledges/${w.ids.ann.slice(2)}`)
      .send({ status: 'received', receivedAmount: 7000 })
      .expect(200);

    const response = await w.owner.agent().get(`/api/registries/${w.registry.id}/tracker/summary`).expect(200);
    expectMatchesSpec(response, 'GET', '/api/registries/{registryId}/tracker/summary');
    expect(response.headers['cache-control']).toBe('private, no-cache');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
    expect(response.body).toMatchObject({ currency: 'EUR', timeZone: 'Asia/Tokyo' });
    expect(response.body.counts).toMatchObject({ total: 5, active: 4, cancelled: 1, received: 2 });
    // Tom's reservation was undone: it no longer counts on its day.
    expect(response.body.overTime).toEqual([
      { date: '2026-06-01', reservations: 0, pledges: 1 },
      { date: '2026-06-02', reservations: 1, pledges: 0 },
      { date: today, reservations: 1, pledges: 0 },
    ]);
    expect(response.body.categories).toEqual([
      { category: 'Kitchen', wanted: 5, reserved: 3 },
      { category: 'Living', wanted: 1, reserved: 0 },
    ]);
    expect(response.body.funds).toEqual([
      // Ann pledged 7,500 and 7,000 arrived: what arrived is what counts.
      { itemId: w.fund.id, title: 'Honeymoon', kind: 'fund', targetAmount: null, pledgedAmount: 7000, receivedAmount: 7000 },
      { itemId: expect.any(String), title: 'Sofa', kind: 'group-gift', targetAmount: 90_000, pledgedAmount: 0, receivedAmount: 0 },
    ]);
    // The list and the summary are different documents under one registry version: their tags differ.
    const list = await trackerOf(w.owner, w.registry);
    expect(list.headers.etag).not.toBe(response.headers.etag);
    expect(list.body.entries).toBeDefined();
  });
});

describe('the registry time zone', () => {
  it('is UTC unless set; takes IANA names; refuses offsets, abbreviations and made-up zones with a field error', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    const url = `/api/registries/${registry.id}`;
    expect((await owner.agent().get(url).expect(200)).body.timeZone).toBe('UTC');
    const changed = await owner.agent().patch(url).send({ timeZone: 'America/Argentina/Buenos_Aires' }).expect(200);
    expectMatchesSpec(changed, 'PATCH', '/api/registries/{registryId}');
    expect(changed.body.timeZone).toBe('America/Argentina/Buenos_Aires');
    for (const timeZone of ['+01:00', 'CET', 'Mars/Olympus_Mons', 'europe/lisbon', '', 42, null]) {
      const refused = await owner.agent().patch(url).send({ timeZone });
      expectProblem(refused, 400, 'validation-error');
      expect(refused.body.errors).toEqual([expect.objectContaining({ pointer: '#/timeZone' })]);
    }
    expect((await owner.agent().get(url).expect(200)).body.timeZone).toBe('America/Argentina/Buenos_Aires');
    const created = await createRegistry(owner, { timeZone: 'Europe/Lisbon' });
    expect((await owner.agent().get(`/api/registries/${created.id}`).expect(200)).body.timeZone).toBe('Europe/Lisbon');
  });
});

describe("the guest's postal address", () => {
  it('is kept trimmed for the couple, never in a public answer or the cached gift list; empty or null is none; bounded', async () => {
    const w = await world();
    const [row] = await t.db.query<{ guest_address: string }[]>('SELECT guest_address FROM reservations WHERE id = $1', [w.ids.may.slice(2)]);
    expect(row.guest_address).toBe('12 Rua das Flores, Lisboa');
    const owners = await w.owner.agent().get(`/api/registries/${w.registry.id}/reservations`).expect(200);
    expectMatchesSpec(owners, 'GET', '/api/registries/{registryId}/reservations');
    expect(owners.body.reservations.find((r: { id: string }) => r.id === w.ids.may.slice(2)).guest.address).toBe('12 Rua das Flores, Lisboa');

    const created = await reserve(w.registry, w.toaster, { address: 'Secret Lane 7' });
    expect(JSON.stringify(created.body)).not.toContain('Secret Lane');
    const pledged = await pledge(w.registry, w.fund, { address: 'Hidden Road 9' });
    expect(JSON.stringify(pledged.body)).not.toContain('Hidden Road');
    for (let i = 0; i < 2; i++) {
      const list = await t.http().get(`/api/public/registries/${w.registry.slug}`).expect(200);
      expect(list.text).not.toMatch(/Secret Lane|Hidden Road|Rua das Flores|Flat 2/);
    }

    const mug = await createItem(w.owner, w.registry, { name: 'Mug', quantity: 5 });
    const blank = await reserve(w.registry, mug, { address: '   ' });
    const none = await pledge(w.registry, w.fund, { address: null });
    const stored = await t.db.query<{ guest_address: string | null }[]>(
      'SELECT guest_address FROM reservations WHERE id = $1 UNION ALL SELECT guest_address FROM pledges WHERE id = $2',
      [blank.body.reservation.id, none.body.pledge.id],
    );
    expect(stored).toEqual([{ guest_address: null }, { guest_address: null }]);
    const long = await t
      .http()
      .post(`/api/public/registries/${w.registry.slug}/reservations`)
      .send(reservationBody(w.toaster.id, { address: 'x'.repeat(501) }));
    expectProblem(long, 400, 'validation-error');
    expect(long.body.errors).toEqual([expect.objectContaining({ pointer: '#/address' })]);
    const notText = await t
      .http()
      .post(`/api/public/registries/${w.registry.slug}/pledges`)
      .send(pledgeBody(w.fund.id, { address: { street: 'x' } }));
    expectProblem(notText, 400, 'validation-error');
  });
});
