import type { INestApplicationContext } from '@nestjs/common';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { TestUser, createRegistry, createUser } from '../apps/api/test/support/factories';
import { eventually, photoWithMetadata } from '../apps/api/test/support/image-fixtures';
import { routeDomain } from '../apps/api/test/support/plans';
import { startTestApp, TestApp } from '../apps/api/test/support/test-app';
import { startTestWorker } from '../apps/api/test/support/test-worker';
import { thumbnailWidths } from '../apps/api/src/images/stored-image';
import { previewFileName } from '../apps/api/src/link-previews/preview-design';
import type { Theme } from '../apps/api/src/registries/registry.entity';
import type { Language } from '@whispergifts/i18n';
import { send } from './support/http';
import { Edge } from './support/nginx';

/**
 * Link previews through the real edge (issue 14, §1): what a crawler that runs no JavaScript (WhatsApp, Facebook)
 * gets for a shared link, with two API processes and the worker behind nginx, as in the compose stack.
 */
const CRAWLER = 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)';
const WHATSAPP = 'WhatsApp/2.23.20.0';

let api: TestApp;
let api2: TestApp;
let worker: INestApplicationContext;
let edge: Edge;
let media: string;
let owner: TestUser;

beforeAll(async () => {
  const web = resolve(__dirname, '../apps/web/dist');
  if (!existsSync(join(web, 'index.html'))) throw new Error('apps/web/dist is missing: run `npm run build:web` first (npm test does).');
  media = mkdtempSync(join(tmpdir(), 'wg-media-'));
  chmodSync(media, 0o755);
  const env = { TRUST_PROXY: 'loopback', PUBLIC_URL: 'http://localhost', MEDIA_DIR: media, MEDIA_URL: 'http://localhost/media' };
  api = await startTestApp(env);
  api2 = await startTestApp(env, api);
  worker = await startTestWorker(api);
  edge = await Edge.start({ apiPorts: [api, api2].map((a) => Number(new URL(a.url).port)), webRoot: web, mediaRoot: media });
  owner = await createUser(api);
});

