import { join, resolve } from 'node:path';
import type { LoadFigures } from '../cache/load';
import { writeResultFiles } from '../cache/report';
import type { ApiDirectResult } from './scenarios/api-direct';
import type { ContentionResult } from './scenarios/contention';
import type { BurstRun, RevalidationResult } from './scenarios/guest-burst';
import type { MixedWaveResult } from './scenarios/mixed-wave';
import type { QueryBudgetRow } from './scenarios/query-budget';
import type { ScaleOutResult } from './scenarios/scale-out';

export interface LoadResults {
  benchmark: 'load';
  mode: 'full' | 'quick' | 'soak';
  date: string;
  machine: { node: string; cpu: string; cores: number; loadavgBefore: number[]; loadavgAfter: number[] };
  seedNumber: number;
  data: { registries: number; items: number; activeReservations: number; listBytesBrotli: number };
  settings: Record<string, number | number[]>;
  burst?: BurstRun[];
  revalidation?: RevalidationResult;
  apiDirect?: ApiDirectResult;
  wave?: MixedWaveResult;
  contention?: ContentionResult;
  scaleOut?: ScaleOutResult;
  queryBudget?: QueryBudgetRow[];
  soak?: MixedWaveResult;
  /** What makes the run fail: errors, oversells, stale reads (never a time). */
  failures: string[];
}

const ROOT = resolve(__dirname, '..', '..');
const START = '<!-- bench:load:start -->';
const END = '<!-- bench:load:end -->';
const SOAK_START = '<!-- bench:soak:start -->';
const SOAK_END = '<!-- bench:soak:end -->';

const fixed = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const rps = (value: number) => Math.round(value).toLocaleString('en-US');
const mix = (tally?: Record<string, number>) =>
  tally
    ? Object.entries(tally)
        .sort((a, b) => b[1] - a[1])
        .map(([value, n]) => `${value} ${n}`)
        .join(', ')
    : '—';
const loadRow = (name: string, f: LoadFigures, extra = '') =>
  `| ${name} | ${f.connections} | ${rps(f.requestsPerSecond)} | ${fixed(f.p50)} | ${fixed(f.p90)} | ${fixed(f.p99)} | 0 | ${mix(f.tally)} | ${extra} |`;
const LOAD_HEADER = [
  '| run | conns | req/s | p50 ms | p90 ms | p99 ms | errors | answered by | note |',
  '| --- | --: | --: | --: | --: | --: | --: | --- | --- |',
];
const verdict = (value: number, target: number) => `${fixed(value)}× (target ≥ ${target}×: ${value >= target ? 'met' : '**missed**'})`;

