import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import sharp from 'sharp';
import { launchChromium, PHONE } from '../../e2e/support/chromium';
import { Edge, freePort } from '../../e2e/support/nginx';
import { machineBusy } from '../cache/cpu';
import { percentile } from '../cache/load';
import { cpuModel, writeResultFiles } from '../cache/report';
import { apiEnvironment, startServer, stopAll } from '../cache/servers';
import { ITEM_COUNT, createDatabase, deleteRedisKeys, dropDatabase, newScratch, seed } from '../cache/setup';
import { LIGHTHOUSE_TARGETS, lighthouse, medianRun, type LighthouseFigures } from './lighthouse';

/**
 * `npm run bench:web`: what a guest's browser downloads and how soon the gift list shows. The built SPA
 * (apps/web/dist) behind Debian's nginx with the repository's edge config, the real API behind it with one
 * registry of 200 items, driven in Debian's Chromium. Prints the gzipped JavaScript and CSS of the landing page
 * and of the guest route against their budgets, and navigation-to-list-painted and first contentful paint over
 * fresh browser contexts (a cold browser cache) against a warm API. Prints; never fails on a budget or a stopwatch.
 */
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 15);
/** Lighthouse runs per page; the median one is reported. */
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_WEB_LIGHTHOUSE_RUNS ?? 3);
const WARMUP_RUNS = 3;
const BUDGET_KB = { landing: 100, guest: 150 };
const ROOT = resolve(__dirname, '..', '..');
const DIST = join(ROOT, 'apps', 'web', 'dist');
const RESULTS_FILE = join(ROOT, 'bench', 'results', 'web.json');
const START = '<!-- bench:web:start -->';
const END = '<!-- bench:web:end -->';

const t0 = performance.now();
const log = (message: string) => console.log(`[bench:web +${((performance.now() - t0) / 1000).toFixed(1)}s] ${message}`);

interface Download {
  path: string;
  /** The file as built. */
  bytes: number;
  /** Gzipped: the build's precompressed .gz (what nginx sends with gzip_static), or gzip -9 of a file too small to have one. */
  gzipBytes: number;
  /** The response body as it came over the wire (Chromium's own count). */
  wireBytes: number;
}

interface PageWeight {
  path: string;
  js: Download[];
  css: Download[];
  jsGzipKb: number;
  cssGzipKb: number;
  budgetKb: number;
  withinBudget: boolean;
}

interface Stats {
  median: number;
  p90: number;
  min: number;
  max: number;
}

interface Navigation {
  /** The HTML's response ended. */
  htmlMs: number;
  firstContentfulPaintMs: number;
  /** The gift list's request (GET /api/public/registries/{slug}) started: once the route's code has loaded. */
  listRequestMs: number;
  /** Its response ended. */
  listResponseMs: number;
  /** All 200 cards are in the document. */
  listInDomMs: number;
  /** The frame that shows them is painted. */
  listPaintedMs: number;
}

interface WebResults {
  benchmark: 'web';
  date: string;
  machine: { node: string; cpu: string; cores: number; chromium: string; busyBefore: number | null; loadavgBefore: number[]; loadavgAfter: number[] };
  settings: { runs: number; warmupRuns: number; viewport: string };
  data: { items: number; activeReservations: number; listGzipBytes: number };
  weight: { landing: PageWeight; guest: PageWeight };
  guestList: Record<keyof Navigation, Stats>;
  navigations: Navigation[];
  lighthouse: { runs: number; landing: LighthouseFigures; guest: LighthouseFigures; all: LighthouseFigures[] };
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Opens `path` in a fresh context (nothing cached), waits for the `ready` element and a quiet network, and lists the JS and CSS it downloaded. */
async function pageWeight(browser: Browser, baseURL: string, path: string, ready: string, budgetKb: number): Promise<PageWeight> {
  const context = await browser.newContext({ ...PHONE, baseURL });
  const page = await context.newPage();
  const downloads: Promise<Download | null>[] = [];
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (url.origin !== baseURL || !/\.(js|css)$/.test(url.pathname)) return;
    downloads.push(
      request.sizes().then(({ responseBodySize }) => {
        const file = join(DIST, url.pathname);
        const content = readFileSync(file);
        const gzipBytes = existsSync(`${file}.gz`) ? readFileSync(`${file}.gz`).length : gzipSync(content, { level: 9 }).length;
        return { path: url.pathname, bytes: content.length, gzipBytes, wireBytes: responseBodySize };
      }),
    );
  });
  await page.goto(path);
  await page.locator(ready).waitFor();
  // A loaded machine can take a while to go quiet.
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  const files = (await Promise.all(downloads)).filter((d): d is Download => d !== null);
  await context.close();
  const js = files.filter((f) => f.path.endsWith('.js'));
  const css = files.filter((f) => f.path.endsWith('.css'));
  const jsGzipKb = kb(js.reduce((sum, f) => sum + f.gzipBytes, 0));
  return { path, js, css, jsGzipKb, cssGzipKb: kb(css.reduce((sum, f) => sum + f.gzipBytes, 0)), budgetKb, withinBudget: jsGzipKb <= budgetKb };
}

