import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { launchChromium, PHONE } from '../../e2e/support/chromium';
import { Edge, freePort } from '../../e2e/support/nginx';
import { apiEnvironment, startServer, stopAll } from '../cache/servers';
import { createDatabase, deleteRedisKeys, dropDatabase, newScratch } from '../cache/setup';

/**
 * `npm run screenshot:landing`: the landing page's picture of a guest list on a phone, made from the real thing: the
 * example list (DEMO_REGISTRY) in the built web app behind the edge, in Chromium at 390×844 and 2× pixels, then
 * written as WebP and JPEG at two widths into apps/web/public/landing/ (the page's srcset). Rerun after the guest
 * page's look changes: `npm run build:web && npm run screenshot:landing`.
 */
const ROOT = resolve(__dirname, '..', '..');
const DIST = join(ROOT, 'apps', 'web', 'dist');
const OUT = join(ROOT, 'apps', 'web', 'public', 'landing');
export const WIDTHS = [300, 600];

async function main(): Promise<void> {
  const scratch = newScratch();
  let edge: Edge | undefined;
  const browser = await launchChromium();
  try {
    await createDatabase(scratch);
    const port = await freePort();
    const webUrl = `http://127.0.0.1:${port}`;
    mkdirSync(scratch.mediaDir, { recursive: true, mode: 0o755 });
    const api = await startServer('api', 'api-server.ts', {
      ...apiEnvironment(scratch),
      PUBLIC_URL: webUrl,
      MEDIA_URL: `${webUrl}/media`,
      TRUST_PROXY: 'loopback',
      DEMO_REGISTRY: 'true',
    });
    edge = await Edge.start({ apiPorts: [Number(new URL(api.url).port)], webRoot: DIST, mediaRoot: scratch.mediaDir, port });
    const context = await browser.newContext({ ...PHONE, baseURL: edge.url, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto('/r/example-ana-and-ben');
    await page.locator('ul.gift-grid > li').nth(3).waitFor();
    const png = await page.screenshot({ type: 'png' });
    mkdirSync(OUT, { recursive: true });
    for (const width of WIDTHS) {
      const resized = sharp(png).resize({ width });
      await resized
        .clone()
        .webp({ quality: 80 })
        .toFile(join(OUT, `guest-list-phone-${width}.webp`));
      await resized
        .clone()
        .jpeg({ quality: 82, mozjpeg: true })
        .toFile(join(OUT, `guest-list-phone-${width}.jpg`));
    }
    const { width, height } = await sharp(png).metadata();
    console.log(`wrote apps/web/public/landing/guest-list-phone-{${WIDTHS.join(',')}}.{webp,jpg} from a ${width}×${height} screenshot`);
  } finally {
    await browser.close();
    await edge?.stop();
    await stopAll();
    await deleteRedisKeys(scratch.redisKeyPrefix).catch(() => 0);
    await dropDatabase(scratch).catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
