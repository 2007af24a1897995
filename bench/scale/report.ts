import { join, resolve } from 'node:path';
import { writeResultFiles } from '../cache/report';
import type { CacheStats } from './api-server';
import type { ExplainedQuery } from './explain';
import type { SeedStats } from './seed';

/** What `npm run bench:scale` measured: console summary, bench/results/scale.json and its section of docs/benchmarks.md. */
export interface Side {
  medianMs: number;
  maxMs: number;
  /** The API's own Server-Timing total (cached routes only). */
  serverMedianMs: number;
}

export interface Endpoint {
  endpoint: string;
  count: number;
  big: Side;
  small: Side;
  ratio: number;
}

export interface WarmSample {
  registries: number;
  seconds: number;
  cache: CacheStats;
  redis: { usedBytes: number; maxBytes: number; keys: number; evictedKeys: number };
}

export interface ScaleResults {
  date: string;
  machine: { node: string; cpu: string; cores: number; busyBefore: number | null; loadavgBefore: number[]; loadavgAfter: number[] };
  settings: Record<string, number | string>;
  seed: { big: SeedStats; small: SeedStats };
  samples: { index: number; slug: string; size: number }[];
  endpoints: Endpoint[];
  plans: ExplainedQuery[];
  /** `touched`: the registries left when time ran out, made known to the version stores by conditional GETs (304s). */
  warm: { seconds: number; statuses: Record<string, number>; samples: WarmSample[]; touched?: { from: number; to: number; statuses: Record<string, number> } };
  seconds: number;
}

const ROOT = resolve(__dirname, '..', '..');
const RESULTS_FILE = join(ROOT, 'bench', 'results', 'scale.json');
const START = '<!-- bench:scale:start -->';
const END = '<!-- bench:scale:end -->';
/** Issue 19 §5: these, at 100,000 registries ÷ the same on a small database, ≤ 1.3. */
export const RATIO_TARGET = 1.3;
const TARGETED = /^(gift list, miss after a version bump|POST reservation|GET )/;

const n = (value: number) => Math.round(value).toLocaleString('en-US');
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a');
const mb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : 'n/a');
const targeted = (e: Endpoint) => TARGETED.test(e.endpoint);
const verdict = (e: Endpoint) => (!targeted(e) ? '—' : e.ratio <= RATIO_TARGET ? 'met' : '**missed**');
const short = (sql: string, length = 110) => (sql.length > length ? `${sql.slice(0, length)}…` : sql).replace(/\|/g, '\\|');

