import type { Response } from 'supertest';
import { TestItem, TestRegistry, TestUser, createItem, createRegistry, createUser } from './support/factories';
import { SVG, jpegOfSize, photoWithExif, pixelBombPng, temporaryMediaDir, truncatedJpeg } from './support/image-fixtures';
import { expectMatchesSpec } from './support/openapi-contract';
import { TestApp, startTestApp } from './support/test-app';

/** Every refused upload answers problem+json with a clear detail, and leaves no file, row change or job behind. */
const LIMIT = 64 * 1024;
let media: Awaited<ReturnType<typeof temporaryMediaDir>>;
let t: TestApp;
beforeAll(async () => {
  media = await temporaryMediaDir();
  t = await startTestApp({ MEDIA_DIR: media.path, UPLOAD_LIMIT_BYTES: String(LIMIT) });
});
afterAll(async () => {
  await t.close();
  await media.remove();
});

const PROBLEMS = 'https://whispergifts.com/problems/';
const ITEM_IMAGE = '/api/registries/{registryId}/items/{itemId}/image';
const HEADER_IMAGE = '/api/registries/{registryId}/header-image';
const itemImagePath = (registry: { id: string }, item: { id: string }) => `/api/registries/${registry.id}/items/${item.id}/image`;
const headerImagePath = (registry: { id: string }) => `/api/registries/${registry.id}/header-image`;

function expectProblem(response: Response, status: number, type: string, detail: RegExp): void {
  expect({ status: response.status, contentType: response.headers['content-type'], type: response.body.type, detail: response.body.detail }).toEqual({
    status,
    contentType: expect.stringMatching(/^application\/problem\+json/),
    type: PROBLEMS + type,
    detail: expect.stringMatching(detail),
  });
}

async function couple(): Promise<{ owner: TestUser; registry: TestRegistry; item: TestItem }> {
  const owner = await createUser(t);
  const registry = await createRegistry(owner);
  return { owner, registry, item: await createItem(owner, registry) };
}

/** Everything an upload could change: the owner's view, the gift list, the outbox and MEDIA_DIR. */
async function stateOf(owner: TestUser, registry: TestRegistry) {
  const [details, items, list] = await Promise.all([
    owner.agent().get(`/api/registries/${registry.id}`).expect(200),
    owner.agent().get(`/api/registries/${registry.id}/items`).expect(200),
    t.http().get(`/api/public/registries/${registry.slug}`).expect(200),
  ]);
  const [{ events }] = (await t.db.query('SELECT count(*)::int AS events FROM outbox_events')) as { events: number }[];
  return { registry: details.body, items: items.body, list: list.body, events, files: await media.files() };
}

describe.each([
  ['item image', ITEM_IMAGE, itemImagePath],
  ['header image', HEADER_IMAGE, (registry: { id: string }) => headerImagePath(registry)],
] as const)('the %s upload refuses', (_, route, pathOf) => {
  it.each([
    [
      'a damaged JPEG',
      truncatedJpeg,
      'photo.jpg',
      'image/jpeg',
      415,
      'unsupported-media-type',
      /starts like a JPEG image but cannot be decoded: it is damaged or incomplete/,
    ],
    [
      'a text file named .jpg',
      () => Buffer.from('Dear guests, this is not a photo.\n'),
      'photo.jpg',
      'image/jpeg',
      415,
      'unsupported-media-type',
      /not an image/,
    ],
    ['an SVG', () => SVG, 'logo.svg', 'image/svg+xml', 415, 'unsupported-media-type', /SVG images are not accepted/],
    ['an SVG named .png', () => SVG, 'logo.png', 'image/png', 415, 'unsupported-media-type', /SVG images are not accepted/],
    ['an empty file', () => Buffer.alloc(0), 'empty.jpg', 'image/jpeg', 400, 'bad-request', /empty/],
    ['a file one byte over the limit', () => jpegOfSize(LIMIT + 1), 'big.jpg', 'image/jpeg', 413, 'payload-too-large', /larger than 0\.1 MB \(65536 bytes\)/],
    ['a file far over the limit', () => jpegOfSize(8 * LIMIT), 'huge.jpg', 'image/jpeg', 413, 'payload-too-large', /larger than/],
    [
      'a pixel bomb',
      () => pixelBombPng(),
      'bomb.png',
      'image/png',
      413,
      'payload-too-large',
      /20000 × 20000 pixels \(400 megapixels\); the limit is 50 megapixels/,
    ],
  ])('%s', async (_what, make, filename, contentType, status, type, detail) => {
    const { owner, registry, item } = await couple();
    const before = await stateOf(owner, registry);
    const response = await owner
      .agent()
      .put(pathOf(registry, item))
      .attach('file', await make(), { filename, contentType });
    expectProblem(response, status, type, detail);
    expectMatchesSpec(response, 'PUT', route);
    expect(await stateOf(owner, registry)).toEqual(before);
  });
});

it('refuses a pixel bomb that is small on disk by its header, saying the limit', async () => {
  const bomb = pixelBombPng();
  expect(bomb.length).toBeLessThan(LIMIT);
  const { owner, registry, item } = await couple();
  const response = await owner.agent().put(itemImagePath(registry, item)).attach('file', bomb, 'bomb.png').expect(413);
  expect(response.body.maxPixels).toBe(50_000_000);
});

