import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { QUEUES } from '../src/queues/queues';
import { TestRegistry, TestUser, createItem, createRegistry, createUser } from './support/factories';
import {
  EXIF_MARKER,
  eventually,
  metadataLeftIn,
  photoWithExif,
  photoWithMetadata,
  smallWebp,
  temporaryMediaDir,
  transparentPng,
} from './support/image-fixtures';
import { expectMatchesSpec } from './support/openapi-contract';
import { TestApp, startTestApp } from './support/test-app';
import { startTestWorker } from './support/test-worker';

/** Uploads, the worker's thumbnails, what the API shows meanwhile, and the files left behind (none). */
const MEDIA_URL = 'https://media.example/m';
let media: Awaited<ReturnType<typeof temporaryMediaDir>>;
let t: TestApp;
let worker: INestApplicationContext | undefined;
beforeAll(async () => {
  media = await temporaryMediaDir();
  t = await startTestApp({ MEDIA_DIR: media.path, MEDIA_URL });
});
afterAll(async () => {
  await worker?.close();
  await t.close();
  await media.remove();
});

/** The first test watches the API before any worker runs; the others need one. */
async function ensureWorker(): Promise<void> {
  worker ??= await startTestWorker(t);
}

const ITEM_IMAGE = '/api/registries/{registryId}/items/{itemId}/image';
const HEADER_IMAGE = '/api/registries/{registryId}/header-image';

interface Thumbnail {
  width: number;
  height: number;
  webp: string;
  jpeg: string;
}
interface Image {
  url: string;
  width: number;
  height: number;
  thumbnails: Thumbnail[];
}

const itemImagePath = (registry: { id: string }, item: { id: string }) => `/api/registries/${registry.id}/items/${item.id}/image`;
const headerImagePath = (registry: { id: string }) => `/api/registries/${registry.id}/header-image`;
const fileOf = (url: string) => {
  expect(url.startsWith(`${MEDIA_URL}/`)).toBe(true);
  return join(media.path, url.slice(MEDIA_URL.length + 1));
};

async function itemImage(owner: TestUser, registry: TestRegistry, itemId: string): Promise<Image | null> {
  const items = (await owner.agent().get(`/api/registries/${registry.id}/items`).expect(200)).body as { id: string; image: Image | null }[];
  return items.find((i) => i.id === itemId)!.image;
}

async function registryOf(owner: TestUser, registry: TestRegistry): Promise<{ version: number; headerImage: Image | null }> {
  return (await owner.agent().get(`/api/registries/${registry.id}`).expect(200)).body;
}

async function giftList(registry: TestRegistry) {
  return (await t.http().get(`/api/public/registries/${registry.slug}`).expect(200)).body as {
    registry: { headerImage: Image | null };
    items: { id: string; image: Image | null }[];
  };
}

async function thumbnailsOf(owner: TestUser, registry: TestRegistry, itemId: string): Promise<Image> {
  return eventually(async () => {
    const image = await itemImage(owner, registry, itemId);
    return image?.thumbnails.length ? image : undefined;
  }, 'the thumbnails');
}

/** Red, as in the fixture's marker square (JPEG and WebP shift colours a little). */
async function isRedAt(file: string, left: number, top: number): Promise<boolean> {
  const [r, g, b] = await sharp(file).extract({ left, top, width: 1, height: 1 }).removeAlpha().raw().toBuffer();
  return r > 200 && g < 60 && b < 60;
}