/**
 * Runs in the page before its own scripts: notes first contentful paint, the moment all `expected` gift cards are
 * in the document, and the end of the frame that paints them (a message posted from requestAnimationFrame is
 * handled after that frame's rendering). Times are performance.now(): milliseconds since navigation start.
 * `window.__wgBenchDone` settles when both are known. (Plain strings, evaluated over the DevTools protocol: the
 * edge's Content-Security-Policy forbids eval, which Playwright's waitForFunction would need for them.)
 */
const observeList = (expected: number) => `(() => {
  const marks = (window.__wgBench = {});
  let done;
  window.__wgBenchDone = new Promise((resolve) => (done = resolve));
  const settle = () => marks.listPaintedMs !== undefined && marks.firstContentfulPaintMs !== undefined && done();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') marks.firstContentfulPaintMs = entry.startTime;
    settle();
  }).observe({ type: 'paint', buffered: true });
  const observer = new MutationObserver(() => {
    if (document.querySelectorAll('ul.gift-grid > li').length < ${expected}) return;
    observer.disconnect();
    marks.listInDomMs = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        marks.listPaintedMs = performance.now();
        settle();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

const collectMarks = (slug: string) => `(() => {
  const marks = window.__wgBench;
  const html = performance.getEntriesByType('navigation')[0];
  const list = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === '/api/public/registries/${slug}');
  const cards = document.querySelectorAll('ul.gift-grid > li');
  return {
    htmlMs: html.responseEnd,
    firstContentfulPaintMs: marks.firstContentfulPaintMs,
    listRequestMs: list ? list.startTime : NaN,
    listResponseMs: list ? list.responseEnd : NaN,
    listInDomMs: marks.listInDomMs,
    listPaintedMs: marks.listPaintedMs,
    cards: cards.length,
    lastCardHeight: cards.length ? cards[cards.length - 1].getBoundingClientRect().height : 0,
  };
})()`;

/** One guest on a phone with an empty browser cache opens the list; the times of that navigation. */
async function navigate(browser: Browser, options: BrowserContextOptions, slug: string): Promise<Navigation> {
  const context = await browser.newContext(options);
  try {
    await context.addInitScript({ content: observeList(ITEM_COUNT) });
    const page = await context.newPage();
    await page.goto(`/r/${slug}`, { waitUntil: 'commit' });
    await page.evaluate('window.__wgBenchDone');
    const { cards, lastCardHeight, ...times } = (await page.evaluate(collectMarks(slug))) as Navigation & { cards: number; lastCardHeight: number };
    if (cards !== ITEM_COUNT || !(lastCardHeight > 0))
      throw new Error(`the list shows ${cards} cards (last one ${lastCardHeight} px high), expected ${ITEM_COUNT}`);
    return times;
  } finally {
    await context.close();
  }
}

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p90: percentile(sorted, 0.9), min: sorted[0], max: sorted[sorted.length - 1] };
}

/** The gift list's images: the seed names files that do not exist; a noisy picture per name, so guests see (and fetch) real images. */
async function writeMedia(mediaDir: string, mediaUrl: string, list: unknown): Promise<number> {
  const urls = new Set(JSON.stringify(list).match(new RegExp(`${mediaUrl}/[^"]+`, 'g')) ?? []);
  const picture = (format: 'jpeg' | 'webp') =>
    sharp({ create: { width: 480, height: 360, channels: 3, background: '#c9a3b0', noise: { type: 'gaussian', mean: 128, sigma: 20 } } })
      .toFormat(format, { quality: 70 })
      .toBuffer();
  const bytes = { jpeg: await picture('jpeg'), webp: await picture('webp') };
  for (const url of urls) {
    const file = join(mediaDir, url.slice(mediaUrl.length + 1));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, url.endsWith('.webp') ? bytes.webp : bytes.jpeg);
  }
  return urls.size;
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('apps/web/dist is missing: build the web app first with `npm run build:web`.');
  const scratch = newScratch();
  let edge: Edge | undefined;
  let browser: Browser | undefined;
  const cleanup = async () => {
    await browser?.close().catch(() => undefined);
    await edge?.stop().catch(() => undefined);
    await stopAll();
    const deleted = await deleteRedisKeys(scratch.redisKeyPrefix).catch((error: unknown) => {
      console.error(`could not delete Redis keys ${scratch.redisKeyPrefix}*: ${String(error)}`);
      return 0;
    });
    await dropDatabase(scratch).catch((error: unknown) => console.error(`could not drop ${scratch.database}: ${String(error)}`));
    log(`cleaned up: nginx stopped, ${deleted} Redis keys deleted, database ${scratch.database} dropped`);
  };
  // Ctrl-C: clean up, then exit. Closing the browser makes the run itself fail meanwhile; main waits for the cleanup.
  let interrupted: Promise<void> | undefined;
  const onSignal = () => {
    if (interrupted) return;
    log('interrupted: cleaning up');
    interrupted = cleanup().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const loadavgBefore = loadavg();
  const busyBefore = await machineBusy(2000);
  try {
    if (busyBefore !== null && busyBefore > 0.2) log(`warning: the machine was ${(100 * busyBefore).toFixed(0)}% busy before the run; timings will be noisier`);
    log(`database ${scratch.database}, Redis prefix ${scratch.redisKeyPrefix}`);
    await createDatabase(scratch);
    const seeded = await seed(scratch.databaseUrl);
    log(`seeded ${seeded.itemIds.length} items, ${seeded.reservations} active reservations`);

    // The API must know the edge's address (image URLs), so the edge's port is chosen first.
    const edgePort = await freePort();
    const webUrl = `http://127.0.0.1:${edgePort}`;
    const mediaUrl = `${webUrl}/media`;
    // nginx's workers run as an unprivileged user: the media must be readable by others (mode 0755).
    mkdirSync(scratch.mediaDir, { recursive: true, mode: 0o755 });
    const api = await startServer('api', 'api-server.ts', { ...apiEnvironment(scratch), PUBLIC_URL: webUrl, MEDIA_URL: mediaUrl, TRUST_PROXY: 'loopback' });
    edge = await Edge.start({ apiPorts: [Number(new URL(api.url).port)], webRoot: DIST, mediaRoot: scratch.mediaDir, port: edgePort });
    log(`API ${api.url}, nginx ${edge.url} (web root apps/web/dist)`);

    // A warm API: the list built and cached, the connections open, the code paths compiled.
    const listPath = `/api/public/registries/${seeded.slug}`;
    let list: unknown;
    let listGzipBytes = 0;
    for (let i = 0; i < 20; i++) {
      const response = await fetch(edge.url + listPath, { headers: { 'accept-encoding': 'gzip' } });
      if (response.status !== 200) throw new Error(`GET ${listPath} answered ${response.status}`);
      const body = Buffer.from(await response.arrayBuffer());
      list = JSON.parse(body.toString());
      listGzipBytes = gzipSync(body, { level: 6 }).length;
    }
    log(`${await writeMedia(scratch.mediaDir, mediaUrl, list)} image files written to the media directory`);

    // Ctrl-C is this script's to handle (Playwright's own handler would exit before the cleanup is done).
    browser = await launchChromium({ handleSIGINT: false, handleSIGTERM: false });
    const chromium = browser.version();
    const landing = await pageWeight(browser, edge.url, '/', 'h1', BUDGET_KB.landing);
    const guest = await pageWeight(browser, edge.url, `/r/${seeded.slug}`, `ul.gift-grid > li:nth-child(${ITEM_COUNT})`, BUDGET_KB.guest);
    for (const [name, weight] of [
      ['landing page', landing],
      ['guest route', guest],
    ] as const) {
      log(
        `${name} ${weight.path}: JavaScript ${weight.jsGzipKb} KB gzipped in ${weight.js.length} files (budget ${weight.budgetKb} KB: ${weight.withinBudget ? 'within' : 'OVER'}), CSS ${weight.cssGzipKb} KB in ${weight.css.length}`,
      );
    }

    const options = { ...PHONE, baseURL: edge.url };
    for (let i = 0; i < WARMUP_RUNS; i++) await navigate(browser, options, seeded.slug);
    const navigations: Navigation[] = [];
    for (let i = 0; i < RUNS; i++) {
      const n = await navigate(browser, options, seeded.slug);
      navigations.push(n);
      log(
        `navigation ${String(i + 1).padStart(2)}: list painted ${n.listPaintedMs.toFixed(0)} ms (in the DOM ${n.listInDomMs.toFixed(0)}, list requested ${n.listRequestMs.toFixed(0)}, received ${n.listResponseMs.toFixed(0)}, FCP ${n.firstContentfulPaintMs.toFixed(0)}, HTML ${n.htmlMs.toFixed(0)})`,
      );
    }
    // Lighthouse opens its own Chromium; ours is closed first so the two do not share the two cores.
    await browser.close();
    browser = undefined;
    const lighthouseRuns: LighthouseFigures[] = [];
    const lighthouseOf = async (name: string, path: string) => {
      const runs: LighthouseFigures[] = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
        // A run that fails (Lighthouse gives up on a very loaded machine) is reported and left out.
        const run = await lighthouse(edge!.url + path).catch((error: unknown) => {
          log(`lighthouse ${name} ${i + 1}/${LIGHTHOUSE_RUNS} failed: ${String(error).slice(0, 200)}`);
          return null;
        });
        if (!run) continue;
        runs.push(run);
        log(
          `lighthouse ${name} ${i + 1}/${LIGHTHOUSE_RUNS}: performance ${run.performance}, accessibility ${run.accessibility}, best practices ${run.bestPractices}, SEO ${run.seo}, LCP ${run.largestContentfulPaintMs.toFixed(0)} ms, TBT ${run.totalBlockingTimeMs.toFixed(0)} ms, CLS ${run.cumulativeLayoutShift.toFixed(3)}, ${run.domSize} DOM nodes (machine benchmark index ${run.benchmarkIndex})`,
        );
        if (run.failing.length) log(`  not passing: ${run.failing.join('; ')}`);
      }
      lighthouseRuns.push(...runs);
      if (!runs.length) throw new Error(`every Lighthouse run of the ${name} failed`);
      return medianRun(runs);
    };
    const lighthouseLanding = await lighthouseOf('landing page', '/');
    const lighthouseGuest = await lighthouseOf('guest page', `/r/${seeded.slug}`);

    const keys = Object.keys(LABELS) as (keyof Navigation)[];
    const results: WebResults = {
      benchmark: 'web',
      date: new Date().toISOString(),
      machine: {
        node: process.version,
        cpu: cpuModel(),
        cores: availableParallelism(),
        chromium,
        busyBefore,
        loadavgBefore,
        loadavgAfter: loadavg(),
      },
      settings: { runs: RUNS, warmupRuns: WARMUP_RUNS, viewport: '390×844' },
      data: { items: ITEM_COUNT, activeReservations: seeded.reservations, listGzipBytes },
      weight: { landing, guest },
      guestList: Object.fromEntries(keys.map((key) => [key, stats(navigations.map((n) => n[key]))])) as WebResults['guestList'],
      navigations,
      lighthouse: { runs: LIGHTHOUSE_RUNS, landing: lighthouseLanding, guest: lighthouseGuest, all: lighthouseRuns },
    };
    printSummary(results);
    await writeResultFiles(RESULTS_FILE, results, START, END, markdownSection(results));
    log('results written to bench/results/web.json and docs/benchmarks.md');
  } finally {
    await (interrupted ?? cleanup());
  }
}