it('removes the checked file when saving it to the row fails, and changes nothing', async () => {
  const { owner, registry } = await couple();
  const cursed = await createItem(owner, registry, { name: 'Cursed vase' });
  // A stand-in for any database failure after the upload was checked and kept.
  await t.db.query(`
    CREATE FUNCTION refuse_cursed_image() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the vase is cursed'; END $$;
    CREATE TRIGGER refuse_cursed_image BEFORE UPDATE OF image ON items FOR EACH ROW WHEN (NEW.name = 'Cursed vase') EXECUTE FUNCTION refuse_cursed_image();
  `);
  try {
    const before = await stateOf(owner, registry);
    const response = await owner
      .agent()
      .put(itemImagePath(registry, cursed))
      .attach('file', await photoWithExif(), 'photo.jpg');
    expectProblem(response, 500, 'internal-error', /Something went wrong/);
    expect(JSON.stringify(response.body)).not.toContain('cursed');
    expect(await stateOf(owner, registry)).toEqual(before);
  } finally {
    await t.db.query('DROP TRIGGER refuse_cursed_image ON items; DROP FUNCTION refuse_cursed_image();');
  }
});

it('accepts a file of exactly the limit', async () => {
  const { owner, registry, item } = await couple();
  const response = await owner
    .agent()
    .put(itemImagePath(registry, item))
    .attach('file', await jpegOfSize(LIMIT), 'exact.jpg')
    .expect(200);
  expect(response.body.image).toMatchObject({ width: 64, height: 64, thumbnails: [] });
});

describe('who may upload', () => {
  it('answers 401 without credentials, and writes nothing', async () => {
    const { owner, registry, item } = await couple();
    const before = await stateOf(owner, registry);
    const photo = await photoWithExif();
    for (const [path, route] of [
      [itemImagePath(registry, item), ITEM_IMAGE],
      [headerImagePath(registry), HEADER_IMAGE],
    ]) {
      const response = await t.http().put(path).attach('file', photo, 'photo.jpg');
      expectProblem(response, 401, 'unauthenticated', /./);
      expectMatchesSpec(response, 'PUT', route);
      expectProblem(await t.http().delete(path), 401, 'unauthenticated', /./);
    }
    expect(await stateOf(owner, registry)).toEqual(before);
  });

  it("answers 404 for another couple's registry or item, and writes nothing", async () => {
    const ours = await couple();
    const theirs = await couple();
    const before = await stateOf(theirs.owner, theirs.registry);
    const photo = await photoWithExif();
    const attempts = [
      itemImagePath(theirs.registry, theirs.item),
      headerImagePath(theirs.registry),
      // Our registry, their item: the item must belong to the registry in the path.
      itemImagePath(ours.registry, theirs.item),
    ];
    for (const path of attempts) {
      expectProblem(await ours.owner.agent().put(path).attach('file', photo, 'photo.jpg'), 404, 'not-found', /not found/);
      expectProblem(await ours.owner.agent().delete(path), 404, 'not-found', /not found/);
    }
    expect(await stateOf(theirs.owner, theirs.registry)).toEqual(before);
    expect(await media.files()).toEqual(before.files);
  });

  it('refuses a cross-site upload from a browser before reading it', async () => {
    const { owner, registry, item } = await couple();
    const response = await owner
      .agent()
      .put(itemImagePath(registry, item))
      .set('sec-fetch-site', 'cross-site')
      .attach('file', await photoWithExif(), 'photo.jpg');
    expectProblem(response, 403, 'cross-site-request', /another site/);
  });
});

describe('multipart', () => {
  it('is required by the upload routes, with the image in a field named file', async () => {
    const { owner, registry, item } = await couple();
    const before = await stateOf(owner, registry);
    const json = await owner.agent().put(itemImagePath(registry, item)).send({ file: 'data:image/png;base64,iVBORw0KGgo=' });
    expectProblem(json, 415, 'unsupported-media-type', /multipart\/form-data/);
    expectMatchesSpec(json, 'PUT', ITEM_IMAGE);
    const misnamed = await owner
      .agent()
      .put(itemImagePath(registry, item))
      .attach('photo', await photoWithExif(), 'photo.jpg');
    expectProblem(misnamed, 400, 'bad-request', /field named file \(not "photo"\)/);
    const withField = await owner
      .agent()
      .put(itemImagePath(registry, item))
      .field('caption', 'us')
      .attach('file', await photoWithExif(), 'photo.jpg');
    expectProblem(withField, 400, 'bad-request', /one part only/);
    expect(await stateOf(owner, registry)).toEqual(before);
  });

  it.each([
    ['two files in the field file', 'file', 'file'],
    ['a second file after the image', 'file', 'other'],
  ])('refuses %s (400), keeping neither', async (_, first, second) => {
    const { owner, registry, item } = await couple();
    const before = await stateOf(owner, registry);
    for (const path of [itemImagePath(registry, item), headerImagePath(registry)]) {
      const response = await owner
        .agent()
        .put(path)
        .attach(first, await photoWithExif(), 'one.jpg')
        .attach(second, await photoWithExif(), 'two.jpg');
      expectProblem(response, 400, 'bad-request', /one part only/);
      expectMatchesSpec(response, 'PUT', path === headerImagePath(registry) ? HEADER_IMAGE : ITEM_IMAGE);
    }
    expect(await stateOf(owner, registry)).toEqual(before);
  });

  it('is refused everywhere else, as before (415)', async () => {
    const owner = await createUser(t);
    const response = await owner
      .agent()
      .post('/api/registries')
      .field('slug', 'from-a-form')
      .field('title', 'x')
      .field('coupleNames', 'x')
      .field('currency', 'EUR');
    expectProblem(response, 415, 'unsupported-media-type', /application\/json/);
    expect((await owner.agent().get('/api/registries').expect(200)).body).toEqual([]);
  });
});