it('shows the original until the worker has made the thumbnails, then only the upright, metadata-free thumbnails', async () => {
  const owner = await createUser(t);
  const registry = await createRegistry(owner);
  const item = await createItem(owner, registry, { name: 'Picnic basket' });
  const before = await registryOf(owner, registry);
  const photo = await photoWithExif();
  const original = await sharp(photo).metadata();
  expect(original).toMatchObject({ width: 1600, height: 1000, orientation: 6 });
  expect(original.exif?.includes(EXIF_MARKER)).toBe(true);

  expect(await metadataLeftIn(photo)).toEqual(expect.arrayContaining(['exif', 'xmp', 'iptc', 'orientation', 'bytes "Exif"']));

  // No worker yet: the upload is answered with the original, a clean copy of the upload (see the next test).
  const response = await owner
    .agent()
    .put(itemImagePath(registry, item))
    .attach('file', photo, { filename: 'IMG_0001.jpg', contentType: 'image/jpeg' })
    .expect(200);
  expectMatchesSpec(response, 'PUT', ITEM_IMAGE);
  const pending = response.body.image as Image;
  expect(pending).toEqual({ url: expect.stringMatching(/\/[0-9a-f]{32}\.jpg$/), width: 1000, height: 1600, thumbnails: [] });
  expect(pending.url).not.toContain('IMG_0001');
  const served = await readFile(fileOf(pending.url));
  expect(served.equals(photo)).toBe(false);
  expect(await metadataLeftIn(served)).toEqual([]);
  expect(await sharp(served).metadata()).toMatchObject({ format: 'jpeg', width: 1000, height: 1600 });
  const originalName = pending.url.split('/').pop();
  expect(await t.db.query('SELECT image->>$2 AS original FROM items WHERE id = $1', [item.id, 'original'])).toEqual([{ original: originalName }]);
  // The upload went through RegistryWrites: the registry and the item have new versions.
  expect(response.body.version).toBe(item.version + 1);
  expect((await registryOf(owner, registry)).version).toBe(before.version + 1);
  expect(await itemImage(owner, registry, item.id)).toEqual(pending);
  expect((await giftList(registry)).items.find((i) => i.id === item.id)?.image).toEqual(pending);

  await ensureWorker();
  const ready = await thumbnailsOf(owner, registry, item.id);
  // Upright 1000 × 1600: the 1200 width would be an enlargement, so the widest is the image's own width.
  expect(ready.thumbnails.map(({ width, height }) => [width, height])).toEqual([
    [160, 256],
    [480, 768],
    [800, 1280],
    [1000, 1600],
  ]);
  expect(ready).toMatchObject({ url: ready.thumbnails.at(-1)!.jpeg, width: 1000, height: 1600 });
  expect(JSON.stringify(ready)).not.toContain(originalName);
  for (const thumbnail of ready.thumbnails) {
    expect(thumbnail.webp).toMatch(new RegExp(`/[0-9a-f]{32}-${thumbnail.width}\\.webp$`));
    expect(thumbnail.jpeg).toMatch(new RegExp(`/[0-9a-f]{32}-${thumbnail.width}\\.jpg$`));
    for (const [url, format] of [
      [thumbnail.webp, 'webp'],
      [thumbnail.jpeg, 'jpeg'],
    ] as const) {
      const file = fileOf(url);
      const metadata = await sharp(file).metadata();
      expect({ url, format: metadata.format, width: metadata.width, height: metadata.height }).toEqual({
        url,
        format,
        width: thumbnail.width,
        height: thumbnail.height,
      });
      // No EXIF (so no GPS and no orientation), XMP or IPTC, and the description is nowhere in the file.
      expect([metadata.exif, metadata.xmp, metadata.iptc, metadata.orientation]).toEqual([undefined, undefined, undefined, undefined]);
      expect((await readFile(file)).includes(EXIF_MARKER)).toBe(false);
      // Turned upright: the red square is now top right, not top left.
      expect(await isRedAt(file, thumbnail.width - 3, 2)).toBe(true);
      expect(await isRedAt(file, 2, 2)).toBe(false);
    }
  }
  // The worker recorded them through RegistryWrites: a new version, and guests see them at once.
  expect((await registryOf(owner, registry)).version).toBe(before.version + 2);
  expect((await giftList(registry)).items.find((i) => i.id === item.id)?.image).toEqual(ready);
});

