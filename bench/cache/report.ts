import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as prettier from 'prettier';
import type { LoadFigures } from './load';

export interface Stats {
  median: number;
  p90: number;
  min: number;
  max: number;
}

export interface ColdSeries {
  iterations: number;
  /** Client-measured time of the first GET after each write. */
  missMs: Stats;
  /** Median of the three warm GETs right after each miss. */
  warmMs: Stats;
  /** miss / warm, per iteration. */
  ratio: Stats;
  /** Medians of the API's own Server-Timing (total and db on the miss, total on the warm hits). */
  serverTiming: { missTotalMs: number; missDbMs: number; hitTotalMs: number };
}

export interface SequentialFigures {
  requests: number;
  p50: number;
  p99: number;
  min: number;
}

export interface Ratio {
  name: string;
  value: number;
  /** 0: reported, no target. */
  target: number;
  met: boolean;
  note: string;
}

export interface Results {
  benchmark: 'cache';
  date: string;
  machine: { node: string; cpu: string; cores: number; busyBefore: number | null; loadavgBefore: number[]; loadavgAfter: number[] };
  settings: Record<string, number>;
  data: { items: number; activeReservations: number; identity: number; apiBrotli: number; naiveBrotli: number };
  startup: { apiMs: number; naiveMs: number; bareMs: number };
  cold: {
    firstRequest: { ms: number; xCache?: string; serverTiming?: string };
    titleChange: ColdSeries;
    fullMiss: ColdSeries;
  };
  sequential: Record<string, SequentialFigures>;
  load: Record<string, LoadFigures & { server: string; request: string }>;
  ratios: Ratio[];
  extraRatios: Ratio[];
  verification: Record<string, unknown>;
  redisKeysAtEnd: number;
}

const ROOT = resolve(__dirname, '..', '..');
const RESULTS_FILE = join(ROOT, 'bench', 'results', 'cache.json');
const DOC_FILE = join(ROOT, 'docs', 'benchmarks.md');
const START = '<!-- bench:cache:start -->';
const END = '<!-- bench:cache:end -->';

export function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    return line ? line.split(':')[1].trim() : 'unknown';
  } catch {
    return 'unknown';
  }
}

const ms = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const rps = (value: number) => Math.round(value).toLocaleString('en-US');
const verdict = (r: Ratio) => (r.target ? (r.met ? 'met' : '**missed**') : '—');

const SCENARIOS: [string, string][] = [
  ['api 200 br', 'API, warm 200 (brotli, from memory)'],
  ['bare 200 br', 'bare node:http 200 (same brotli bytes)'],
  ['naive 200 br', 'naive Nest + TypeORM 200 (brotli per request)'],
  ['api 304', 'API 304 (If-None-Match)'],
  ['bare 304', 'bare node:http 304'],
  ['naive 304', 'naive 304 (query, stringify, hash)'],
  ['api 200 identity', 'API, warm 200 (identity)'],
  ['bare 200 identity', 'bare node:http 200 (identity)'],
  ['naive 200 identity', 'naive 200 (identity)'],
];

