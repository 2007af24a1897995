import { createRegistry, createUser, insertItems, TestRegistry, TestUser } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

/** Starter ideas (issue 18 part 5): curated lists anyone may read, added by a couple through the import's one-transaction commit. */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function couple(fields: Record<string, unknown> = {}, plan = 'premium'): Promise<{ owner: TestUser; registry: TestRegistry }> {
  const owner = await createUser(t);
  const registry = await createRegistry(owner, fields);
  await t.db.query('UPDATE registries SET plan = $2 WHERE id = $1', [registry.id, plan]);
  return { owner, registry };
}

const versionOf = async (registry: TestRegistry) =>
  ((await t.db.query('SELECT version::int AS version FROM registries WHERE id = $1', [registry.id])) as { version: number }[])[0].version;
const itemsOf = async (registry: TestRegistry) =>
  (await t.db.query(
    `SELECT name, description, price_min::int AS "priceMin", price_max::int AS "priceMax", quantity, kind, target_amount::int AS "targetAmount", category
       FROM items WHERE registry_id = $1 ORDER BY position`,
    [registry.id],
  )) as Record<string, unknown>[];
const add = (c: { owner: TestUser; registry: TestRegistry }, ideaIds: unknown) =>
  c.owner.agent().post(`/api/registries/${c.registry.id}/items/starter-ideas`).send({ ideaIds });