it.each([
  ['jpeg', 'jpeg', 'jpg'],
  ['png', 'png', 'png'],
  ['webp', 'webp', 'webp'],
  // AVIF is kept as JPEG: encoding AVIF costs ~30 s of CPU per 12 MP photo (HEIC, which sharp cannot write, likewise).
  ['avif', 'jpeg', 'jpg'],
] as const)('serves a %s original upright and without EXIF, GPS, XMP or IPTC from the moment of upload', async (format, kept, extension) => {
  const owner = await createUser(t);
  const registry = await createRegistry(owner);
  const item = await createItem(owner, registry);
  const photo = await photoWithMetadata(format, 320, 200);
  expect(await metadataLeftIn(photo)).toEqual(expect.arrayContaining(['exif', 'xmp']));
  const response = await owner.agent().put(itemImagePath(registry, item)).attach('file', photo, `photo.${format}`).expect(200);
  const pending = response.body.image as Image;
  expect(pending).toMatchObject({ url: expect.stringMatching(new RegExp(`/[0-9a-f]{32}\\.${extension}$`)), width: 200, height: 320 });
  // The URL guests get (the public gift list) leads to these bytes.
  expect((await giftList(registry)).items.find((i) => i.id === item.id)?.image?.url).toBe(pending.url);
  const served = await readFile(fileOf(pending.url));
  expect(await metadataLeftIn(served)).toEqual([]);
  expect(await sharp(served).metadata()).toMatchObject({ format: kept, width: 200, height: 320 });
  // Turned upright by applying the orientation, not by dropping it: the red square is top right.
  expect(await isRedAt(fileOf(pending.url), 200 - 3, 2)).toBe(true);
  expect(await isRedAt(fileOf(pending.url), 2, 2)).toBe(false);
  // Nothing else was kept: no copy of the upload under another name.
  expect((await media.files()).filter((f) => f.startsWith('.incoming-'))).toEqual([]);
});

it('keeps a transparent AVIF as WebP, transparency and all', async () => {
  const owner = await createUser(t);
  const registry = await createRegistry(owner);
  const avif = await sharp({ create: { width: 120, height: 80, channels: 4, background: { r: 0, g: 160, b: 80, alpha: 0.5 } } })
    .avif({ effort: 0 })
    .toBuffer();
  const response = await owner.agent().put(headerImagePath(registry)).attach('file', avif, 'logo.avif').expect(200);
  const served = await readFile(fileOf((response.body.headerImage as Image).url));
  expect(await sharp(served).metadata()).toMatchObject({ format: 'webp', width: 120, height: 80, hasAlpha: true });
  expect(await metadataLeftIn(served)).toEqual([]);
});

it('gives a registry a header image: PNG transparency kept in WebP, on white in JPEG', async () => {
  await ensureWorker();
  const owner = await createUser(t);
  const registry = await createRegistry(owner);
  const response = await owner
    .agent()
    .put(headerImagePath(registry))
    .attach('file', await transparentPng(), 'header.png')
    .expect(200);
  expectMatchesSpec(response, 'PUT', HEADER_IMAGE);
  expect(response.body.headerImage).toEqual({ url: expect.stringMatching(/\/[0-9a-f]{32}\.png$/), width: 1300, height: 900, thumbnails: [] });
  expect(response.body.version).toBe(registry.version + 1);
  expect((await giftList(registry)).registry.headerImage).toEqual(response.body.headerImage);

  const ready = await eventually(async () => {
    const image = (await registryOf(owner, registry)).headerImage;
    return image?.thumbnails.length ? image : undefined;
  }, 'the header thumbnails');
  expect(ready.thumbnails.map((th) => [th.width, th.height])).toEqual([
    [160, 111],
    [480, 332],
    [800, 554],
    [1200, 831],
  ]);
  const webp = await sharp(fileOf(ready.thumbnails[0].webp)).metadata();
  const jpeg = await sharp(fileOf(ready.thumbnails[0].jpeg)).metadata();
  expect([webp.hasAlpha, jpeg.hasAlpha, jpeg.channels]).toEqual([true, false, 3]);
  expect((await giftList(registry)).registry.headerImage).toEqual(ready);
});

it('never enlarges a small image', async () => {
  await ensureWorker();
  const owner = await createUser(t);
  const registry = await createRegistry(owner);
  const item = await createItem(owner, registry);
  await owner
    .agent()
    .put(itemImagePath(registry, item))
    .attach('file', await smallWebp(), 'small.webp')
    .expect(200);
  const ready = await thumbnailsOf(owner, registry, item.id);
  expect(ready.thumbnails.map((th) => [th.width, th.height])).toEqual([
    [160, 107],
    [300, 200],
  ]);
  expect(await sharp(fileOf(ready.url)).metadata()).toMatchObject({ format: 'jpeg', width: 300, height: 200 });
});

