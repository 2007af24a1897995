import { randomBytes, randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { sha256 } from '../src/common/crypto/tokens';
import { MAX_REGISTRIES_PER_USER } from '../src/registries/registries.service';
import { TestRegistry, TestUser, createItem, createRegistry, createUser, reservationBody } from './support/factories';
import { expectMatchesSpec } from './support/openapi-contract';
import { TestApp, startTestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const PROBLEMS = 'https://whispergifts.com/problems/';
const ONE = '/api/registries/{registryId}';
const INVITE = '/api/registries/{registryId}/partner-invitations';
const ACCEPT = '/api/partner-invitations/{token}/accept';

const uniqueSlug = (prefix = 'slug') => `${prefix}-${randomBytes(4).toString('hex')}`;
const validBody = (fields: Record<string, unknown> = {}) => ({
  slug: uniqueSlug(),
  title: 'We are getting married',
  coupleNames: 'Ana & Ben',
  currency: 'EUR',
  ...fields,
});

function expectProblem(response: Response, status: number, type: string): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ type: PROBLEMS + type, status });
}

const pointersOf = (response: Response) => ((response.body.errors ?? []) as { pointer: string }[]).map((e) => e.pointer).sort();

/** The registry as its owner sees it right now (version and updatedAt included), to prove a refused write changed nothing. */
async function snapshot(owner: TestUser, registry: { id: string }) {
  return (await owner.agent().get(`/api/registries/${registry.id}`).expect(200)).body as Record<string, unknown> & { version: number };
}

const versionOf = async (owner: TestUser, registry: { id: string }) => (await snapshot(owner, registry)).version;

/** Invites `partner` (a person, or just an address); the owner must have verified their own address to send it. */
async function invite(owner: TestUser, registry: { id: string }, partner: TestUser | string = 'partner@example.com'): Promise<string> {
  const email = typeof partner === 'string' ? partner : partner.email;
  const response = await owner.agent().post(`/api/registries/${registry.id}/partner-invitations`).send({ email }).expect(201);
  return tokenFrom(response.body.acceptUrl as string);
}

const tokenFrom = (acceptUrl: string) => new URL(acceptUrl).pathname.split('/').pop()!;

async function ownedIds(user: TestUser): Promise<string[]> {
  const response = await user.agent().get('/api/registries').expect(200);
  return (response.body as { id: string }[]).map((r) => r.id);
}

