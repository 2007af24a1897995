import type { INestApplicationContext } from '@nestjs/common';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import type { Response } from 'supertest';
import { TestRegistry, TestUser, createRegistry, createUser } from './support/factories';
import { eventually, photoWithMetadata } from './support/image-fixtures';
import { expectMatchesSpec } from './support/openapi-contract';
import { routeDomain, setPlan } from './support/plans';
import { decodeQrPng } from './support/qr';
import { TestApp, startTestApp } from './support/test-app';
import { startTestWorker } from './support/test-worker';

/**
 * Printed guest cards end to end: the API queues a render through the outbox, the real worker draws the PDF, and the
 * test reads it the way a printer and a phone would: poppler's pdfinfo/pdftotext/pdftoppm, then a QR decoder on the
 * page's pixels.
 */
const run = promisify(execFile);
let t: TestApp;
let worker: INestApplicationContext;
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'wg-cards-'));
  t = await startTestApp({ RATE_LIMIT_GUEST_CARDS: '4/3600' });
  worker = await startTestWorker(t);
});

afterAll(async () => {
  await worker?.close();
  await t?.close();
  await rm(scratch, { recursive: true, force: true });
});

const PROBLEMS = 'https://whispergifts.com/problems/';
const expectProblem = (response: Response, status: number, type: string) => {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ type: PROBLEMS + type, status });
};
const cards = (registry: TestRegistry) => `/api/registries/${registry.id}/guest-cards`;

interface Render {
  id: string;
  status: string;
  url: string | null;
  previewUrl: string | null;
}

async function premiumCouple(fields: Record<string, unknown> = {}): Promise<{ owner: TestUser; registry: TestRegistry }> {
  const owner = await createUser(t);
  const registry = await createRegistry(owner, { coupleNames: 'Ana & Ben', eventDate: '2027-06-12', ...fields });
  await setPlan(t, registry.id, 'premium');
  return { owner, registry };
}

async function renderAndWait(owner: TestUser, registry: TestRegistry, body: Record<string, unknown>): Promise<Render> {
  const started = await owner.agent().post(cards(registry)).send(body).expect(202);
  expectMatchesSpec(started, 'POST', '/api/registries/{registryId}/guest-cards');
  const { id } = started.body as { id: string };
  return eventually(async () => {
    const response = await owner
      .agent()
      .get(`${cards(registry)}/${id}`)
      .expect(200);
    expectMatchesSpec(response, 'GET', '/api/registries/{registryId}/guest-cards/{id}');
    const render = response.body as Render;
    return render.status === 'rendering' ? undefined : render;
  }, 'the guest cards');
}

/** The file a media URL names, under the app's MEDIA_DIR (what nginx would serve). */
const fileOf = (url: string) => join(t.config.mediaDir, url.slice(t.config.mediaUrl.length + 1));

async function pdfFacts(pdfPath: string) {
  const info = (await run('pdfinfo', [pdfPath])).stdout;
  const text = (await run('pdftotext', ['-layout', pdfPath, '-'])).stdout;
  await run('pdftoppm', ['-png', '-r', '150', '-singlefile', pdfPath, join(scratch, 'page')]);
  const page = await readFile(join(scratch, 'page.png'));
  return { info, text, page };
}

/** The QR code of the top-left card, cut out of the page as a phone camera would frame it. */
async function firstQr(page: Buffer, perPage: 4 | 8): Promise<string | null> {
  const { width, height } = await sharp(page).metadata();
  const card = await sharp(page)
    .extract({ left: 0, top: 0, width: Math.round(width / 2), height: Math.round(height / (perPage / 2)) + 40 })
    .toBuffer();
  return decodeQrPng(card);
}

it('draws an A4 sheet of four cards with the names, date, message, photo, address and a QR code to the list', async () => {
  const { owner, registry } = await premiumCouple();
  await owner
    .agent()
    .put(`/api/registries/${registry.id}/header-image`)
    .attach('file', await photoWithMetadata('jpeg', 1600, 900), 'us.jpg')
    .expect(200);
  const render = await renderAndWait(owner, registry, { paper: 'a4', perPage: 4, theme: 'garden', message: 'We would love you to celebrate with us.' });
  expect(render).toMatchObject({ status: 'ready', url: expect.stringMatching(/\/media\/guest-cards\/[0-9a-f]{32}\.pdf$/) });
  expect(render.url!.startsWith(`${t.config.mediaUrl}/guest-cards/`)).toBe(true);

  const pdf = fileOf(render.url!);
  const pdfBytes = await readFile(pdf);
  expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfBytes.length).toBeLessThan(1_500_000);
  const { info, text, page } = await pdfFacts(pdf);
  expect(info).toMatch(/Pages:\s+1\n/);
  expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  for (const words of ['OUR GIFT LIST', 'Ana & Ben', '12 June 2027', 'We would love you to celebrate with us.', `localhost:3000/r/${registry.slug}`]) {
    expect(text.split(words).length - 1).toBe(4);
  }
  expect(await firstQr(page, 4)).toBe(`${t.config.publicUrl}/r/${registry.slug}`);
  // The header photo is embedded once, whatever the number of cards.
  const placements = (await run('pdfimages', ['-list', pdf])).stdout.trim().split('\n').slice(2);
  expect(placements).toHaveLength(4);
  expect(new Set(placements.map((line) => line.trim().split(/\s+/)[10])).size).toBe(1);
  // Crop marks: the corners of the page stay white, the margin has dark ticks in line with the middle trim line.
  const { data, info: png } = await sharp(page).greyscale().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) => data[Math.round(y) * png.width + Math.round(x)];
  expect(at(5, 5)).toBe(255);
  const middle = png.width / 2;
  const tickRow = (36 - 4 - 7) * (150 / 72);
  expect(Math.min(at(middle - 1, tickRow), at(middle, tickRow), at(middle + 1, tickRow))).toBeLessThan(128);

  expect(render.previewUrl).toMatch(/\/media\/guest-cards\/[0-9a-f]{32}\.png$/);
  expect(await sharp(await readFile(fileOf(render.previewUrl!))).metadata()).toMatchObject({ format: 'png' });
});