describe('files of replaced and removed images', () => {
  async function uploadedAndReady(owner: TestUser, registry: TestRegistry, itemId: string): Promise<string[]> {
    await owner
      .agent()
      .put(itemImagePath(registry, { id: itemId }))
      .attach('file', await smallWebp(), 'small.webp')
      .expect(200);
    const ready = await thumbnailsOf(owner, registry, itemId);
    const [{ original }] = (await t.db.query(`SELECT image->>'original' AS original FROM items WHERE id = $1`, [itemId])) as { original: string }[];
    const files = [original, ...ready.thumbnails.flatMap((th) => [th.webp, th.jpeg].map((url) => url.split('/').pop()!))];
    expect(await media.files()).toEqual(expect.arrayContaining(files));
    return files;
  }

  const gone = (files: string[]) => eventually(async () => ((await media.files()).some((f) => files.includes(f)) ? undefined : true), 'the files to go');

  beforeAll(ensureWorker);

  it('deletes the old files when an image is replaced or removed', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    const item = await createItem(owner, registry);
    const first = await uploadedAndReady(owner, registry, item.id);
    const second = await uploadedAndReady(owner, registry, item.id);
    await gone(first);
    expect(await media.files()).toEqual(expect.arrayContaining(second));

    const removed = await owner.agent().delete(itemImagePath(registry, item)).expect(200);
    expectMatchesSpec(removed, 'DELETE', ITEM_IMAGE);
    expect(removed.body.image).toBeNull();
    await gone(second);
    expect((await giftList(registry)).items[0].image).toBeNull();
  });

  it('deletes the files of a deleted item, and of a deleted registry and its items', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    const [kept, deleted] = [await createItem(owner, registry), await createItem(owner, registry)];
    const deletedFiles = await uploadedAndReady(owner, registry, deleted.id);
    const keptFiles = await uploadedAndReady(owner, registry, kept.id);
    await owner.agent().delete(`/api/registries/${registry.id}/items/${deleted.id}`).expect(204);
    await gone(deletedFiles);
    expect(await media.files()).toEqual(expect.arrayContaining(keptFiles));

    await owner
      .agent()
      .put(headerImagePath(registry))
      .attach('file', await smallWebp(), 'header.webp')
      .expect(200);
    const header = await eventually(async () => {
      const image = (await registryOf(owner, registry)).headerImage;
      return image?.thumbnails.length ? image : undefined;
    }, 'the header thumbnails');
    await owner.agent().delete(`/api/registries/${registry.id}`).expect(204);
    await gone([...keptFiles, ...header.thumbnails.map((th) => th.webp.split('/').pop()!)]);
  });

  it('removes a header image, even before its thumbnails are made', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    await owner
      .agent()
      .put(headerImagePath(registry))
      .attach('file', await smallWebp(), 'header.webp')
      .expect(200);
    const [{ keys }] = (await t.db.query(`SELECT ARRAY[header_image->>'original', header_image->>'thumbnailKey'] AS keys FROM registries WHERE id = $1`, [
      registry.id,
    ])) as { keys: string[] }[];
    const removed = await owner.agent().delete(headerImagePath(registry)).expect(200);
    expectMatchesSpec(removed, 'DELETE', HEADER_IMAGE);
    expect(removed.body.headerImage).toBeNull();
    expect(removed.body.version).toBeGreaterThanOrEqual(registry.version + 2);
    expect((await giftList(registry)).registry.headerImage).toBeNull();
    // Whichever of the thumbnails job and the delete job runs last, no file of the image is left.
    await imagesSettled();
    expect((await media.files()).filter((f) => keys.some((key) => f.startsWith(key.slice(0, 32))))).toEqual([]);
  });
});

/** Until no outbox event waits for relay and the images queue has nothing left to run. */
async function imagesSettled(): Promise<void> {
  const queue = worker!.get<Queue>(getQueueToken(QUEUES.images), { strict: false });
  await eventually(async () => {
    const [{ pending }] = (await t.db.query('SELECT count(*)::int AS pending FROM outbox_events WHERE relayed_at IS NULL')) as { pending: number }[];
    const jobs = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    return pending + Object.values(jobs).reduce((a, b) => a + b, 0) === 0 ? true : undefined;
  }, 'the images queue to settle');
}