describe('POST /api/registries', () => {
  it('creates a registry owned by the caller, with defaults for what was not sent', async () => {
    const owner = await createUser(t, { displayName: 'Ana' });
    const slug = uniqueSlug('ana-and-ben');
    const response = await owner.agent().post('/api/registries').send({ slug, title: 'Ana & Ben', coupleNames: 'Ana & Ben', currency: 'EUR' }).expect(201);
    expectMatchesSpec(response, 'POST', '/api/registries');
    expect(response.body).toEqual({
      id: expect.any(String),
      slug,
      title: 'Ana & Ben',
      coupleNames: 'Ana & Ben',
      eventDate: null,
      welcomeMessage: '',
      headerImage: null,
      currency: 'EUR',
      visibility: 'public',
      surpriseMode: false,
      guestsConfirmByEmail: false,
      remindersEnabled: true,
      revealDate: null,
      timeZone: 'UTC',
      language: 'en',
      theme: 'classic',
      plan: 'free',
      customDomain: null,
      suspension: null,
      giving: null,
      guestDataErasedAt: null,
      guestDataRetentionDays: 365,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      owners: [{ id: owner.id, displayName: 'Ana', email: owner.email, notify: 'each' }],
      guestUrl: `${t.config.publicUrl}/r/${slug}`,
      etag: `W/"${t.config.cacheSchemaRevision}.owner-registry.${response.body.id as string}.1"`,
    });
    expect(response.headers.etag).toBe(response.body.etag);

    const read = await owner
      .agent()
      .get(`/api/registries/${response.body.id as string}`)
      .expect(200);
    expect(read.body).toEqual(response.body);
  });

  it('stores every optional field, trims the slug and upper-cases the currency', async () => {
    const owner = await createUser(t);
    const slug = uniqueSlug('full');
    const response = await owner
      .agent()
      .post('/api/registries')
      .send({
        slug: `  ${slug} `,
        title: '  Our day  ',
        coupleNames: 'Ana & Ben',
        currency: 'jpy',
        eventDate: '2027-06-12',
        welcomeMessage: 'Thank you!',
        visibility: 'unlisted',
        surpriseMode: true,
        revealDate: '2027-07-01',
        theme: 'garden',
      })
      .expect(201);
    expectMatchesSpec(response, 'POST', '/api/registries');
    expect(response.body).toMatchObject({
      slug,
      title: 'Our day',
      currency: 'JPY',
      eventDate: '2027-06-12',
      welcomeMessage: 'Thank you!',
      visibility: 'unlisted',
      surpriseMode: true,
      revealDate: '2027-07-01',
      theme: 'garden',
      customDomain: null,
    });
  });

  it('protects a registry with a password, stored as an argon2id hash and never sent back', async () => {
    const owner = await createUser(t);
    const response = await owner
      .agent()
      .post('/api/registries')
      .send(validBody({ visibility: 'password', password: 'open sesame' }))
      .expect(201);
    expectMatchesSpec(response, 'POST', '/api/registries');
    expect(response.body.visibility).toBe('password');
    expect(JSON.stringify(response.body)).not.toMatch(/open sesame|password_?hash|argon2/i);
    const [{ password_hash }] = (await t.db.query('SELECT password_hash FROM registries WHERE id = $1', [response.body.id])) as { password_hash: string }[];
    expect(password_hash).toMatch(/^\$argon2id\$/);
  });

  it('requires a password when visibility is password, and refuses one otherwise', async () => {
    const owner = await createUser(t);
    const missing = await owner
      .agent()
      .post('/api/registries')
      .send(validBody({ visibility: 'password' }))
      .expect(400);
    expectMatchesSpec(missing, 'POST', '/api/registries');
    expectProblem(missing, 400, 'validation-error');
    expect(missing.body.errors).toEqual([{ pointer: '#/password', code: 'required', detail: expect.stringMatching(/required/) }]);

    const unused = await owner
      .agent()
      .post('/api/registries')
      .send(validBody({ password: 'open sesame' }))
      .expect(400);
    expect(pointersOf(unused)).toEqual(['#/password']);

    const tooShort = await owner
      .agent()
      .post('/api/registries')
      .send(validBody({ visibility: 'password', password: 'abc' }))
      .expect(400);
    expect(pointersOf(tooShort)).toEqual(['#/password']);
    expect(await ownedIds(owner)).toEqual([]);
  });

  it('lists every invalid field with a JSON pointer', async () => {
    const owner = await createUser(t);
    const response = await owner
      .agent()
      .post('/api/registries')
      .send({
        slug: 'Not A Slug',
        title: '   ',
        coupleNames: 'x'.repeat(121),
        currency: 'XYZ',
        eventDate: '2027-02-30',
        welcomeMessage: 42,
        visibility: 'secret',
        surpriseMode: 'yes',
        theme: 'neon',
        customDomain: 'gifts.example.com',
      })
      .expect(400);
    expectMatchesSpec(response, 'POST', '/api/registries');
    expectProblem(response, 400, 'validation-error');
    expect(pointersOf(response)).toEqual([
      '#/coupleNames',
      '#/currency',
      '#/customDomain',
      '#/eventDate',
      '#/slug',
      '#/surpriseMode',
      '#/theme',
      '#/title',
      '#/visibility',
      '#/welcomeMessage',
    ]);
    expect(await ownedIds(owner)).toEqual([]);
  });

  it('requires slug, title, coupleNames and currency', async () => {
    const owner = await createUser(t);
    const response = await owner.agent().post('/api/registries').send({}).expect(400);
    expectMatchesSpec(response, 'POST', '/api/registries');
    expect(pointersOf(response)).toEqual(['#/coupleNames', '#/currency', '#/slug', '#/title']);
  });

  it.each([
    ['too short', 'ab', /3 to 60/],
    ['too long', 'x'.repeat(61), /3 to 60/],
    ['upper case', 'Ana-and-Ben', /lowercase/],
    ['a double hyphen', 'ana--ben', /lowercase/],
    ['a leading hyphen', '-ana-ben', /lowercase/],
    ['a space', 'ana ben', /lowercase/],
    ['an accent', 'anaé-ben', /lowercase/],
    ['reserved: api', 'api', /reserved/],
    ['reserved: admin', 'admin', /reserved/],
    ['reserved: www', 'www', /reserved/],
    ['not a string', 12345, /string/],
  ])('refuses a slug that is %s', async (_, slug, detail) => {
    const owner = await createUser(t);
    const response = await owner.agent().post('/api/registries').send(validBody({ slug })).expect(400);
    expectMatchesSpec(response, 'POST', '/api/registries');
    expect(response.body.errors).toEqual([{ pointer: '#/slug', code: 'invalid-slug', detail: expect.stringMatching(detail) }]);
  });

  it('accepts slugs of exactly 3 and 60 characters', async () => {
    const owner = await createUser(t);
    const short = randomBytes(2).toString('hex').slice(0, 3);
    const long = `a${randomBytes(4).toString('hex')}`.padEnd(60, '0');
    expect(
      (
        await owner
          .agent()
          .post('/api/registries')
          .send(validBody({ slug: short }))
          .expect(201)
      ).body.slug,
    ).toBe(short);
    expect(
      (
        await owner
          .agent()
          .post('/api/registries')
          .send(validBody({ slug: long }))
          .expect(201)
      ).body.slug,
    ).toBe(long);
  });

  it.each([['XYZ'], ['EURO'], ['EU'], [''], [978], [null]])('refuses %p as a currency (ISO 4217 codes only)', async (currency) => {
    const owner = await createUser(t);
    const response = await owner.agent().post('/api/registries').send(validBody({ currency })).expect(400);
    expect(response.body.errors).toEqual([
      { pointer: '#/currency', code: currency === '' || currency === null ? 'required' : 'invalid-currency', detail: expect.stringMatching(/ISO 4217/) },
    ]);
  });

  it('answers 409 slug-taken when another registry has the address, and creates nothing', async () => {
    const ana = await createUser(t);
    const taken = await createRegistry(ana);
    const other = await createUser(t);
    const response = await other
      .agent()
      .post('/api/registries')
      .send(validBody({ slug: ` ${taken.slug} ` }))
      .expect(409);
    expectMatchesSpec(response, 'POST', '/api/registries');
    expectProblem(response, 409, 'slug-taken');
    expect(response.body.errors).toEqual([{ pointer: '#/slug', code: 'taken', detail: 'is taken' }]);
    expect(await ownedIds(other)).toEqual([]);
    expect(await versionOf(ana, taken)).toBe(taken.version);
  });

  it('refuses a reveal date without surprise mode', async () => {
    const owner = await createUser(t);
    const response = await owner
      .agent()
      .post('/api/registries')
      .send(validBody({ revealDate: '2027-07-01' }))
      .expect(400);
    expect(pointersOf(response)).toEqual(['#/revealDate']);
  });

  it.each([
    ['plan', 'premium'],
    ['version', 99],
    ['headerImage', 'https://cdn.example/x.jpg'],
    ['owners', []],
    ['id', randomUUID()],
  ])('refuses the unknown or read-only field %s', async (field, value) => {
    const owner = await createUser(t);
    const response = await owner
      .agent()
      .post('/api/registries')
      .send(validBody({ [field]: value }))
      .expect(400);
    expectMatchesSpec(response, 'POST', '/api/registries');
    expect(response.body.errors).toEqual([{ pointer: `#/${field}`, code: 'unknown-field', detail: `property ${field} should not exist` }]);
    expect(await ownedIds(owner)).toEqual([]);
  });

  it(`limits a person to ${MAX_REGISTRIES_PER_USER} registries`, async () => {
    const owner = await createUser(t);
    await ownMany(owner, MAX_REGISTRIES_PER_USER);
    const response = await owner.agent().post('/api/registries').send(validBody()).expect(409);
    expectMatchesSpec(response, 'POST', '/api/registries');
    expectProblem(response, 409, 'conflict');
    const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM registry_owners WHERE user_id = $1', [owner.id])) as { n: number }[];
    expect(n).toBe(MAX_REGISTRIES_PER_USER);
  });

  it('works with a session cookie as well as a token', async () => {
    const owner = await createUser(t);
    const browser = t.http();
    await browser.post('/api/auth/login').send({ email: owner.email, password: owner.password }).expect(200);
    const created = await browser.post('/api/registries').send(validBody()).expect(201);
    expect(created.body.owners).toEqual([expect.objectContaining({ id: owner.id })]);
    expect(await ownedIds(owner)).toEqual([created.body.id]);
  });
});

