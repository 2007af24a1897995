import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/**
 * Lighthouse 12 (npm, pinned 12.2.3: 13.x wants Node 22) driving Debian's Chromium, with its default mobile preset:
 * a Moto G Power sized screen, simulated slow 4G (150 ms RTT, 1.6 Mbit/s) and a 4× CPU slow-down. Run as its CLI in
 * a child process (Lighthouse is an ES module with its own Chrome launcher), offline against the loopback edge.
 */
const LIGHTHOUSE = resolve(__dirname, '..', '..', 'node_modules', '.bin', 'lighthouse');
const CHROME_FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

export interface LighthouseFigures {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  firstContentfulPaintMs: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  cumulativeLayoutShift: number;
  domSize: number;
  /** What the LCP was (Lighthouse's snippet of the element), or why Lighthouse could not say. */
  lcpElement: string;
  /** Lighthouse's measure of this machine's speed when it ran (a quiet laptop scores 1000-2000): below ~700 its simulated times mostly measure other load. */
  benchmarkIndex: number;
  /** The machine's 1-minute load average as the run started (2 cores: above 2, something else wanted the CPU too). */
  loadAverage: number;
  /** Audits that did not pass in the four categories, so a score below 100 says why. */
  failing: string[];
}

export const LIGHTHOUSE_TARGETS = { performance: 98, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 1500, tbtMs: 50 };

interface Report {
  finalDisplayedUrl: string;
  environment: { benchmarkIndex: number };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; numericValue?: number; title: string; details?: unknown; errorMessage?: string }>;
}

export async function lighthouse(url: string): Promise<LighthouseFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'wg-lighthouse-'));
  const loadAverage = loadavg()[0];
  try {
    const output = join(dir, 'report.json');
    await promisify(execFile)(
      LIGHTHOUSE,
      [
        url,
        '--quiet',
        '--output=json',
        `--output-path=${output}`,
        `--chrome-flags=${CHROME_FLAGS}`,
        '--only-categories=performance,accessibility,best-practices,seo',
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
    );
    const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
    // BENCH_WEB_LIGHTHOUSE_REPORTS=<dir> keeps each full report, to open in the Lighthouse viewer.
    const keep = process.env.BENCH_WEB_LIGHTHOUSE_REPORTS;
    if (keep) {
      mkdirSync(keep, { recursive: true });
      copyFileSync(output, join(keep, `${new URL(url).pathname.replace(/\W+/g, '-')}-${Date.now()}.json`));
    }
    const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
    const value = (id: string) => report.audits[id]?.numericValue ?? NaN;
    const failing = Object.values(report.categories)
      .flatMap((c) => c.auditRefs)
      .filter((ref) => {
        const audit = report.audits[ref.id];
        return audit && audit.score !== null && audit.score < 0.9 && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode);
      })
      .map((ref) => `${ref.id} (${report.audits[ref.id].title})`);
    const lcpItems = (report.audits['largest-contentful-paint-element']?.details as { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined)
      ?.items;
    return {
      url,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      firstContentfulPaintMs: value('first-contentful-paint'),
      largestContentfulPaintMs: value('largest-contentful-paint'),
      totalBlockingTimeMs: value('total-blocking-time'),
      cumulativeLayoutShift: value('cumulative-layout-shift'),
      domSize: value('dom-size'),
      lcpElement:
        lcpItems?.[0]?.items?.[0]?.node?.snippet ??
        `(not named: ${report.audits['largest-contentful-paint-element']?.errorMessage?.slice(0, 80) ?? 'no element'})`,
      benchmarkIndex: Math.round(report.environment.benchmarkIndex),
      loadAverage,
      failing: [...new Set(failing)],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The run with the median performance score: one number per page, as Lighthouse's own docs advise for noisy machines. */
export function medianRun(runs: LighthouseFigures[]): LighthouseFigures {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || a.largestContentfulPaintMs - b.largestContentfulPaintMs);
  return sorted[Math.floor(sorted.length / 2)];
}