export function markdownSection(r: ScaleResults): string {
  const { big, small } = r.seed;
  const flagged = r.plans.filter((p) => p.seqScansBig.length);
  const last = r.warm.samples.at(-1);
  const lines = [
    START,
    '',
    '## Data at a real service’s size (npm run bench:scale)',
    '',
    `Run on ${r.date.slice(0, 16).replace('T', ' ')} UTC · Node ${r.machine.node} · ${r.machine.cpu} · ${r.machine.cores} cores · machine ${r.machine.busyBefore === null ? 'n/a' : `${(100 * r.machine.busyBefore).toFixed(0)}%`} busy before the run · load average ${r.machine.loadavgBefore.map((v) => v.toFixed(2)).join(' ')} before, ${r.machine.loadavgAfter.map((v) => v.toFixed(2)).join(' ')} after · ${(r.seconds / 60).toFixed(0)} minutes in all.`,
    '',
    'Two scratch databases, migrated with the API’s migrations and seeded in SQL (`bench/scale/seed.ts`, one connection): registry number _i_ is the same list in both, so the small database holds the very lists measured on the big one, without the 100,000 around them.',
    '',
    '| database | registries | users | items | reservations | pledges | seeded in | of which indexes | vacuum + analyze | items table | reservations table |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...(
      [
        ['big', big],
        ['small', small],
      ] as const
    ).map(([name, seed]) => {
      return `| ${name} | ${n(seed.registries)} | ${n(seed.users)} | ${n(seed.items)} | ${n(seed.reservations)} | ${n(seed.pledges)} | ${seed.seconds.total.toFixed(0)} s | ${seed.seconds.indexes.toFixed(0)} s | ${seed.seconds.vacuum.toFixed(0)} s | ${mb(seed.bytes.items)} | ${mb(seed.bytes.reservations)} |`;
    }),
    '',
    `### The same requests on both databases`,
    '',
    `${r.samples.length} sample lists (${r.samples.map((s) => `${s.size} items`).join(', ')}), one real API process per database (each with its own cache Redis), requests one at a time, the two sides alternating; ${r.settings.rounds} rounds. Each round renames the list (the version bump), reads the gift list (a miss), reserves a gift, pledges to an open fund, then reads every owner view (each a miss: the writes moved the version on). Medians of client latency in ms; "server" is the API's own Server-Timing total.`,
    '',
    '| request | n | big ms | small ms | big ÷ small | target | big server ms | small server ms |',
    '| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |',
    ...r.endpoints.map(
      (e) =>
        `| ${e.endpoint} | ${e.count} | ${ms(e.big.medianMs)} | ${ms(e.small.medianMs)} | ${e.ratio.toFixed(2)} | ${targeted(e) ? `≤ ${RATIO_TARGET}: ${verdict(e)}` : '—'} | ${ms(e.big.serverMedianMs)} | ${ms(e.small.serverMedianMs)} |`,
    ),
    '',
    `Targets met: ${r.endpoints.filter((e) => targeted(e) && e.ratio <= RATIO_TARGET).length} of ${r.endpoints.filter(targeted).length}.`,
    '',
    '### Query plans at 100,000 registries',
    '',
    `Every statement the API sent for those requests (captured from TypeORM's logger with its parameters, on the big database's first list and the 500+ list), run again under \`EXPLAIN (ANALYZE, BUFFERS)\` in a transaction rolled back. ${flagged.length ? `**${flagged.length} read a big table sequentially** (marked below).` : 'None reads a big table (over 10,000 rows) sequentially.'} Full plans: \`bench/results/scale.json\` and the run's output.`,
    '',
    '| request (first seen) | statement | indexes used | seq scan | ms | buffers hit / read |',
    '| --- | --- | --- | --- | ---: | ---: |',
    ...r.plans.map(
      (p) =>
        `| ${p.request} | \`${short(p.sql)}\` | ${p.indexes.join(', ') || '—'} | ${p.seqScansBig.length ? `**${p.seqScansBig.join(', ')}**` : p.seqScansSmall.length ? `${p.seqScansSmall.join(', ')} (small)` : '—'} | ${p.ms === null ? 'not run' : ms(p.ms)} | ${n(p.sharedHit)} / ${n(p.sharedRead)} |`,
    ),
    '',
    '### Memory with every registry read once',
    '',
    `The big side's API read ${n(Number(r.settings.warm))} of the ${n(big.registries)} gift lists once${Number(r.settings.warmCap) > 0 && Number(r.settings.warm) < big.registries ? ` (stopped after the ${n(Number(r.settings.warmCap))} s the run allowed)` : ''} (${r.settings.warmConcurrency} at a time, ${r.warm.seconds.toFixed(0)} s; answers: ${Object.entries(
      r.warm.statuses,
    )
      .map(([status, count]) => `${n(count)} × ${status}`)
      .join(
        ', ',
      )})${touchedText(r)}. Every full read is a miss that fills the version store, the fragment and document LRUs and the cache Redis (\`maxmemory ${r.settings.cacheRedisMaxmemory}\`, \`allkeys-lru\`, as compose's \`redis-cache\`). Heap after a full collection.`,
    '',
    '| lists read | heap | RSS | version store entries | slug entries | document LRU | fragment LRU | cache Redis | Redis keys | evicted |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...r.warm.samples.map(
      (s) =>
        `| ${n(s.registries)} | ${mb(s.cache.memory.heapUsed)} | ${mb(s.cache.memory.rss)} | ${n(s.cache.versions.entries)} / ${n(s.cache.versions.max)} | ${n(s.cache.slugs.entries)} / ${n(s.cache.slugs.max)} | ${mb(s.cache.documents.bytes)} / ${mb(s.cache.documents.maxBytes)} | ${mb(s.cache.fragments.bytes)} / ${mb(s.cache.fragments.maxBytes)} | ${mb(s.redis.usedBytes)} / ${mb(s.redis.maxBytes)} | ${n(s.redis.keys)} | ${n(s.redis.evictedKeys)} |`,
    ),
    '',
    last
      ? `Bounded: ${[
          last.cache.versions.entries <= last.cache.versions.max ? 'version store within its entry bound' : '**version store over its bound**',
          last.cache.documents.bytes <= last.cache.documents.maxBytes && last.cache.fragments.bytes <= last.cache.fragments.maxBytes
            ? 'both LRUs within their byte bounds'
            : '**an LRU over its bound**',
          last.redis.usedBytes <= last.redis.maxBytes * 1.05 ? 'Redis within maxmemory' : '**Redis over maxmemory**',
        ].join('; ')}.`
      : '',
    '',
    `Figures: \`bench/results/scale.json\`. Run it: \`npm run bench:scale\` (about ${Math.ceil(r.seconds / 60)} minutes here; needs PostgreSQL and Redis on loopback and about ${Math.ceil(Object.values(big.bytes).reduce((a, b) => a + b, 0) / 1024 ** 3 + 1)} GB of disk; \`-- --keep\` keeps the databases).`,
    '',
    END,
  ];
  return lines.join('\n');
}

/** The registries only made known to the version stores (a 304 each) when reading them all took too long. */
function touchedText(r: ScaleResults): string {
  const touched = r.warm.touched;
  if (!touched) return '';
  const answers = Object.entries(touched.statuses)
    .map(([status, count]) => `${n(count)} × ${status}`)
    .join(', ');
  return `, then sent registries ${n(touched.from)}–${n(touched.to)} a conditional GET with the ETag of their seeded version (answers: ${answers}), which fills the version stores alone (last row)`;
}

export function printSummary(r: ScaleResults): void {
  console.log('\n=== Query plans (EXPLAIN (ANALYZE, BUFFERS), big database) ===');
  for (const p of r.plans) {
    console.log(`\n-- ${p.request}${p.seqScansBig.length ? `   !! SEQ SCAN on ${p.seqScansBig.join(', ')}` : ''}`);
    console.log(p.sql);
    console.log(`-- parameters: ${JSON.stringify(p.parameters).slice(0, 300)}`);
    console.log(p.plan);
  }
  console.log('\n=== Big ÷ small (median latency, ms) ===');
  for (const e of r.endpoints)
    console.log(
      `${e.endpoint.padEnd(58)} big ${ms(e.big.medianMs).padStart(8)}  small ${ms(e.small.medianMs).padStart(8)}  ratio ${e.ratio.toFixed(2)} ${targeted(e) ? verdict(e) : ''}`,
    );
  const flagged = r.plans.filter((p) => p.seqScansBig.length);
  console.log(
    `\n${r.plans.length} statements explained; ${flagged.length} with a sequential scan of a big table${flagged.length ? `: ${flagged.map((p) => p.request).join('; ')}` : ''}.`,
  );
}

export async function writeResults(r: ScaleResults): Promise<void> {
  await writeResultFiles(RESULTS_FILE, r, START, END, markdownSection(r));
}