/** Makes `count` registries owned by `owner` directly in the database (setup for limits). */
async function ownMany(owner: TestUser, count: number): Promise<void> {
  const prefix = uniqueSlug('bulk');
  await t.db.query(
    `WITH made AS (
       INSERT INTO registries (slug, title, couple_names, currency)
       SELECT $1 || '-' || n, 'Bulk', 'A & B', 'EUR' FROM generate_series(1, $2) AS n RETURNING id
     )
     INSERT INTO registry_owners (registry_id, user_id) SELECT id, $3 FROM made`,
    [prefix, count, owner.id],
  );
}

describe('GET /api/registries', () => {
  it("lists the caller's registries, newest first, and no one else's", async () => {
    const owner = await createUser(t);
    const other = await createUser(t);
    const first = await createRegistry(owner, { title: 'First' });
    const second = await createRegistry(owner, { title: 'Second', eventDate: '2027-06-12' });
    await createRegistry(other);

    const response = await owner.agent().get('/api/registries').expect(200);
    expectMatchesSpec(response, 'GET', '/api/registries');
    expect(response.body).toEqual([
      {
        id: second.id,
        slug: second.slug,
        title: 'Second',
        coupleNames: 'Ana & Ben',
        eventDate: '2027-06-12',
        visibility: 'public',
        version: 1,
        updatedAt: expect.any(String),
      },
      {
        id: first.id,
        slug: first.slug,
        title: 'First',
        coupleNames: 'Ana & Ben',
        eventDate: null,
        visibility: 'public',
        version: 1,
        updatedAt: expect.any(String),
      },
    ]);
  });

  it('is an empty list for someone without registries', async () => {
    const nobody = await createUser(t);
    const response = await nobody.agent().get('/api/registries').expect(200);
    expectMatchesSpec(response, 'GET', '/api/registries');
    expect(response.body).toEqual([]);
  });
});