it('draws a Letter sheet of eight cards pointing at the verified custom domain', async () => {
  const { owner, registry } = await premiumCouple({ coupleNames: 'Zoë & Chloé' });
  await routeDomain(t, registry.id, 'gifts.zoe-and-chloe.example');
  await setPlan(t, registry.id, 'premium');
  const render = await renderAndWait(owner, registry, { paper: 'letter', perPage: 8, heading: 'Our wishes' });
  const { info, text, page } = await pdfFacts(fileOf(render.url!));
  expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  expect(text.split('Zoë & Chloé').length - 1).toBe(8);
  expect(text.split('OUR WISHES').length - 1).toBe(8);
  expect(await firstQr(page, 8)).toBe('http://gifts.zoe-and-chloe.example/');
});

it('speaks the registry language: a Spanish list gets the Spanish heading and date, its title in the PDF, text poppler reads', async () => {
  const { owner, registry } = await premiumCouple({ language: 'es', coupleNames: 'Lucía & Íñigo', title: 'Nuestra boda' });
  const render = await renderAndWait(owner, registry, { paper: 'a4', perPage: 4, message: '¡Gracias por acompañarnos!' });
  const { info, text } = await pdfFacts(fileOf(render.url!));
  for (const words of ['Lucía & Íñigo', '12 de junio de 2027', '¡Gracias por acompañarnos!']) expect(text.split(words).length - 1).toBe(4);
  // The heading's letter spacing reads back as spaces between letters.
  expect(text.replace(/ /g, '').split('NUESTRALISTADEBODAS').length - 1).toBe(4);
  expect(info).toMatch(/Title:\s+Tarjetas para los invitados: Nuestra boda\n/);
});

it('draws an Arabic list in a font with Arabic glyphs, shaped, right to left', async () => {
  const { owner, registry } = await premiumCouple({ language: 'ar', coupleNames: 'ليلى وسامي' });
  const render = await renderAndWait(owner, registry, { paper: 'a4', perPage: 4, message: 'يسعدنا أن تشاركونا فرحتنا' });
  const pdf = fileOf(render.url!);
  const { text } = await pdfFacts(pdf);
  // pdftotext reads the page right to left: drawn in visual order, the words come back as written.
  for (const words of ['قائمة هدايانا', 'ليلى وسامي', 'يونيو', 'يسعدنا أن تشاركونا فرحتنا']) expect(text.split(words).length - 1).toBe(4);
  expect((await run('pdffonts', [pdf])).stdout).toMatch(/DejaVuSans/);
});

it('is Premium only, private to the couple, and refuses bad choices', async () => {
  const owner = await createUser(t);
  const registry = await createRegistry(owner);
  const free = await owner.agent().post(cards(registry)).send({ paper: 'a4', perPage: 4 });
  expectProblem(free, 403, 'plan-limit');
  expect(free.body).toMatchObject({ feature: 'guestCards', requiredPlan: 'premium' });
  expectMatchesSpec(free, 'POST', '/api/registries/{registryId}/guest-cards');
  await setPlan(t, registry.id, 'standard');
  expectProblem(await owner.agent().post(cards(registry)).send({ paper: 'a4', perPage: 4 }), 403, 'plan-limit');
  await setPlan(t, registry.id, 'premium');

  for (const body of [
    { paper: 'a3', perPage: 4 },
    { paper: 'a4', perPage: 6 },
    { paper: 'a4', perPage: 4, message: 'x'.repeat(241) },
    { paper: 'a4', perPage: 4, theme: 'neon' },
    {},
  ]) {
    expectProblem(await owner.agent().post(cards(registry)).send(body), 400, 'validation-error');
  }
  const { id } = (await owner.agent().post(cards(registry)).send({ paper: 'a4', perPage: 4 }).expect(202)).body as { id: string };
  const stranger = await createUser(t);
  expectProblem(await stranger.agent().get(`${cards(registry)}/${id}`), 404, 'not-found');
  expectProblem(await stranger.agent().post(cards(registry)).send({ paper: 'a4', perPage: 4 }), 404, 'not-found');
  const other = await createRegistry(owner);
  expectProblem(await owner.agent().get(`${cards(other)}/${id}`), 404, 'not-found');
  expectProblem(await owner.agent().get(`${cards(registry)}/00000000-0000-4000-8000-000000000000`), 404, 'not-found');
});

it('keeps the latest three renders, deletes the files of older ones, and bounds renders per hour', async () => {
  const { owner, registry } = await premiumCouple();
  const first = await renderAndWait(owner, registry, { paper: 'a4', perPage: 8 });
  for (let i = 0; i < 3; i++) await renderAndWait(owner, registry, { paper: 'a4', perPage: 4 });
  const list = await owner.agent().get(cards(registry)).expect(200);
  expectMatchesSpec(list, 'GET', '/api/registries/{registryId}/guest-cards');
  expect(list.body).toHaveLength(3);
  expect((list.body as Render[]).map((r) => r.id)).not.toContain(first.id);
  await eventually(() => Promise.resolve(existsSync(fileOf(first.url!)) || existsSync(fileOf(first.previewUrl!)) ? undefined : true), 'the old files to go');
  const limited = await owner.agent().post(cards(registry)).send({ paper: 'a4', perPage: 4 });
  expectProblem(limited, 429, 'too-many-requests');
  expect(limited.headers['retry-after']).toMatch(/^\d+$/);
});