describe('GET /api/starter-ideas', () => {
  it('lists the curated lists to anyone, shared-cacheable, each idea with a unique key, words and a price hint in EUR', async () => {
    const response = await t.http().get('/api/starter-ideas').expect(200);
    expect(response.headers['cache-control']).toBe('public, max-age=3600');
    expect(response.body.currency).toBe('EUR');
    const lists = response.body.lists as { id: string; title: string; ideas: { id: string; name: string; kind: string; priceMin: number | null }[] }[];
    expect(lists.map((l) => [l.id, l.title])).toEqual([
      ['kitchen', 'Kitchen'],
      ['home', 'Home'],
      ['honeymoon', 'Honeymoon'],
      ['experiences', 'Experiences'],
    ]);
    for (const list of lists) {
      expect(list.ideas.length).toBeGreaterThanOrEqual(8);
      expect(list.ideas.length).toBeLessThanOrEqual(12);
      for (const idea of list.ideas) expect(idea.id.startsWith(`${list.id}.`)).toBe(true);
    }
    const ids = lists.flatMap((l) => l.ideas.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(lists[0].ideas[0]).toEqual({
      id: 'kitchen.stand-mixer',
      name: 'Stand mixer',
      description: 'For bread, cakes and everything in between.',
      kind: 'gift',
      priceMin: 25000,
      priceMax: 45000,
      targetAmount: null,
    });
  });
});

describe('POST /api/registries/{registryId}/items/starter-ideas', () => {
  it('adds the chosen ideas at the end, under their list as category, with one version bump', async () => {
    const c = await couple();
    const before = await versionOf(c.registry);
    const response = await add(c, ['kitchen.stand-mixer', 'honeymoon.fund', 'home.first-home-fund']).expect(200);
    expect(response.body).toMatchObject({ created: 3, errors: [] });
    expect(await versionOf(c.registry)).toBe(before + 1);
    expect(await itemsOf(c.registry)).toEqual([
      {
        name: 'Stand mixer',
        description: 'For bread, cakes and everything in between.',
        priceMin: 25000,
        priceMax: 45000,
        quantity: 1,
        kind: 'gift',
        targetAmount: null,
        category: 'Kitchen',
      },
      expect.objectContaining({ name: 'Honeymoon fund', kind: 'fund', targetAmount: 300000, quantity: null, category: 'Honeymoon' }),
      expect.objectContaining({ name: 'First home fund', kind: 'fund', targetAmount: null, category: 'Home' }),
    ]);
  });

  it('leaves the EUR price hints and targets out of a list in another currency', async () => {
    const c = await couple({ currency: 'GBP' });
    await add(c, ['kitchen.toaster', 'honeymoon.fund']).expect(200);
    expect(await itemsOf(c.registry)).toEqual([
      expect.objectContaining({ name: 'Toaster', priceMin: null, priceMax: null }),
      expect.objectContaining({ name: 'Honeymoon fund', targetAmount: null }),
    ]);
  });

  it('refuses unknown ids, duplicates and an empty choice (400), adding nothing', async () => {
    const c = await couple();
    const unknown = await add(c, ['kitchen.toaster', 'kitchen.spaceship']).expect(400);
    expect(unknown.body.errors[0]).toMatchObject({ pointer: '#/ideaIds', code: 'not-one-of' });
    await add(c, ['kitchen.toaster', 'kitchen.toaster']).expect(400);
    await add(c, []).expect(400);
    expect(await itemsOf(c.registry)).toEqual([]);
  });

  it('holds a Free list to its plan (403 plan-limit, nothing added) and refuses another couple (404)', async () => {
    const c = await couple({}, 'free');
    await insertItems(t, c.registry.id, 39);
    const response = await add(c, ['kitchen.toaster', 'kitchen.pans']).expect(403);
    expect(response.body.type).toBe('https://whispergifts.com/problems/plan-limit');
    const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM items WHERE registry_id = $1', [c.registry.id])) as { n: number }[];
    expect(n).toBe(39);
    const stranger = await couple();
    await stranger.owner
      .agent()
      .post(`/api/registries/${c.registry.id}/items/starter-ideas`)
      .send({ ideaIds: ['kitchen.toaster'] })
      .expect(404);
    await t
      .http()
      .post(`/api/registries/${c.registry.id}/items/starter-ideas`)
      .send({ ideaIds: ['kitchen.toaster'] })
      .expect(401);
  });
});

describe('starter ideas in another language', () => {
  it('lists the ideas in the language Accept-Language asks for, kept apart per language by shared caches', async () => {
    const response = await t.http().get('/api/starter-ideas').set('Accept-Language', 'de-AT,de;q=0.9,en;q=0.5').expect(200);
    expect(response.headers.vary).toMatch(/accept-language/i);
    const lists = response.body.lists as { id: string; title: string; description: string; ideas: { id: string; name: string; description: string }[] }[];
    expect(lists.map((l) => [l.id, l.title])).toEqual([
      ['kitchen', 'Küche'],
      ['home', 'Zuhause'],
      ['honeymoon', 'Flitterwochen'],
      ['experiences', 'Erlebnisse'],
    ]);
    expect(lists[0].ideas[0]).toMatchObject({ id: 'kitchen.stand-mixer', name: 'Küchenmaschine', description: 'Für Brot, Kuchen und alles dazwischen.' });
    // Every word is German: none is the English text.
    const english = (await t.http().get('/api/starter-ideas').expect(200)).body.lists as typeof lists;
    const words = (ls: typeof lists) => ls.flatMap((l) => [l.description, ...l.ideas.flatMap((i) => [i.name, i.description])]);
    const german = new Set(words(lists));
    expect(words(english).filter((w) => german.has(w) && w !== 'Toaster')).toEqual([]);
  });

  it('adds the ideas in the registry’s language, whatever the request’s', async () => {
    const c = await couple({ language: 'de' });
    await c.owner
      .agent()
      .post(`/api/registries/${c.registry.id}/items/starter-ideas`)
      .set('Accept-Language', 'en')
      .send({ ideaIds: ['kitchen.toaster', 'honeymoon.fund'] })
      .expect(200);
    expect(await itemsOf(c.registry)).toEqual([
      expect.objectContaining({ name: 'Toaster', description: 'Zwei breite Schlitze, für Toastbrot und dicke Scheiben.', category: 'Küche' }),
      expect.objectContaining({ name: 'Geldtopf für die Flitterwochen', kind: 'fund', category: 'Flitterwochen' }),
    ]);
  });
});