describe('GET /api/registries/{registryId}', () => {
  it("answers 404, never 403, for another couple's registry, exactly as for one that does not exist", async () => {
    const owner = await createUser(t);
    const stranger = await createUser(t);
    const registry = await createRegistry(owner);

    const theirs = await stranger.agent().get(`/api/registries/${registry.id}`).expect(404);
    expectMatchesSpec(theirs, 'GET', ONE);
    expectProblem(theirs, 404, 'not-found');
    const missing = await stranger.agent().get(`/api/registries/${randomUUID()}`).expect(404);
    expect({ ...theirs.body, instance: undefined }).toEqual({ ...missing.body, instance: undefined });
    expect(JSON.stringify(theirs.body)).not.toContain(registry.slug);
  });

  it('answers 400 for an id that is not a UUID', async () => {
    const owner = await createUser(t);
    const response = await owner.agent().get('/api/registries/not-a-uuid').expect(400);
    expectMatchesSpec(response, 'GET', ONE);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('PATCH /api/registries/{registryId}', () => {
  it('changes only the fields sent, and bumps the version', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner, { eventDate: '2027-06-12', welcomeMessage: 'Hello' });
    const before = await snapshot(owner, registry);

    const response = await owner.agent().patch(`/api/registries/${registry.id}`).send({ title: '  New title ', theme: 'garden', currency: 'gbp' }).expect(200);
    expectMatchesSpec(response, 'PATCH', ONE);
    expect(response.body).toEqual({
      ...before,
      title: 'New title',
      theme: 'garden',
      currency: 'GBP',
      version: before.version + 1,
      updatedAt: expect.any(String),
      etag: `W/"${t.config.cacheSchemaRevision}.owner-registry.${registry.id}.${(before.version as number) + 1}"`,
    });
    expect(response.headers.etag).toBe(response.body.etag);
    expect(Date.parse(response.body.updatedAt as string)).toBeGreaterThan(Date.parse(before.updatedAt as string));
    expect(await snapshot(owner, registry)).toEqual(response.body);
  });

  it('changes the slug, and with it the guest URL; the old address is free again', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    const slug = uniqueSlug('moved');
    const response = await owner.agent().patch(`/api/registries/${registry.id}`).send({ slug }).expect(200);
    expect(response.body).toMatchObject({ slug, guestUrl: `${t.config.publicUrl}/r/${slug}` });
    await t.http().get(`/api/public/registries/${registry.slug}`).expect(404);
    await createRegistry(owner, { slug: registry.slug });
  });

  it('accepts its own slug unchanged', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    const response = await owner.agent().patch(`/api/registries/${registry.id}`).send({ slug: registry.slug, title: 'Same address' }).expect(200);
    expect(response.body).toMatchObject({ slug: registry.slug, title: 'Same address' });
  });

  it('accepts an empty change and answers with the registry', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner, { title: 'Unchanged' });
    const response = await owner.agent().patch(`/api/registries/${registry.id}`).send({}).expect(200);
    expectMatchesSpec(response, 'PATCH', ONE);
    expect(response.body).toMatchObject({ id: registry.id, slug: registry.slug, title: 'Unchanged' });
  });

  it('clears nullable fields with null', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner, {
      eventDate: '2027-06-12',
      surpriseMode: true,
      revealDate: '2027-07-01',
    });
    const response = await owner.agent().patch(`/api/registries/${registry.id}`).send({ eventDate: null, surpriseMode: false, revealDate: null }).expect(200);
    expectMatchesSpec(response, 'PATCH', ONE);
    expect(response.body).toMatchObject({ eventDate: null, revealDate: null, surpriseMode: false });
  });

  it('requires a reveal date while surprise mode is on, and keeps it when surprise mode is turned off', async () => {
    const owner = await createUser(t);
    const refused = await owner
      .agent()
      .post('/api/registries')
      .send(validBody({ surpriseMode: true }))
      .expect(400);
    expect(refused.body.errors).toEqual([{ pointer: '#/revealDate', code: 'required', detail: expect.stringMatching(/required/) }]);
    const registry = await createRegistry(owner, { surpriseMode: true, revealDate: '2027-07-01' });
    const path = `/api/registries/${registry.id}`;
    expect((await owner.agent().patch(path).send({ revealDate: null }).expect(400)).body.errors[0]).toMatchObject({
      pointer: '#/revealDate',
      code: 'required',
    });
    expect((await owner.agent().patch(path).send({ surpriseMode: false }).expect(200)).body).toMatchObject({ surpriseMode: false, revealDate: '2027-07-01' });
    expect((await owner.agent().patch(path).send({ title: 'Still our day' }).expect(200)).body.revealDate).toBe('2027-07-01');
    expect((await owner.agent().patch(path).send({ surpriseMode: true }).expect(200)).body).toMatchObject({ surpriseMode: true, revealDate: '2027-07-01' });
  });

  it.each([['title'], ['coupleNames'], ['slug'], ['currency'], ['welcomeMessage'], ['visibility'], ['surpriseMode'], ['theme'], ['password']])(
    'refuses null for the non-nullable field %s with 400, and changes nothing',
    async (field) => {
      const owner = await createUser(t);
      const registry = await createRegistry(owner);
      const before = await snapshot(owner, registry);
      const response = await owner
        .agent()
        .patch(`/api/registries/${registry.id}`)
        .send({ [field]: null })
        .expect(400);
      expectMatchesSpec(response, 'PATCH', ONE);
      expectProblem(response, 400, 'validation-error');
      expect(pointersOf(response)).toEqual([`#/${field}`]);
      expect(await snapshot(owner, registry)).toEqual(before);
    },
  );

  it('lists every invalid field, and changes nothing', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    const before = await snapshot(owner, registry);
    const response = await owner
      .agent()
      .patch(`/api/registries/${registry.id}`)
      .send({ slug: 'www', title: '', currency: 'EURO', theme: 'neon', eventDate: 'next june', plan: 'premium' })
      .expect(400);
    expectMatchesSpec(response, 'PATCH', ONE);
    expect(pointersOf(response)).toEqual(['#/currency', '#/eventDate', '#/plan', '#/slug', '#/theme', '#/title']);
    expect(await snapshot(owner, registry)).toEqual(before);
  });

  it('answers 409 slug-taken for an address in use, and changes nothing', async () => {
    const owner = await createUser(t);
    const mine = await createRegistry(owner);
    const theirs = await createRegistry(await createUser(t));
    const before = await snapshot(owner, mine);
    const response = await owner.agent().patch(`/api/registries/${mine.id}`).send({ slug: theirs.slug, title: 'Should not stick' }).expect(409);
    expectMatchesSpec(response, 'PATCH', ONE);
    expectProblem(response, 409, 'slug-taken');
    expect(response.body.errors).toEqual([{ pointer: '#/slug', code: 'taken', detail: 'is taken' }]);
    expect(await snapshot(owner, mine)).toEqual(before);
  });

  describe('password protection', () => {
    const hashOf = async (registry: TestRegistry) =>
      ((await t.db.query('SELECT password_hash FROM registries WHERE id = $1', [registry.id])) as { password_hash: string | null }[])[0].password_hash;

    it('requires a password to switch to visibility password, and changes nothing without one', async () => {
      const owner = await createUser(t);
      const registry = await createRegistry(owner);
      const before = await snapshot(owner, registry);
      const response = await owner.agent().patch(`/api/registries/${registry.id}`).send({ visibility: 'password', title: 'Locked' }).expect(400);
      expectMatchesSpec(response, 'PATCH', ONE);
      expect(response.body.errors).toEqual([{ pointer: '#/password', code: 'required', detail: expect.stringMatching(/required/) }]);
      expect(await snapshot(owner, registry)).toEqual(before);
      expect(await hashOf(registry)).toBeNull();
    });

    it('keeps the password across other changes, replaces it when sent, and drops it when the registry goes public', async () => {
      const owner = await createUser(t);
      const registry = await createRegistry(owner);
      await owner.agent().patch(`/api/registries/${registry.id}`).send({ visibility: 'password', password: 'first secret' }).expect(200);
      const first = await hashOf(registry);
      expect(first).toMatch(/^\$argon2id\$/);

      const retitled = await owner.agent().patch(`/api/registries/${registry.id}`).send({ title: 'Still locked', visibility: 'password' }).expect(200);
      expect(retitled.body.visibility).toBe('password');
      expect(await hashOf(registry)).toBe(first);

      await owner.agent().patch(`/api/registries/${registry.id}`).send({ password: 'second secret' }).expect(200);
      const second = await hashOf(registry);
      expect(second).toMatch(/^\$argon2id\$/);
      expect(second).not.toBe(first);

      const opened = await owner.agent().patch(`/api/registries/${registry.id}`).send({ visibility: 'public' }).expect(200);
      expect(opened.body.visibility).toBe('public');
      expect(await hashOf(registry)).toBeNull();

      const stray = await owner.agent().patch(`/api/registries/${registry.id}`).send({ password: 'not used' }).expect(400);
      expect(pointersOf(stray)).toEqual(['#/password']);
    });
  });

  it('keeps the reveal date when surprise mode is turned off (issue 15), and refuses a new reveal date without it', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner, { surpriseMode: true, revealDate: '2027-07-01' });
    const off = await owner.agent().patch(`/api/registries/${registry.id}`).send({ surpriseMode: false }).expect(200);
    expect(off.body).toMatchObject({ surpriseMode: false, revealDate: '2027-07-01' });
    const refused = await owner.agent().patch(`/api/registries/${registry.id}`).send({ revealDate: '2027-08-01' }).expect(400);
    expect(pointersOf(refused)).toEqual(['#/revealDate']);
  });

  it("answers 404 for another couple's registry, and changes nothing", async () => {
    const owner = await createUser(t);
    const stranger = await createUser(t);
    const registry = await createRegistry(owner);
    const before = await snapshot(owner, registry);
    const response = await stranger.agent().patch(`/api/registries/${registry.id}`).send({ title: 'Hijacked' }).expect(404);
    expectMatchesSpec(response, 'PATCH', ONE);
    expectProblem(response, 404, 'not-found');
    expect(await snapshot(owner, registry)).toEqual(before);
  });
});

