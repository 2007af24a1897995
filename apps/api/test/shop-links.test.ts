import { createItem, createRegistry, createUser, TestRegistry, TestUser } from './support/factories';
import { temporaryMediaDir } from './support/image-fixtures';
import { ShopFixtures, startShopFixtures } from './support/shop-fixtures';
import { TestApp, startTestApp } from './support/test-app';

/**
 * "Paste a shop link": the product page is read through the guarded outbound client, from fixture pages on
 * loopback that only IMPORT_ALLOWED_HOSTS lets it reach.
 */
let t: TestApp;
let shop: ShopFixtures;
let media: Awaited<ReturnType<typeof temporaryMediaDir>>;
let owner: TestUser;
let registry: TestRegistry;

beforeAll(async () => {
  shop = await startShopFixtures();
  media = await temporaryMediaDir();
  t = await startTestApp({
    MEDIA_DIR: media.path,
    IMPORT_ALLOWED_HOSTS: `localhost:${shop.port}`,
    OUTBOUND_TIMEOUT_MS: '1500',
    RATE_LIMIT_IMPORT_URL_ACCOUNT: '40/3600',
  });
  owner = await createUser(t);
  registry = await createRegistry(owner);
});
afterAll(async () => {
  await t.close();
  await shop.close();
  await media.remove();
});

const suggest = (url: string, who = owner, registryId = registry.id) => who.agent().post(`/api/registries/${registryId}/items/from-url`).send({ url });

describe('POST /api/registries/{registryId}/items/from-url', () => {
  it('reads a JSON-LD product with its offer: name, description, canonical address, price in cents, image, availability', async () => {
    const response = await suggest(`${shop.origin}/products/crumpet-toaster?utm_source=newsletter`).expect(200);
    expect(response.body).toEqual({
      suggestion: {
        name: 'Crumpet Toaster 2-Slot, Cream',
        description: 'Extra-wide slots for crumpets and bagels, six browning levels, a reheat button.',
        url: `${shop.origin}/products/crumpet-toaster`,
        priceMin: 8995,
        priceMax: 8995,
        currency: 'EUR',
        imageUrl: `${shop.origin}/images/toaster.png`,
        availability: 'in-stock',
      },
    });
  });

  it('reads a page with Open Graph only (a comma as decimal mark)', async () => {
    const { body } = await suggest(`${shop.origin}/products/linen-napkins`).expect(200);
    expect(body.suggestion).toEqual({
      name: 'Linen Napkins, Set of 4',
      description: 'Stonewashed French linen, 45 × 45 cm, in sage.',
      url: 'https://maison-lin.example/products/linen-napkins',
      priceMin: 3400,
      priceMax: 3400,
      currency: 'EUR',
      imageUrl: `${shop.origin}/cdn/shop/files/napkins.png?v=1699`,
      availability: null,
    });
  });

  it('reads a page with microdata only, out of stock', async () => {
    const { body } = await suggest(`${shop.origin}/casserole`).expect(200);
    expect(body.suggestion).toMatchObject({
      name: 'Cast Iron Casserole 24 cm - Cookware - Hometown Store',
      url: `${shop.origin}/casserole`,
      priceMin: 19900,
      priceMax: 19900,
      currency: 'EUR',
      availability: 'out-of-stock',
    });
  });

  it("keeps another currency's price in that currency's minor units, with an offer's price range", async () => {
    const { body } = await suggest(`${shop.origin}/stool`).expect(200);
    expect(body.suggestion).toMatchObject({ name: 'Hinoki Bath Stool', priceMin: 12000, priceMax: 15800, currency: 'JPY', availability: 'preorder' });
  });

  it('suggests only the address for a page without any metadata', async () => {
    const { body } = await suggest(`${shop.origin}/plain`).expect(200);
    expect(body.suggestion).toEqual({
      name: null,
      description: null,
      url: `${shop.origin}/plain`,
      priceMin: null,
      priceMax: null,
      currency: null,
      imageUrl: null,
      availability: null,
    });
  });

  it('follows up to five redirects, each checked', async () => {
    const { body } = await suggest(`${shop.origin}/hops?left=5`).expect(200);
    expect(body.suggestion.name).toBe('Crumpet Toaster 2-Slot, Cream');
  });

  const refusals: [string, string, number, string, string][] = [
    ['a huge page', '/huge', 422, 'link-unreadable', 'too-large'],
    ['a gzip bomb', '/bomb', 422, 'link-unreadable', 'too-large'],
    ['a slow page', '/slow', 422, 'link-unreadable', 'timeout'],
    ['a redirect loop', '/loop', 422, 'link-unreadable', 'too-many-redirects'],
    ['a non-HTML answer', '/api/product.json', 422, 'link-unreadable', 'content-type'],
    ['a redirect to 127.0.0.1', '/to-loopback', 422, 'link-refused', 'address'],
    ['a redirect to the cloud metadata address', '/to-metadata', 422, 'link-refused', 'address'],
    ['a 404 page', '/missing', 422, 'link-unreadable', 'http-status'],
  ];
  it.each(refusals)('refuses %s with problem+json saying why', async (_case, path, status, type, reason) => {
    const response = await suggest(`${shop.origin}${path}`).expect(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ type: `https://whispergifts.com/problems/${type}`, reason });
    expect(response.body.detail).toEqual(expect.any(String));
  });

  it('never connects to a refused address: the redirect target on loopback was not asked', async () => {
    shop.seen.length = 0;
    await suggest(`${shop.origin}/to-loopback`).expect(422);
    expect(shop.seen).toEqual(['/to-loopback']);
  });

  it.each([
    ['loopback by address, though the fixture answers there', () => `http://127.0.0.1:${shop.port}/products/crumpet-toaster`, 'address'],
    ['loopback by name on a port not allowed', () => `http://localhost:${shop.port + 1}/`, 'address'],
    ['IPv6 loopback', () => 'http://[::1]/', 'address'],
    ['an IPv4-mapped IPv6 address', () => 'http://[::ffff:127.0.0.1]/', 'address'],
    ['a private address', () => 'http://10.0.0.1/', 'address'],
    ['the cloud metadata address', () => 'http://169.254.169.254/latest/meta-data/', 'address'],
    ['a public address on another port', () => 'http://93.184.215.14:8080/', 'port'],
  ])('refuses %s as link-refused', async (_case, url, reason) => {
    const response = await suggest(url()).expect(422);
    expect(response.body).toMatchObject({ type: 'https://whispergifts.com/problems/link-refused', reason });
  });

  it('answers 400 for something that is not an http(s) address', async () => {
    for (const url of ['ftp://shop.example/x', 'file:///etc/passwd', 'javascript:alert(1)', 'not a link']) {
      const response = await suggest(url).expect(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ pointer: '#/url', code: 'invalid-url' })]);
    }
  });

  it("answers 404 for another couple's registry and 401 without signing in", async () => {
    const stranger = await createUser(t);
    await suggest(`${shop.origin}/plain`, stranger).expect(404);
    await t
      .http()
      .post(`/api/registries/${registry.id}/items/from-url`)
      .send({ url: `${shop.origin}/plain` })
      .expect(401);
  });

  it('is limited per account, with 429 and Retry-After', async () => {
    const busy = await createUser(t);
    const theirs = await createRegistry(busy);
    for (let i = 0; i < 40; i++) await suggest(`${shop.origin}/plain`, busy, theirs.id).expect(200);
    const refused = await suggest(`${shop.origin}/plain`, busy, theirs.id).expect(429);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    // Another account is not affected.
    await suggest(`${shop.origin}/plain`).expect(200);
  });
});