export function markdownSection(r: LoadResults): string {
  const lines = [
    START,
    '',
    '## Load harness: the invitation just went out (npm run bench)',
    '',
    `Run of ${r.date} (${r.mode}), Node ${r.machine.node}, ${r.machine.cpu} × ${r.machine.cores}, load average ${r.machine.loadavgBefore.map((l) => l.toFixed(2)).join(' ')} before.`,
    `Seed ${r.seedNumber}: ${r.data.registries} registries, ${r.data.items} items, ${r.data.activeReservations} active reservations; the 200-item list is ${r.data.listBytesBrotli} bytes in brotli.`,
    'Everything ran on this one machine: autocannon and the checkers in one process, nginx (1 worker), two API processes, PostgreSQL and Redis sharing its cores; ratios measured side by side are what count.',
    '',
  ];
  if (r.burst?.length) {
    lines.push('### 1. Guest burst through nginx, beside the same bytes as a static file', '', ...LOAD_HEADER);
    for (const run of r.burst) {
      lines.push(loadRow('gift list via nginx', run.edge, `÷ static: ${verdict(run.ratio, 0.8)}`), loadRow('static file, same nginx', run.static));
    }
    lines.push('');
  }
  if (r.revalidation) {
    lines.push('### 2. Revalidation (If-None-Match → 304)', '', ...LOAD_HEADER);
    lines.push(loadRow('304 via nginx', r.revalidation.edge), loadRow('304 from one API process', r.revalidation.api, cpuNote(r.revalidation.api)), '');
  }
  if (r.apiDirect) {
    lines.push('### Baseline: one API process, warm, beside the naive handler', '', ...LOAD_HEADER);
    lines.push(
      loadRow('API direct, warm 200 (brotli)', r.apiDirect.api, `÷ naive: ${verdict(r.apiDirect.ratio, 3)}; ${cpuNote(r.apiDirect.api)}`),
      loadRow('naive Nest + TypeORM', r.apiDirect.naive, cpuNote(r.apiDirect.naive)),
      '',
    );
  }
  if (r.wave) lines.push(...waveSection('### 3. Mixed invitation wave, with the freshness checker', r.wave));
  if (r.contention) {
    const c = r.contention;
    lines.push(
      '### 4. Contention: 200 guests, one last unit',
      '',
      '| guests | 201 | 409 | 5xx | other | total ms | p50 ms | max ms | database: reserved / active reservations | oversold |',
      '| --: | --: | --: | --: | --- | --: | --: | --: | --- | --: |',
      `| ${c.guests} | ${c.created} | ${c.conflicts} | ${c.serverErrors} | ${mix(c.other)} | ${fixed(c.totalMs, 0)} | ${fixed(c.p50Ms, 0)} | ${fixed(c.maxMs, 0)} | ${c.database.reserved} / ${c.database.activeReservations} | ${c.oversold} |`,
      '',
    );
  }
  if (r.scaleOut) {
    const s = r.scaleOut;
    lines.push('### 5. Scale-out: one and two API processes behind nginx (microcache off)', '', ...LOAD_HEADER);
    lines.push(loadRow('nginx → 1 API', s.oneApi), loadRow('nginx → 2 APIs', s.twoApis, `÷ one: ${fixed(s.ratio)}×`), '');
    lines.push(
      `Cross-process freshness: ${s.crossProcess.writes} renames through API 1, each read back through API 2 at once: ${s.crossProcess.staleReads} stale reads, slowest ${fixed(s.crossProcess.maxDelayMs)} ms, p99 ${fixed(s.crossProcess.p99DelayMs)} ms.`,
      '',
    );
  }
  if (r.queryBudget?.length) {
    lines.push(
      '### 7. Query budget: SQL statements per request, 20 vs 2,000 items',
      '',
      '| endpoint | 20 items | 2,000 items | equal |',
      '| --- | --: | --: | --- |',
    );
    for (const row of r.queryBudget) lines.push(`| ${row.endpoint} | ${row.small} | ${row.large} | ${row.equal ? 'yes' : '**no**'} |`);
    lines.push('');
  }
  if (r.soak) lines.push(...waveSection('### 6. Soak: the mixed wave for 10 minutes (npm run bench:soak)', r.soak));
  lines.push(r.failures.length ? `**Failures:** ${r.failures.join('; ')}` : 'No errors, no oversells, no stale reads.', '', END);
  return lines.join('\n');
}

function cpuNote(f: LoadFigures): string {
  return f.cpu ? `server CPU ${fixed(f.cpu.userUsPerRequest + f.cpu.systemUsPerRequest, 0)} µs/request, ${fixed(f.cpu.serverCores)} cores` : '';
}

function waveSection(title: string, wave: MixedWaveResult): string[] {
  return [title, '', '```json', JSON.stringify(wave.summary ?? wave, null, 2), '```', ''];
}

export function printSummary(r: LoadResults): void {
  console.log(markdownSection(r).split('\n').slice(2, -1).join('\n'));
}

/**
 * bench/results/load.json and the harness's section of docs/benchmarks.md; the soak has its own file and section;
 * a quick run (CI's smoke test) writes bench/results/load-quick.json only and leaves the document to full runs.
 */
export async function writeResults(r: LoadResults): Promise<void> {
  const file = join(ROOT, 'bench', 'results', r.mode === 'full' ? 'load.json' : `load-${r.mode}.json`);
  if (r.mode === 'full') await writeResultFiles(file, r, START, END, markdownSection(r));
  else if (r.mode === 'soak') await writeResultFiles(file, r, SOAK_START, SOAK_END, markdownSection(r).replace(START, SOAK_START).replace(END, SOAK_END));
  else await writeResultFiles(file, r, START, END);
}