afterAll(async () => {
  await edge?.stop();
  await worker?.close();
  await api2?.close();
  await api?.close();
  rmSync(media, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => send(edge.url, path, { headers: { 'user-agent': CRAWLER, ...headers } });
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The value of a meta tag (property= or name=) in a page. */
function meta(html: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`).exec(html);
  return match?.[1].replace(/&amp;/g, '&');
}

/** The preview the worker has recorded for a registry, once it is the one of what the registry shows now. */
const recordedPreview = (registryId: string) =>
  eventually(async () => {
    const [row] = (await api.db.query(
      `SELECT link_preview, title, couple_names, event_date::text AS event_date, theme, header_image ->> 'original' AS photo, language FROM registries WHERE id = $1`,
      [registryId],
    )) as {
      link_preview: string | null;
      title: string;
      couple_names: string;
      event_date: string | null;
      theme: Theme;
      photo: string | null;
      language: Language;
    }[];
    const current = previewFileName({
      title: row.title,
      coupleNames: row.couple_names,
      eventDate: row.event_date,
      theme: row.theme,
      photo: row.photo,
      language: row.language,
    });
    return row.link_preview === current ? current : undefined;
  }, 'the link preview');

/** Reads an image back through nginx, as the crawler would after reading og:image. */
async function imageAt(url: string) {
  const { pathname } = new URL(url);
  const response = await get(pathname);
  expect({ url, status: response.status }).toEqual({ url, status: 200 });
  expect(response.headers['content-type']).toBe('image/png');
  return { response, metadata: await sharp(response.body).metadata(), stats: await sharp(response.body).stats() };
}

describe('a public list', () => {
  it("shows the couple's names, date, welcome line and a 1200×630 image made from the header photo", async () => {
    const registry = await createRegistry(owner, {
      coupleNames: 'Ana & Ben',
      title: 'Our wedding',
      eventDate: '2027-06-12',
      welcomeMessage: 'Thank you for celebrating with us!',
    });
    const photo = await photoWithMetadata('jpeg', 1600, 1000);
    await owner.agent().put(`/api/registries/${registry.id}/header-image`).attach('file', photo, 'us.jpg').expect(200);
    const file = await recordedPreview(registry.id);

    const page = await get(`/r/${registry.slug}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['x-robots-tag']).toBeUndefined();
    expect(page.text).toContain('<title>Ana &amp; Ben · WhisperGifts</title>');
    expect(meta(page.text, 'og:title')).toBe('Ana & Ben · WhisperGifts');
    expect(meta(page.text, 'og:description')).toBe('Wedding gift list · 12 June 2027. Thank you for celebrating with us!');
    expect(meta(page.text, 'og:url')).toBe(`http://localhost/r/${registry.slug}`);
    expect(meta(page.text, 'twitter:card')).toBe('summary_large_image');
    expect(page.text).toContain(`<link rel="canonical" href="http://localhost/r/${registry.slug}" />`);
    expect(page.text).not.toContain('noindex');
    // Still the web app: its root and scripts are there for a guest's browser.
    expect(page.text).toContain('<div id="root">');
    expect(page.text).toMatch(/<script type="module" crossorigin src="\/assets\/[^"]+\.js"[^>]*><\/script>/);

    const image = meta(page.text, 'og:image')!;
    expect(image).toBe(`http://localhost/media/${file}`);
    const { response, metadata, stats } = await imageAt(image);
    expect([metadata.width, metadata.height]).toEqual([1200, 630]);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // The photo is in it: not the flat card of a list without one (many colours, not a handful).
    expect(stats.channels[0].stdev).toBeGreaterThan(10);
    expect(meta(page.text, 'twitter:image')).toBe(image);

    // The header photo is in the first paint, as the app shows it (same thumbnails, same `sizes`), fetched at high
    // priority: the page's largest paint does not wait for the scripts. Once the thumbnails are made, both offer them.
    const headerImage = await eventually(async () => {
      const list = (await get(`/api/public/registries/${registry.slug}`)).json() as {
        registry: { headerImage: { url: string; width: number; height: number; thumbnails: { webp: string; jpeg: string; width: number }[] } };
      };
      const { headerImage } = list.registry;
      return headerImage.thumbnails.length === thumbnailWidths(headerImage.width).length ? headerImage : undefined;
    }, 'the header photo thumbnails');
    const firstPaint = await eventually(async () => {
      const html = (await get(`/r/${registry.slug}`)).text;
      const markup = /<div id="wg-first-paint">([\s\S]*?)<\/main><\/div>/.exec(html)?.[1] ?? '';
      return markup.includes(headerImage.url) ? markup : undefined;
    }, 'the first paint with the thumbnails');
    const srcset = (format: 'webp' | 'jpeg') => headerImage.thumbnails.map((t) => `${t[format]} ${t.width}w`).join(', ');
    expect(firstPaint).toContain(`<source type="image/webp" srcset="${srcset('webp')}" sizes="(min-width: 72rem) 72rem, 100vw" />`);
    expect(firstPaint).toContain(
      `<img src="${headerImage.url}" srcset="${srcset('jpeg')}" sizes="(min-width: 72rem) 72rem, 100vw" alt="" class="gift-list-header-image" width="${headerImage.width}" height="${headerImage.height}" fetchpriority="high" />`,
    );
    // Before the names: the picture tops the header, as in the app.
    expect(firstPaint.indexOf('<picture>')).toBeLessThan(firstPaint.indexOf('<p class="gift-list-couple">'));
  });

  it('paints the names, date, welcome line and a skeleton from the HTML alone, escaped, before any script runs', async () => {
    const registry = await createRegistry(owner, {
      coupleNames: 'Ida & <Jo>',
      title: '<script>alert(1)</script> wed',
      eventDate: '2027-06-12',
      welcomeMessage: 'Come "as you are"',
    });
    const page = await get(`/r/${registry.slug}`);
    const body = page.text.slice(page.text.indexOf('<body>'));
    const firstPaint = /<div id="wg-first-paint">([\s\S]*?)<\/main><\/div>/.exec(body)?.[1] ?? '';
    expect(firstPaint).toContain('<p class="gift-list-couple">Ida &amp; &lt;Jo&gt;</p>');
    expect(firstPaint).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt; wed</h1>');
    expect(firstPaint).toContain('<time datetime="2027-06-12">12 June 2027</time>');
    expect(firstPaint).toContain('<p class="gift-list-message">Come &quot;as you are&quot;</p>');
    expect(firstPaint.match(/<li class="gift-card">/g)).toHaveLength(4);
    expect(page.text).not.toContain('<script>alert');
    // The first paint comes before the app's root, and no script can run before it is parsed: the only script is the
    // boot module (deferred until the document is parsed), none inline, none in the body.
    expect(body.indexOf('<div id="wg-first-paint">')).toBeLessThan(body.indexOf('<div id="root"></div>'));
    expect(body).not.toContain('<script');
    const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    const [[, attributes, content]] = scripts;
    expect(attributes).toMatch(/^ type="module" crossorigin src="\/assets\/first-paint-boot-[\w-]+\.js"/);
    expect(content).toBe('');
    // The boot asks for the app after the first paint: its entry, the guest route's modules and the list's document,
    // all named on it; nothing is fetched ahead in the head.
    const data = (name: string) => new RegExp(` data-${name}="([^"]*)"`).exec(attributes)?.[1];
    expect(data('list')).toBe(`/api/public/registries/${registry.slug}`);
    expect(data('entry')).toMatch(/^\/assets\/index-[\w-]+\.js$/);
    const modules = data('modules')!.split(' ');
    expect(modules.length).toBeGreaterThan(1);
    expect(page.text).not.toMatch(/rel="(modulepreload|preload" href="\/api)/);
    expect(page.text).not.toContain('wg-guest-');
    for (const path of [data('entry')!, ...modules.slice(0, 3)]) expect((await get(path)).status).toBe(200);
  });

  it('is microcached like the list, and answers a revalidation with 304', async () => {
    const registry = await createRegistry(owner, { coupleNames: 'Cai & Dora' });
    await sleep(1100);
    const first = await get(`/r/${registry.slug}`, { 'accept-encoding': 'gzip', 'user-agent': WHATSAPP });
    const second = await get(`/r/${registry.slug}`, { 'accept-encoding': 'gzip', 'user-agent': WHATSAPP });
    expect(first.status).toBe(200);
    expect(second.headers['x-cache-status']).toBe('HIT');
    expect(second.headers['content-encoding']).toBe('gzip');
    expect(second.headers['set-cookie']).toBeUndefined();
    // Straight to the API: the tag is the version's, and a match costs no rendering.
    const direct = await api.http().get(`/api/public/pages/registries/${registry.slug}`).expect(200);
    expect(direct.headers.etag).toMatch(/^W\/"/);
    await api.http().get(`/api/public/pages/registries/${registry.slug}`).set('if-none-match', direct.headers.etag).expect(304);
    // ?utm=… neither bypasses the cache nor adds an entry.
    expect((await get(`/r/${registry.slug}?utm_source=whatsapp`, { 'accept-encoding': 'gzip' })).headers['x-cache-status']).toBe('HIT');
  });

  it('shows new names within 2 s, and a new image once the worker has made it (never the old one meanwhile)', async () => {
    const registry = await createRegistry(owner, { coupleNames: 'Eve & Finn', eventDate: '2027-08-01' });
    const before = await recordedPreview(registry.id);
    await get(`/r/${registry.slug}`);
    await owner.agent().patch(`/api/registries/${registry.id}`).send({ coupleNames: 'Eve & Fionn' }).expect(200);
    const started = Date.now();
    let page = await get(`/r/${registry.slug}`);
    while (!page.text.includes('Eve &amp; Fionn') && Date.now() - started < 4000) {
      await sleep(50);
      page = await get(`/r/${registry.slug}`);
    }
    expect(Date.now() - started).toBeLessThanOrEqual(2000);
    expect(meta(page.text, 'og:image')).not.toContain(before);

    const after = await recordedPreview(registry.id);
    expect(after).not.toBe(before);
    await sleep(2100);
    const remade = await get(`/r/${registry.slug}`);
    expect(meta(remade.text, 'og:image')).toBe(`http://localhost/media/${after}`);
    const { metadata } = await imageAt(meta(remade.text, 'og:image')!);
    expect([metadata.width, metadata.height]).toEqual([1200, 630]);
    // The old image is gone from the media directory.
    expect(existsSync(join(media, before))).toBe(false);
  });
});

describe.each([
  ['an unlisted', { visibility: 'unlisted' }],
  ['a password-protected', { visibility: 'password', password: 'open sesame' }],
])('%s list', (_, fields) => {
  it('is generic: no names, no photo, the generic 1200×630 image, noindex in the page and the header', async () => {
    const registry = await createRegistry(owner, { coupleNames: 'Gwen Secretname & Huw', title: 'Hush hush', eventDate: '2027-05-05', ...fields });
    const photo = await photoWithMetadata('jpeg', 1600, 1000);
    await owner.agent().put(`/api/registries/${registry.id}/header-image`).attach('file', photo, 'us.jpg').expect(200);
    const page = await get(`/r/${registry.slug}`);
    expect(page.status).toBe(200);
    expect(page.headers['x-robots-tag']).toBe('noindex');
    expect(page.text).toContain('<meta name="robots" content="noindex" />');
    expect(page.text).not.toMatch(/Secretname|Huw|Hush hush|2027|May/);
    // Its first paint is the skeleton alone.
    expect(page.text).toContain('<div id="wg-first-paint">');
    expect(page.text).toContain('<h1 class="visually-hidden">A wedding gift list</h1>');
    // A password list's document answers 401 until unlocked: the boot does not ask for it ahead.
    expect(page.text.includes(` data-list="/api/public/registries/${registry.slug}"`)).toBe(fields.visibility === 'unlisted');
    expect(page.text).toContain('<title>A wedding gift list · WhisperGifts</title>');
    expect(meta(page.text, 'og:image')).toBe('http://localhost/og-image.png');
    const { metadata } = await imageAt(meta(page.text, 'og:image')!);
    expect([metadata.width, metadata.height]).toEqual([1200, 630]);
    // The worker makes no image of its own for it.
    await sleep(1500);
    const [row] = (await api.db.query('SELECT link_preview FROM registries WHERE id = $1', [registry.id])) as { link_preview: string | null }[];
    expect(row.link_preview).toBeNull();
  });
});

it('withdraws the image of a public list made unlisted, so its names stop being reachable', async () => {
  const registry = await createRegistry(owner, { coupleNames: 'Ivo & Jun' });
  const file = await recordedPreview(registry.id);
  expect((await get(`/media/${file}`)).status).toBe(200);
  await owner.agent().patch(`/api/registries/${registry.id}`).send({ visibility: 'unlisted' }).expect(200);
  await eventually(async () => ((await get(`/media/${file}`)).status === 404 ? true : undefined), 'the old preview to go');
  await sleep(2100);
  const page = await get(`/r/${registry.slug}`);
  expect(page.text).not.toContain('Ivo');
  expect(meta(page.text, 'og:image')).toBe('http://localhost/og-image.png');
});

it('answers an unknown list with 404 and the app (which says so itself)', async () => {
  const page = await get('/r/no-such-couple');
  expect(page.status).toBe(404);
  expect(page.headers['content-type']).toMatch(/^text\/html/);
  expect(page.text).toContain('<div id="root">');
  expect(page.text).toContain('<title>WhisperGifts</title>');
});

it("shows the list's meta at / on the couple's own domain", async () => {
  const registry = await createRegistry(owner, { coupleNames: 'Kit & Lou' });
  await routeDomain(api, registry.id, 'gifts.kit-and-lou.example');
  const page = await get('/', { host: 'gifts.kit-and-lou.example' });
  expect(page.status).toBe(200);
  expect(meta(page.text, 'og:title')).toBe('Kit & Lou · WhisperGifts');
  // Our own host keeps the landing page.
  const landing = await get('/');
  expect(landing.text).toContain('<title>WhisperGifts</title>');
  expect(landing.headers['cache-control']).toBe('no-cache');
});

describe("crawlers' and browsers' own files", () => {
  it('serves a real robots.txt, favicon.ico, touch icon and web app manifest', async () => {
    const robots = await get('/robots.txt');
    expect(robots.headers['content-type']).toMatch(/^text\/plain/);
    expect(robots.text).toMatch(/^User-agent: \*$/m);
    expect(robots.text).toMatch(/^Disallow: \/dashboard$/m);
    const favicon = await get('/favicon.ico');
    expect(favicon.headers['content-type']).toBe('image/x-icon');
    expect(favicon.body.readUInt16LE(2)).toBe(1); // an icon resource
    const touch = await get('/apple-touch-icon.png');
    expect((await sharp(touch.body).metadata()).width).toBe(180);
    const manifest = await get('/manifest.webmanifest');
    expect(manifest.headers['content-type']).toBe('application/manifest+json');
    expect(manifest.json()).toMatchObject({ name: 'WhisperGifts', icons: expect.arrayContaining([expect.objectContaining({ sizes: '512x512' })]) });
    for (const response of [robots, favicon, touch, manifest]) expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});

describe('when the API is down', () => {
  it('serves a cached public page stale, and the static shell for everything else', async () => {
    const cached = await createRegistry(owner, { coupleNames: 'Mo & Nia' });
    const never = await createRegistry(owner, { coupleNames: 'Oz & Pam' });
    const locked = await createRegistry(owner, { coupleNames: 'Quin Hidden & Rue' });
    await get(`/r/${cached.slug}`);
    await get(`/r/${locked.slug}`);
    expect((await get(`/r/${locked.slug}`)).headers['x-cache-status']).toBe('HIT');
    await owner.agent().patch(`/api/registries/${locked.id}`).send({ visibility: 'password', password: 'open sesame' }).expect(200);

    await worker.close();
    await api2.app.close();
    await api.app.close();
    await sleep(2100);

    const stale = await get(`/r/${cached.slug}`);
    expect(stale.status).toBe(200);
    expect(stale.headers['x-cache-status']).toBe('STALE');
    expect(meta(stale.text, 'og:title')).toBe('Mo & Nia · WhisperGifts');

    // Never asked for: the app itself, without the meta, so the guest still gets the list once the API is back.
    const shell = await get(`/r/${never.slug}`);
    expect(shell.status).toBe(200);
    expect(shell.headers['content-type']).toMatch(/^text\/html/);
    expect(shell.headers['cache-control']).toBe('no-cache');
    expect(shell.text).toContain('<title>WhisperGifts</title>');
    expect(shell.text).toContain('<div id="root">');

    // Made private after it was cached: never the old copy with the names.
    const hidden = await get(`/r/${locked.slug}`);
    expect(hidden.status).toBe(200);
    expect(hidden.text).not.toContain('Quin Hidden');
    expect(hidden.text).toContain('<title>WhisperGifts</title>');
  });
});