describe('PUT /api/registries/{registryId}/items/{itemId}/image/from-url', () => {
  it("fetches the suggestion's image into the item through the upload pipeline (clean copy, thumbnails)", async () => {
    const item = await createItem(owner, registry, { name: 'Toaster' });
    const { body } = await owner
      .agent()
      .put(`/api/registries/${registry.id}/items/${item.id}/image/from-url`)
      .send({ url: `${shop.origin}/images/toaster.png` })
      .expect(200);
    expect(body.image).toMatchObject({ width: 300, height: 200, thumbnails: [] });
    // The kept copy is the re-encoded one under a random name, and the thumbnails job waits in the outbox.
    const files = await media.files();
    expect(files.some((file) => body.image.url.endsWith(file))).toBe(true);
    const jobs = (await t.db.query('SELECT name FROM outbox_events WHERE payload::text LIKE $1', [`%${item.id}%`])) as { name: string }[];
    expect(jobs.map((j) => j.name)).toContain('thumbnails');
  });

  it('refuses a page that is not an image, and bytes that are not one whatever the header says', async () => {
    const item = await createItem(owner, registry);
    const put = (url: string) => owner.agent().put(`/api/registries/${registry.id}/items/${item.id}/image/from-url`).send({ url });
    expect((await put(`${shop.origin}/products/crumpet-toaster`).expect(422)).body).toMatchObject({ reason: 'content-type' });
    await put(`${shop.origin}/images/not-an-image.png`).expect(415);
    expect((await put('http://169.254.169.254/latest/meta-data/').expect(422)).body).toMatchObject({ type: 'https://whispergifts.com/problems/link-refused' });
  });
});