const LABELS: Record<keyof Navigation, string> = {
  htmlMs: 'HTML received',
  firstContentfulPaintMs: 'first contentful paint',
  listRequestMs: 'gift list (API) requested',
  listResponseMs: 'gift list (API) received',
  listInDomMs: `all ${ITEM_COUNT} gifts in the document`,
  listPaintedMs: `**gift list painted** (all ${ITEM_COUNT} gifts)`,
};

function weightRow(name: string, w: PageWeight): string {
  return `| ${name} \`${w.path.replace(/\/r\/.*/, '/r/{slug}')}\` | ${w.jsGzipKb} KB (${w.js.length} files) | ${w.budgetKb} KB | ${w.withinBudget ? 'within' : '**over**'} | ${w.cssGzipKb} KB (${w.css.length}) |`;
}

function markdownSection(r: WebResults): string {
  const m = r.machine;
  return [
    START,
    '',
    '## Web app: download weight and time to the gift list (npm run bench:web)',
    '',
    `Run on ${r.date.slice(0, 16).replace('T', ' ')} UTC · Node ${m.node} · ${m.cpu} · ${m.cores} cores · Chromium ${m.chromium} (Debian, headless) · machine ${m.busyBefore === null ? 'n/a' : `${(100 * m.busyBefore).toFixed(0)}%`} busy before the run · load average ${m.loadavgBefore.map((v) => v.toFixed(2)).join(' ')} before, ${m.loadavgAfter.map((v) => v.toFixed(2)).join(' ')} after.`,
    '',
    `The built SPA (\`apps/web/dist\`) served by Debian's nginx with the repository's edge config, the real API behind it, one public registry of ${r.data.items} items with ${r.data.activeReservations} active reservations (the list is ${kb(r.data.listGzipBytes)} KB gzipped).`,
    '',
    '### What the browser downloads',
    '',
    'Every script and stylesheet Chromium requested for the page, in a fresh context, until the network was quiet; sizes gzipped (the precompressed `.gz` files nginx sends).',
    '',
    '| page | JavaScript, gzipped | budget | | CSS, gzipped |',
    '| --- | ---: | ---: | --- | ---: |',
    weightRow('landing page', r.weight.landing),
    weightRow('guest route', r.weight.guest),
    '',
    `### Navigation to the gift list painted (phone, ${r.settings.viewport})`,
    '',
    `${r.settings.runs} navigations to \`/r/{slug}\`, each in a fresh browser context (empty cache), after ${r.settings.warmupRuns} discarded ones and 20 requests that warm the API; times from navigation start, measured in the page (\`performance.now()\`, the paint timeline). "Painted": all ${r.data.items} gift cards are in the document and the frame that draws them has been rendered (a message posted from \`requestAnimationFrame\`).`,
    '',
    '| moment | median ms | p90 ms | min ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...(Object.keys(LABELS) as (keyof Navigation)[]).map((key) => {
      const s = r.guestList[key];
      return `| ${LABELS[key]} | ${s.median.toFixed(0)} | ${s.p90.toFixed(0)} | ${s.min.toFixed(0)} | ${s.max.toFixed(0)} |`;
    }),
    '',
    'Loopback, no network throttling and no CPU slow-down: a floor for a real phone, not a forecast. The machine is shared, so single runs are noisy.',
    '',
    '### Lighthouse, mobile (simulated slow 4G, 4× CPU slow-down)',
    '',
    `Lighthouse 12.2.3 with its default mobile preset, driving Debian's Chromium against the same edge; the run with the median performance score of ${r.lighthouse.runs} per page. Targets (printed, never asserted): performance ≥ ${LIGHTHOUSE_TARGETS.performance}, accessibility, best practices and SEO ${LIGHTHOUSE_TARGETS.accessibility}, LCP ≤ ${LIGHTHOUSE_TARGETS.lcpMs} ms, TBT ≤ ${LIGHTHOUSE_TARGETS.tbtMs} ms.`,
    '',
    '| page | performance | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS | DOM nodes | benchmark index |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...(
      [
        ['landing page `/`', r.lighthouse.landing],
        [`guest page \`/r/{slug}\` (${r.data.items} items with images)`, r.lighthouse.guest],
      ] as const
    ).map(
      ([name, l]) =>
        `| ${name} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${l.firstContentfulPaintMs.toFixed(0)} | ${l.largestContentfulPaintMs.toFixed(0)} | ${l.totalBlockingTimeMs.toFixed(0)} | ${l.cumulativeLayoutShift.toFixed(3)} | ${l.domSize} | ${l.benchmarkIndex} |`,
    ),
    '',
    "Lighthouse's simulated times are its own trace's CPU work times the slow-down: on a loaded machine (a benchmark index under ~700, a quiet laptop scores 1000–2000) TBT and LCP mostly measure the other load. The scores for accessibility, best practices and SEO do not depend on it.",
    '',
    ...[r.lighthouse.landing, r.lighthouse.guest].map(
      (l) =>
        `- \`${new URL(l.url).pathname.replace(/\/r\/.*/, '/r/{slug}')}\`: LCP element ${l.lcpElement ? `\`${l.lcpElement.replace(/\|/g, '\\|').slice(0, 120)}\`` : 'n/a'}; not passing: ${l.failing.length ? l.failing.join('; ') : 'none'}.`,
    ),
    'Figures: `bench/results/web.json`. Run it: `npm run build:web && npm run bench:web` (about a minute; needs PostgreSQL and Redis on loopback, Debian nginx and chromium).',
    '',
    END,
  ].join('\n');
}

function printSummary(r: WebResults): void {
  console.log('');
  console.log(`Web benchmark — ${r.date} — Node ${r.machine.node} — ${r.machine.cpu} (${r.machine.cores} cores) — Chromium ${r.machine.chromium}`);
  for (const [name, w] of [
    ['landing page', r.weight.landing],
    ['guest route', r.weight.guest],
  ] as const) {
    console.log(
      `${name.padEnd(13)} JS ${String(w.jsGzipKb).padStart(6)} KB gzipped (budget ${w.budgetKb} KB: ${w.withinBudget ? 'within' : 'OVER'})   CSS ${w.cssGzipKb} KB`,
    );
  }
  const t = LIGHTHOUSE_TARGETS;
  for (const [name, l] of [
    ['landing page', r.lighthouse.landing],
    ['guest page', r.lighthouse.guest],
  ] as const) {
    console.log(
      `lighthouse ${name.padEnd(13)} performance ${l.performance} (target ≥ ${t.performance}), accessibility ${l.accessibility}, best practices ${l.bestPractices}, SEO ${l.seo} (targets ${t.accessibility}), LCP ${l.largestContentfulPaintMs.toFixed(0)} ms (≤ ${t.lcpMs}), TBT ${l.totalBlockingTimeMs.toFixed(0)} ms (≤ ${t.tbtMs}), ${l.domSize} DOM nodes`,
    );
  }
  console.log(`guest list, ${r.settings.runs} cold-cache navigations on a phone viewport (ms from navigation start):`);
  for (const key of Object.keys(LABELS) as (keyof Navigation)[]) {
    const s = r.guestList[key];
    console.log(`  ${LABELS[key].replace(/\*/g, '').padEnd(36)} median ${s.median.toFixed(0).padStart(5)}   p90 ${s.p90.toFixed(0).padStart(5)}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:web failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