export function markdownSection(r: Results): string {
  const { titleChange, fullMiss, firstRequest } = r.cold;
  const lines = [
    START,
    '',
    '## Cache benchmark (npm run bench:cache)',
    '',
    `Run on ${r.date.slice(0, 16).replace('T', ' ')} UTC · Node ${r.machine.node} · ${r.machine.cpu} · ${r.machine.cores} cores · machine ${r.machine.busyBefore === null ? 'n/a' : `${(100 * r.machine.busyBefore).toFixed(0)}%`} busy before the run · load average ${r.machine.loadavgBefore.map((v) => v.toFixed(2)).join(' ')} before, ${r.machine.loadavgAfter.map((v) => v.toFixed(2)).join(' ')} after.`,
    '',
    `\`GET /api/public/registries/{slug}\` on one registry of ${r.data.items} items with ${r.data.activeReservations} active reservations: ${r.data.identity.toLocaleString('en-US')} bytes of JSON, ${r.data.apiBrotli.toLocaleString('en-US')} with brotli.`,
    `Each server runs in its own process; autocannon drives it from the parent process with ${r.settings.connections} connections (${r.settings.seconds} s per main run, ${r.settings.shortSeconds} s per secondary run, after a ${r.settings.warmupSeconds} s warm-up), on the same 2-core machine as PostgreSQL and Redis.`,
    'Only ratios measured side by side in one run mean much: the machine is shared and noisy.',
    '',
    '### Under load',
    '',
    '| scenario | req/s | p50 ms | p99 ms | server CPU µs/request | server cores | autocannon cores | machine busy | bytes/response |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...SCENARIOS.filter(([key]) => r.load[key]).map(([key, label]) => {
      const f = r.load[key];
      const cpu = f.cpu
        ? `${(f.cpu.userUsPerRequest + f.cpu.systemUsPerRequest).toFixed(0)} | ${f.cpu.serverCores.toFixed(2)} | ${f.loadGeneratorCores.toFixed(2)} | ${(100 * f.cpu.machineBusy).toFixed(0)}%`
        : `n/a | n/a | ${f.loadGeneratorCores.toFixed(2)} | n/a`;
      return `| ${label} | ${rps(f.requestsPerSecond)} | ${ms(f.p50)} | ${ms(f.p99)} | ${cpu} | ${Math.round(f.bytesPerRequest).toLocaleString('en-US')} |`;
    }),
    '',
    'Server CPU is user + system time of the server process during the measured run (from /proc), divided by its requests; for the naive app it leaves out the PostgreSQL backends it keeps busy. On 2 cores the server, autocannon, PostgreSQL, Redis and anything else running share the machine: a server using well under one core while autocannon uses about one was not the limit, the load generator was. For the bare server req/s therefore understates the practical limit; CPU per request tells the gap between servers without that limit.',
    '',
    '### One request at a time',
    '',
    '| request | p50 ms | p99 ms |',
    '| --- | ---: | ---: |',
    ...Object.entries(r.sequential).map(([key, f]) => `| ${key} | ${ms(f.p50, 3)} | ${ms(f.p99, 3)} |`),
    `| API miss after a reorder (every item re-rendered), median of ${fullMiss.iterations} | ${ms(fullMiss.missMs.median)} | max ${ms(fullMiss.missMs.max)} |`,
    `| API miss after a title change (items from the fragment cache), median of ${titleChange.iterations} | ${ms(titleChange.missMs.median)} | max ${ms(titleChange.missMs.max)} |`,
    `| API first request after a process start, nothing cached | ${ms(firstRequest.ms)} | |`,
    '',
    `Server-Timing on a miss after a reorder: total ${ms(fullMiss.serverTiming.missTotalMs)} ms, of which PostgreSQL ${ms(fullMiss.serverTiming.missDbMs)} ms; after a title change: total ${ms(titleChange.serverTiming.missTotalMs)} ms, PostgreSQL ${ms(titleChange.serverTiming.missDbMs)} ms; on a memory hit: ${ms(fullMiss.serverTiming.hitTotalMs, 3)} ms.`,
    '',
    '### Ratios and targets',
    '',
    '| ratio | this run | target | |',
    '| --- | ---: | ---: | --- |',
    ...r.ratios.map((x) => `| ${x.name} | ${x.value.toFixed(2)} | ≥ ${x.target} | ${verdict(x)} |`),
    ...r.extraRatios.map((x) => `| ${x.name} | ${x.value.toFixed(2)} | ${x.target ? `≥ ${x.target}` : '—'} | ${verdict(x)} |`),
    '',
    `Targets met in this run: ${r.ratios.filter((x) => x.met).length} of ${r.ratios.length}${
      r.ratios.some((x) => !x.met)
        ? ` (missed: ${r.ratios
            .filter((x) => !x.met)
            .map((x) => x.name)
            .join('; ')})`
        : ''
    }.`,
    'Cold / warm, latency: the first GET after a write against the warm GETs right after it, one request at a time from the same client (each includes the same ~0.3 ms floor of loopback and client that even the bare server shows). Cold / warm, server time: the Server-Timing total the API reports for the miss against the CPU a warm 200 costs it under load.',
    `Bodies checked: the API's (brotli and identity) state what the database holds (registry, version, every item in order with its quantities, read with SQL), and the naive app's and the bare server's decode to the very same JSON document${r.verification.naiveIdentityBytesEqualApi ? " (the naive app's JSON is even byte-identical)" : ''}, before the load and after each run.`,
    'Figures: `bench/results/cache.json`. Run it: `npm run bench:cache` (about two minutes; needs PostgreSQL and Redis on loopback).',
    '',
    END,
  ];
  return lines.join('\n');
}