describe('DELETE /api/registries/{registryId}', () => {
  it('deletes the registry with its items, reservations and invitations', async () => {
    const owner = await createUser(t, { verified: true });
    const registry = await createRegistry(owner);
    const item = await createItem(owner, registry);
    await t.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(item.id)).expect(201);
    await invite(owner, registry);

    const response = await owner.agent().delete(`/api/registries/${registry.id}`).expect(204);
    expectMatchesSpec(response, 'DELETE', ONE);
    await owner.agent().get(`/api/registries/${registry.id}`).expect(404);
    expect(await ownedIds(owner)).toEqual([]);
    await t.http().get(`/api/public/registries/${registry.slug}`).expect(404);
    for (const table of ['items', 'reservations', 'partner_invitations', 'registry_owners']) {
      const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE registry_id = $1`, [registry.id])) as { n: number }[];
      expect({ table, n }).toEqual({ table, n: 0 });
    }
    await owner.agent().delete(`/api/registries/${registry.id}`).expect(404);
  });

  it("answers 404 for another couple's registry, and deletes nothing", async () => {
    const owner = await createUser(t);
    const stranger = await createUser(t);
    const registry = await createRegistry(owner);
    await createItem(owner, registry);
    const before = await snapshot(owner, registry);
    const response = await stranger.agent().delete(`/api/registries/${registry.id}`).expect(404);
    expectMatchesSpec(response, 'DELETE', ONE);
    expectProblem(response, 404, 'not-found');
    expect(await snapshot(owner, registry)).toEqual(before);
    expect((await owner.agent().get(`/api/registries/${registry.id}/items`).expect(200)).body).toHaveLength(1);
  });

  it('answers 400 for an id that is not a UUID', async () => {
    const owner = await createUser(t);
    const response = await owner.agent().delete('/api/registries/123').expect(400);
    expectMatchesSpec(response, 'DELETE', ONE);
  });
});

describe('partner invitations', () => {
  it('lets the partner accept, after which both own the registry', async () => {
    const ana = await createUser(t, { displayName: 'Ana', verified: true });
    const ben = await createUser(t, { displayName: 'Ben', email: `ben-${randomBytes(3).toString('hex')}@example.com`, verified: true });
    const registry = await createRegistry(ana);

    // Typed in another case, with spaces: still Ben's address, and Ben (signed in with it, verified) may accept.
    const invited = await ana
      .agent()
      .post(`/api/registries/${registry.id}/partner-invitations`)
      .send({ email: ` ${ben.email.toUpperCase()} ` })
      .expect(201);
    expectMatchesSpec(invited, 'POST', INVITE);
    expect(invited.body).toEqual({ id: expect.any(String), email: ben.email, expiresAt: expect.any(String), acceptUrl: expect.any(String) });
    const days = (Date.parse(invited.body.expiresAt as string) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
    const acceptUrl = invited.body.acceptUrl as string;
    expect(acceptUrl.startsWith(`${t.config.publicUrl}/invitations/`)).toBe(true);
    const token = tokenFrom(acceptUrl);
    expect(token).toMatch(/^wgi_[\w-]{43}$/);
    const [{ token_hash }] = (await t.db.query('SELECT token_hash FROM partner_invitations WHERE id = $1', [invited.body.id])) as { token_hash: string }[];
    expect(token_hash).toBe(sha256(token));

    // Until Ben accepts, the registry is not his.
    await ben.agent().get(`/api/registries/${registry.id}`).expect(404);

    const accepted = await ben.agent().post(`/api/partner-invitations/${token}/accept`).expect(200);
    expectMatchesSpec(accepted, 'POST', ACCEPT);
    expect(accepted.body).toMatchObject({
      id: registry.id,
      owners: [
        { id: ana.id, displayName: 'Ana', email: ana.email },
        { id: ben.id, displayName: 'Ben', email: ben.email },
      ],
    });

    expect(await ownedIds(ana)).toEqual([registry.id]);
    expect(await ownedIds(ben)).toEqual([registry.id]);
    // Ben now writes like an owner, and Ana sees it.
    await ben.agent().patch(`/api/registries/${registry.id}`).send({ title: 'Edited by Ben' }).expect(200);
    await createItem(ben, registry, { name: 'Added by Ben' });
    expect((await snapshot(ana, registry)).title).toBe('Edited by Ben');
    expect((await ana.agent().get(`/api/registries/${registry.id}/items`).expect(200)).body).toEqual([expect.objectContaining({ name: 'Added by Ben' })]);
  });

  it('refuses a third owner: no new invitation, and an outstanding one cannot be accepted', async () => {
    const ana = await createUser(t, { verified: true });
    const ben = await createUser(t, { verified: true });
    const carl = await createUser(t, { verified: true });
    const registry = await createRegistry(ana);
    const forBen = await invite(ana, registry, ben);
    const forCarl = await invite(ana, registry, carl);
    await ben.agent().post(`/api/partner-invitations/${forBen}/accept`).expect(200);

    const before = await snapshot(ana, registry);
    const late = await carl.agent().post(`/api/partner-invitations/${forCarl}/accept`).expect(409);
    expectMatchesSpec(late, 'POST', ACCEPT);
    expectProblem(late, 409, 'owner-limit');
    expect(await ownedIds(carl)).toEqual([]);
    await carl.agent().get(`/api/registries/${registry.id}`).expect(404);

    const refused = await ben.agent().post(`/api/registries/${registry.id}/partner-invitations`).send({ email: 'carl@example.com' }).expect(409);
    expectMatchesSpec(refused, 'POST', INVITE);
    expectProblem(refused, 409, 'owner-limit');
    expect(await snapshot(ana, registry)).toEqual(before);
    const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM partner_invitations WHERE registry_id = $1', [registry.id])) as { n: number }[];
    expect(n).toBe(2);
  });

  it('answers 404 for a used, expired or unknown token', async () => {
    const ana = await createUser(t, { verified: true });
    const ben = await createUser(t, { verified: true });
    const carl = await createUser(t, { verified: true });
    const registry = await createRegistry(ana);

    const used = await invite(ana, registry, ben);
    await ben.agent().post(`/api/partner-invitations/${used}/accept`).expect(200);
    const again = await ben.agent().post(`/api/partner-invitations/${used}/accept`).expect(404);
    expectMatchesSpec(again, 'POST', ACCEPT);
    expectProblem(again, 404, 'not-found');
    await carl.agent().post(`/api/partner-invitations/${used}/accept`).expect(404);

    const other = await createRegistry(ana);
    const expired = await invite(ana, other, carl);
    await t.db.query("UPDATE partner_invitations SET expires_at = now() - interval '1 second' WHERE token_hash = $1", [sha256(expired)]);
    const late = await carl.agent().post(`/api/partner-invitations/${expired}/accept`).expect(404);
    expectMatchesSpec(late, 'POST', ACCEPT);
    expect(await ownedIds(carl)).toEqual([]);

    await carl
      .agent()
      .post(`/api/partner-invitations/wgi_${randomBytes(32).toString('base64url')}/accept`)
      .expect(404);
    await carl.agent().post('/api/partner-invitations/nonsense/accept').expect(404);
  });

  it('answers 409 when an owner accepts, and leaves the invitation usable by the partner', async () => {
    const ana = await createUser(t, { verified: true });
    const ben = await createUser(t, { verified: true });
    const registry = await createRegistry(ana);
    const token = await invite(ana, registry, ben);
    const before = await snapshot(ana, registry);
    const own = await ana.agent().post(`/api/partner-invitations/${token}/accept`).expect(409);
    expectMatchesSpec(own, 'POST', ACCEPT);
    expectProblem(own, 409, 'conflict');
    expect(await snapshot(ana, registry)).toEqual(before);
    await ben.agent().post(`/api/partner-invitations/${token}/accept`).expect(200);
  });

  it('refuses to make someone an owner beyond the registry limit', async () => {
    const ana = await createUser(t, { verified: true });
    const busy = await createUser(t, { verified: true });
    await ownMany(busy, MAX_REGISTRIES_PER_USER);
    const registry = await createRegistry(ana);
    const token = await invite(ana, registry, busy);
    const response = await busy.agent().post(`/api/partner-invitations/${token}/accept`).expect(409);
    expectMatchesSpec(response, 'POST', ACCEPT);
    expectProblem(response, 409, 'conflict');
    await busy.agent().get(`/api/registries/${registry.id}`).expect(404);
    const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM registry_owners WHERE user_id = $1', [busy.id])) as { n: number }[];
    expect(n).toBe(MAX_REGISTRIES_PER_USER);
  });

  it('validates the invitation', async () => {
    const ana = await createUser(t);
    const registry = await createRegistry(ana);
    const before = await snapshot(ana, registry);
    const bad = await ana.agent().post(`/api/registries/${registry.id}/partner-invitations`).send({ email: 'not an address' }).expect(400);
    expectMatchesSpec(bad, 'POST', INVITE);
    expect(bad.body.errors).toEqual([{ pointer: '#/email', code: 'invalid-email', detail: 'email must be an e-mail address' }]);
    const missing = await ana.agent().post(`/api/registries/${registry.id}/partner-invitations`).send({}).expect(400);
    expect(pointersOf(missing)).toEqual(['#/email']);
    const extra = await ana.agent().post(`/api/registries/${registry.id}/partner-invitations`).send({ email: 'ben@example.com', role: 'owner' }).expect(400);
    expect(extra.body.errors).toEqual([{ pointer: '#/role', code: 'unknown-field', detail: 'property role should not exist' }]);
    expect(await snapshot(ana, registry)).toEqual(before);
  });

  it("answers 404 for another couple's registry, and creates no invitation", async () => {
    const ana = await createUser(t);
    const stranger = await createUser(t);
    const registry = await createRegistry(ana);
    const before = await snapshot(ana, registry);
    const response = await stranger.agent().post(`/api/registries/${registry.id}/partner-invitations`).send({ email: 'accomplice@example.com' }).expect(404);
    expectMatchesSpec(response, 'POST', INVITE);
    expectProblem(response, 404, 'not-found');
    expect(await snapshot(ana, registry)).toEqual(before);
    const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM partner_invitations WHERE registry_id = $1', [registry.id])) as { n: number }[];
    expect(n).toBe(0);
  });

  it('needs a signed-in person to accept, and an unauthenticated attempt does not use the token up', async () => {
    const ana = await createUser(t, { verified: true });
    const ben = await createUser(t, { verified: true });
    const registry = await createRegistry(ana);
    const token = await invite(ana, registry, ben);
    const response = await t.http().post(`/api/partner-invitations/${token}/accept`).expect(401);
    expectMatchesSpec(response, 'POST', ACCEPT);
    expectProblem(response, 401, 'unauthenticated');
    await ben.agent().post(`/api/partner-invitations/${token}/accept`).expect(200);
  });
});

describe('authentication', () => {
  let owner: TestUser;
  let registry: TestRegistry;
  beforeAll(async () => {
    owner = await createUser(t);
    registry = await createRegistry(owner);
  });

  const routes: { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; template: string; path: (id: string) => string; body?: Record<string, unknown> }[] = [
    { method: 'GET', template: '/api/registries', path: () => '/api/registries' },
    { method: 'POST', template: '/api/registries', path: () => '/api/registries', body: validBody() },
    { method: 'GET', template: ONE, path: (id) => `/api/registries/${id}` },
    { method: 'PATCH', template: ONE, path: (id) => `/api/registries/${id}`, body: { title: 'Anonymous edit' } },
    { method: 'DELETE', template: ONE, path: (id) => `/api/registries/${id}` },
    { method: 'POST', template: INVITE, path: (id) => `/api/registries/${id}/partner-invitations`, body: { email: 'x@example.com' } },
  ];

  it.each(routes)('$method $template answers 401 without a token or session, and changes nothing', async ({ method, template, path, body }) => {
    const before = await snapshot(owner, registry);
    for (const agent of [t.http(), t.http().auth('wgp_not-a-real-token', { type: 'bearer' })]) {
      const call = agent[method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'](path(registry.id));
      const response = await (body ? call.send(body) : call).expect(401);
      expectMatchesSpec(response, method, template);
      expectProblem(response, 401, 'unauthenticated');
    }
    expect(await snapshot(owner, registry)).toEqual(before);
    expect(await ownedIds(owner)).toEqual([registry.id]);
  });

  it('stops accepting a session after logout', async () => {
    const browser = t.http();
    await browser.post('/api/auth/login').send({ email: owner.email, password: owner.password }).expect(200);
    await browser.get(`/api/registries/${registry.id}`).expect(200);
    await browser.post('/api/auth/logout').expect(204);
    const response = await browser.get(`/api/registries/${registry.id}`).expect(401);
    expectMatchesSpec(response, 'GET', ONE);
  });
});

describe('registry version', () => {
  it('goes up by one with every write, and not with reads', async () => {
    const ana = await createUser(t, { verified: true });
    const ben = await createUser(t, { verified: true });
    const registry = await createRegistry(ana);
    expect(registry.version).toBe(1);
    const expectVersion = async (expected: number) => expect(await versionOf(ana, registry)).toBe(expected);

    await ana.agent().get(`/api/registries/${registry.id}`).expect(200);
    await ana.agent().get('/api/registries').expect(200);
    await expectVersion(1);

    const patched = await ana.agent().patch(`/api/registries/${registry.id}`).send({ title: 'v2' }).expect(200);
    expect(patched.body.version).toBe(2);
    await expectVersion(2);

    const token = await invite(ana, registry, ben);
    await expectVersion(3);

    const accepted = await ben.agent().post(`/api/partner-invitations/${token}/accept`).expect(200);
    expect(accepted.body.version).toBe(4);
    await expectVersion(4);

    await ben.agent().patch(`/api/registries/${registry.id}`).send({ welcomeMessage: 'Hi from Ben' }).expect(200);
    await expectVersion(5);
    expect((await ben.agent().get('/api/registries').expect(200)).body[0].version).toBe(5);
  });

  it('stays put when a write is refused', async () => {
    const ana = await createUser(t);
    const stranger = await createUser(t);
    const registry = await createRegistry(ana, { title: 'Unchanged' });
    const taken = await createRegistry(await createUser(t));
    const before = await snapshot(ana, registry);

    await ana.agent().patch(`/api/registries/${registry.id}`).send({ title: '' }).expect(400); // refused by validation
    await ana.agent().patch(`/api/registries/${registry.id}`).send({ title: null }).expect(400);
    await ana.agent().patch(`/api/registries/${registry.id}`).send({ visibility: 'password' }).expect(400); // refused inside the write
    await ana.agent().patch(`/api/registries/${registry.id}`).send({ title: 'x', slug: taken.slug }).expect(409); // refused by the database
    await ana.agent().post(`/api/registries/${registry.id}/partner-invitations`).send({ email: 'nope' }).expect(400);
    await stranger.agent().patch(`/api/registries/${registry.id}`).send({ title: 'x' }).expect(404);
    await stranger.agent().post(`/api/registries/${registry.id}/partner-invitations`).send({ email: 'x@example.com' }).expect(404);
    await stranger.agent().delete(`/api/registries/${registry.id}`).expect(404);
    await t.http().patch(`/api/registries/${registry.id}`).send({ title: 'x' }).expect(401);

    expect(await snapshot(ana, registry)).toEqual(before);
  });
});
