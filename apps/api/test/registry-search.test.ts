import { createRegistry, createUser, TestUser } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Finding a couple (issue 14, §3): trigram search over public lists. Unlisted and password-protected lists must
 * never appear, however the query is put, and lists that become private drop out at once.
 */
let t: TestApp;
let owner: TestUser;

beforeAll(async () => {
  t = await startTestApp({ RATE_LIMIT_SEARCH_IP: '40/60', TRUST_PROXY: 'loopback' });
  owner = await createUser(t);
});
afterAll(() => t.close());

const search = (query: Record<string, string>, ip = '203.0.113.1') => t.http().get('/api/public/registries').query(query).set('x-forwarded-for', ip);

describe('GET /api/public/registries?q=', () => {
  let publicSlug: string;
  beforeAll(async () => {
    publicSlug = (await createRegistry(owner, { coupleNames: 'Philippa Quartermaine & Tobias Okonkwo', title: 'Pip and Toby', eventDate: '2027-06-12' })).slug;
    await createRegistry(owner, { coupleNames: 'Philippa Quartermaine & Someone Else', title: 'Hidden one', visibility: 'unlisted' });
    await createRegistry(owner, { coupleNames: 'Philippa Quartermaine & A Secret', title: 'Locked one', visibility: 'password', password: 'open sesame' });
    await createRegistry(owner, { coupleNames: 'Marguerite Villeneuve & Sam Hart', title: 'M & S', eventDate: '2027-09-01' });
  });

  it("finds a public list by one of the couple's names, a typo forgiven", async () => {
    const exact = await search({ q: 'Quartermaine' }).expect(200);
    expect(exact.headers['cache-control']).toBe('no-store');
    expect(exact.body.results).toEqual([
      { slug: publicSlug, title: 'Pip and Toby', coupleNames: 'Philippa Quartermaine & Tobias Okonkwo', eventDate: '2027-06-12', headerImage: null },
    ]);
    const typo = await search({ q: 'Quartermain Tobias' }).expect(200);
    expect(typo.body.results.map((r: { slug: string }) => r.slug)).toEqual([publicSlug]);
  });

  it('never returns unlisted or password-protected lists, whatever the query', async () => {
    for (const q of ['Philippa', 'Quartermaine', 'Someone Else', 'Hidden one', 'A Secret', 'Locked one', '%', '__', 'e ']) {
      const response = await search({ q }, '203.0.113.2');
      const titles = (response.body.results ?? []).map((r: { title: string }) => r.title);
      expect({ q, titles }).toEqual({ q, titles: expect.not.arrayContaining(['Hidden one', 'Locked one']) });
    }
    // The same names do find the public list: the query itself works.
    expect((await search({ q: 'Philippa Quartermaine' }, '203.0.113.2')).body.results.map((r: { title: string }) => r.title)).toEqual(['Pip and Toby']);
  });

  it('drops a list from the results as soon as it is made unlisted', async () => {
    const registry = await createRegistry(owner, { coupleNames: 'Ottoline Beauchamp & Rex', title: 'O & R' });
    expect((await search({ q: 'Beauchamp' }).expect(200)).body.results).toHaveLength(1);
    await owner.agent().patch(`/api/registries/${registry.id}`).send({ visibility: 'unlisted' }).expect(200);
    expect((await search({ q: 'Beauchamp' }).expect(200)).body.results).toEqual([]);
  });

  it('narrows by the wedding date', async () => {
    expect((await search({ q: 'Marguerite', date: '2027-09-01' }).expect(200)).body.results).toHaveLength(1);
    expect((await search({ q: 'Marguerite', date: '2027-09-02' }).expect(200)).body.results).toEqual([]);
  });

  it('pages with an opaque cursor', async () => {
    for (let i = 0; i < 3; i++) await createRegistry(owner, { coupleNames: `Wilhelmina Featherstonehaugh ${i} & Co`, title: `Page ${i}` });
    const first = await search({ q: 'Featherstonehaugh', limit: '2' }).expect(200);
    expect(first.body.results).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await search({ q: 'Featherstonehaugh', limit: '2', cursor: first.body.nextCursor }).expect(200);
    expect(second.body.results).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const all = [...first.body.results, ...second.body.results].map((r: { title: string }) => r.title).sort();
    expect(all).toEqual(['Page 0', 'Page 1', 'Page 2']);
  });

  it('refuses bad input with problem+json', async () => {
    for (const query of [{}, { q: 'a' }, { q: 'x'.repeat(101) }, { q: 'Ana', limit: '51' }, { q: 'Ana', date: '12/06/2027' }, { q: 'Ana', cursor: 'bm9wZQ' }]) {
      const response = await search(query as Record<string, string>, '203.0.113.3');
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('limits searches per address with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 42; i++) statuses.push((await search({ q: 'Ana' }, '203.0.113.9')).status);
    expect(statuses.slice(0, 40).every((s) => s === 200)).toBe(true);
    const refused = await search({ q: 'Ana' }, '203.0.113.9');
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toEqual(expect.any(String));
    // Another address is not affected.
    expect((await search({ q: 'Ana' }, '203.0.113.10')).status).toBe(200);
  });

  it('uses the trigram index', async () => {
    // A tiny table is scanned anyway; with sequential scans off, the planner shows it can answer from the index.
    const plan = await t.db.transaction(async (tx) => {
      await tx.query('SET LOCAL enable_seqscan = off');
      return tx.query(`EXPLAIN (FORMAT JSON) SELECT slug FROM registries WHERE visibility = 'public' AND 'Quartermaine' <% (couple_names || ' ' || title)`);
    });
    expect(JSON.stringify(plan)).toContain('registries_search_trgm');
  });
});