export function printSummary(r: Results): void {
  console.log('');
  console.log(`Cache benchmark — ${r.date} — Node ${r.machine.node} — ${r.machine.cpu} (${r.machine.cores} cores)`);
  console.table(
    Object.fromEntries(
      SCENARIOS.filter(([key]) => r.load[key]).map(([key]) => {
        const f = r.load[key];
        return [
          key,
          { 'req/s': Math.round(f.requestsPerSecond), 'p50 ms': +f.p50.toFixed(2), 'p99 ms': +f.p99.toFixed(2), 'bytes/resp': Math.round(f.bytesPerRequest) },
        ];
      }),
    ),
  );
  const { titleChange, fullMiss, firstRequest } = r.cold;
  console.log(`first request after start: ${ms(firstRequest.ms)} ms (${firstRequest.serverTiming ?? ''})`);
  console.log(
    `miss after reorder: ${ms(fullMiss.missMs.median)} ms (db ${ms(fullMiss.serverTiming.missDbMs)} ms); miss after title change: ${ms(titleChange.missMs.median)} ms; warm: ${ms(fullMiss.warmMs.median, 3)} ms`,
  );
  for (const x of [...r.ratios, ...r.extraRatios]) {
    console.log(`${x.name.padEnd(50)} ${x.value.toFixed(2).padStart(8)}  ${x.target ? `target ≥ ${x.target}: ${x.met ? 'met' : 'MISSED'}` : ''}`);
  }
  const missed = r.ratios.filter((x) => !x.met);
  console.log(missed.length ? `\nTargets missed in this run: ${missed.map((x) => x.name).join('; ')}` : '\nAll targets met in this run.');
}

/** bench/results/cache.json, and this run's section of docs/benchmarks.md (the rest of that file is kept as it is). */
export async function writeResults(r: Results): Promise<void> {
  await writeResultFiles(RESULTS_FILE, r, START, END, markdownSection(r));
}

/**
 * A benchmark's results as JSON (numbers rounded to 3 decimals) and, given markdown, its section of
 * docs/benchmarks.md between its start and end markers; the rest of that file is kept as it is.
 */
export async function writeResultFiles(jsonFile: string, results: unknown, start: string, end: string, markdown?: string): Promise<void> {
  mkdirSync(dirname(jsonFile), { recursive: true });
  const round = (_key: string, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value);
  writeFileSync(jsonFile, await format(JSON.stringify(results, round, 2), jsonFile));
  if (markdown === undefined) return;

  mkdirSync(dirname(DOC_FILE), { recursive: true });
  const section = (await format(markdown, DOC_FILE)).trimEnd();
  let doc = existsSync(DOC_FILE)
    ? readFileSync(DOC_FILE, 'utf8')
    : '# Benchmarks\n\nReference workloads from `bench/`. Benchmarks are not tests: they print figures and ratios and never fail on a stopwatch.\n';
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from >= 0 && to > from) doc = doc.slice(0, from) + section + doc.slice(to + end.length);
  else doc = `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(DOC_FILE, doc);
}

/** Formatted as `prettier --check .` (npm run lint) expects. */
async function format(text: string, filepath: string): Promise<string> {
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(text, { ...options, filepath });
}
