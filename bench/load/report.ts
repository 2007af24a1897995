import { join, resolve } from 'node:path';
import type { LoadFigures } from '../cache/load';
import { writeResultFiles } from '../cache/report';
import type { ApiDirectResult } from './scenarios/api-direct';
import type { BigListResult, Latencies } from './scenarios/big-list';
import type { ContentionResult } from './scenarios/contention';
import type { BurstRun, RevalidationResult } from './scenarios/guest-burst';
import type { MixedWaveResult } from './scenarios/mixed-wave';
import type { PledgeContentionResult } from './scenarios/pledge-contention';
import type { QueryBudgetRow } from './scenarios/query-budget';
import type { ScaleOutResult } from './scenarios/scale-out';
import type { IdleReservations, WritePathResult } from './scenarios/write-path';

export interface LoadResults {
  benchmark: 'load';
  mode: 'full' | 'quick' | 'soak' | 'pledges' | 'write-path';
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
  pledgeContention?: PledgeContentionResult;
  scaleOut?: ScaleOutResult;
  queryBudget?: QueryBudgetRow[];
  soak?: MixedWaveResult;
  bigList?: BigListResult;
  writePath?: WritePathResult;
  idleReservations?: IdleReservations;
  /** What makes the run fail: errors, oversells, stale reads (never a time). */
  failures: string[];
}

const ROOT = resolve(__dirname, '..', '..');
const START = '<!-- bench:load:start -->';
const END = '<!-- bench:load:end -->';
const SOAK_START = '<!-- bench:soak:start -->';
const SOAK_END = '<!-- bench:soak:end -->';
const BIG_LIST_START = '<!-- bench:big-list:start -->';
const WRITE_PATH_START = '<!-- bench:write-path:start -->';
const WRITE_PATH_END = '<!-- bench:write-path:end -->';
const BIG_LIST_END = '<!-- bench:big-list:end -->';
const PLEDGES_START = '<!-- bench:pledges:start -->';
const PLEDGES_END = '<!-- bench:pledges:end -->';

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
    r.mode === 'soak' ? '## Load harness: the soak (npm run bench:soak)' : '## Load harness: the invitation just went out (npm run bench)',
    '',
    `Run of ${r.date} (${r.mode}), Node ${r.machine.node}, ${r.machine.cpu} × ${r.machine.cores}, load average ${r.machine.loadavgBefore.map((l) => l.toFixed(2)).join(' ')} before.`,
    `Seed ${r.seedNumber}: ${r.data.registries} registries, ${r.data.items} items, ${r.data.activeReservations} active reservations; the 200-item list is ${r.data.listBytesBrotli} bytes in brotli.`,
    'Everything ran on this one machine: autocannon and the checkers in one process, nginx (1 worker), two API processes, PostgreSQL and Redis sharing its cores; ratios measured side by side are what count.',
    '',
  ];
  if (r.burst?.length) {
    lines.push(
      '### 1. Guest burst through nginx, beside the same bytes as a static file',
      '',
      'Edge and static file alternate; each row pair is the round with the median ratio. Where autocannon uses a whole core, it is the limit of both.',
      '',
      ...LOAD_HEADER,
    );
    for (const run of r.burst) {
      const rounds = run.ratios?.map((ratio) => fixed(ratio)).join(', ');
      lines.push(
        loadRow('gift list via nginx', run.edge, `÷ static: ${verdict(run.ratio, 0.8)}${rounds ? `, median of ${rounds}` : ''}`),
        loadRow('static file, same nginx', run.static),
      );
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
  if (r.pledgeContention) lines.push(...pledgeContentionLines(r.pledgeContention));
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
  const ratios = ratioRows(r);
  if (ratios.length) lines.push('### Ratios', '', '| ratio | value | target |', '| --- | --: | --- |', ...ratios, '');
  if (r.soak) lines.push(...waveSection('### 6. The mixed wave for 10 minutes', r.soak));
  lines.push(r.failures.length ? `**Failures:** ${r.failures.join('; ')}` : 'No errors, no oversells, no overpledges, no stale reads.', '', END);
  return lines.join('\n');
}

function ratioRows(r: LoadResults): string[] {
  const rows: string[] = [];
  const target = (value: number, goal: number) => `≥ ${goal}× (${value >= goal ? 'met' : '**missed**'})`;
  for (const run of r.burst ?? [])
    rows.push(`| guest burst via nginx ÷ static file, ${run.connections} connections | ${fixed(run.ratio)}× | ${target(run.ratio, 0.8)} |`);
  if (r.apiDirect) rows.push(`| API direct, warm ÷ naive handler | ${fixed(r.apiDirect.ratio, 1)}× | ${target(r.apiDirect.ratio, 3)} |`);
  if (r.scaleOut) rows.push(`| 2 APIs ÷ 1 API behind nginx, microcache off | ${fixed(r.scaleOut.ratio)}× | reported |`);
  return rows;
}

function cpuNote(f: LoadFigures): string {
  return f.cpu ? `server CPU ${fixed(f.cpu.userUsPerRequest + f.cpu.systemUsPerRequest, 0)} µs/request, ${fixed(f.cpu.serverCores)} cores` : '';
}

function waveSection(title: string, w: MixedWaveResult): string[] {
  const row = (kind: string, count: number, share: string, l: MixedWaveResult['reads']['latency'], statuses: Record<string, number>, note: string) =>
    `| ${kind} | ${count.toLocaleString('en-US')} | ${share} | ${fixed(l.p50)} | ${fixed(l.p90)} | ${fixed(l.p99)} | ${mix(statuses)} | ${note} |`;
  const f = w.freshness;
  const lines = [
    title,
    '',
    `${fixed(w.seconds, 0)} s, ${w.connections} reading connections through nginx (${w.readWeighting}), writes paced to the reads; ${rps(w.requestsPerSecond)} requests/s in all.`,
    '',
    '| kind | requests | share | p50 ms | p90 ms | p99 ms | statuses | note |',
    '| --- | --: | --: | --: | --: | --: | --- | --- |',
    row(
      'guest reads',
      w.reads.count,
      `${fixed(100 - w.reservations.sharePct - w.edits.sharePct, 1)}%`,
      w.reads.latency,
      w.reads.statuses,
      `${rps(w.reads.requestsPerSecond)}/s; ${mix(w.reads.cache)}`,
    ),
    row(
      'reservations',
      w.reservations.count,
      `${fixed(w.reservations.sharePct, 1)}%`,
      w.reservations.latency,
      w.reservations.statuses,
      `${w.reservations.created} created, ${w.reservations.soldOut} sold out (${w.reservations.aimedAtSoldOut} aimed at sold-out items on purpose)`,
    ),
    row(
      'pledges to capped funds',
      w.pledges.count,
      `${fixed(w.pledges.sharePct, 1)}%`,
      w.pledges.latency,
      w.pledges.statuses,
      `${w.pledges.created} accepted to ${w.pledges.funds} funds of €500 (${fixed(w.pledges.acceptedAmount / 100, 0)} € in all), ${w.pledges.full} refused as beyond the target`,
    ),
    row(
      'owner edits (If-Match)',
      w.edits.count,
      `${fixed(w.edits.sharePct, 1)}%`,
      w.edits.latency,
      w.edits.statuses,
      `${w.edits.saved} saved, ${w.edits.reapplied} re-applied after 412, ${w.edits.conflicts} given up`,
    ),
    '',
    `Freshness through nginx (documented bound ${f.boundMs} ms): ${f.writesChecked} writes watched (${f.writesUnchecked} more came while 20 were being watched); the first read showing the change started at most ${fixed(f.maxToReadStartMs, 0)} ms after the write was answered (p99 ${fixed(f.p99ToReadStartMs, 0)} ms) and ended at most ${fixed(f.maxMs, 0)} ms after (p50 ${fixed(f.p50Ms, 0)}, p99 ${fixed(f.p99Ms, 0)}); **${f.staleReadsBeyondBound} reads showed a state older than the bound**.`,
    `Errors: ${w.errors.total}; oversells: ${w.oversells}; reserved counts that moved by anything but this run's reservations: ${w.reservationMismatches}; overpledges: ${w.overpledges}; funds' pledged amounts that moved by anything but this run's pledges: ${w.pledgeMismatches}.`,
    '',
  ];
  if (w.samples?.length && w.soak) {
    const v = w.soak;
    lines.push(
      '| at s | API RSS MB | PostgreSQL connections | cache Redis MB | cache keys | writes |',
      '| --: | --- | --: | --: | --: | --: |',
      ...w.samples.map(
        (x) =>
          `| ${x.atSeconds} | ${Object.values(x.apiRssMb)
            .map((mb) => fixed(mb, 0))
            .join(
              ' / ',
            )} | ${x.pgConnections} | ${fixed(x.redisUsedMemoryMb, 1)} | ${x.cacheKeys.toLocaleString('en-US')} | ${x.writes.toLocaleString('en-US')} |`,
      ),
      '',
      `Against the sample at ${v.baselineAtSeconds} s: API memory ${Object.values(v.rssGrowthPct)
        .map((pct) => `${pct >= 0 ? '+' : ''}${fixed(pct, 1)}%`)
        .join(
          ' / ',
        )} (bound ±10%); PostgreSQL connections ${v.pgConnectionsBaseline} → ${v.pgConnectionsEnd} (max ${v.pgConnectionsMax}, pools' bound ${v.pgConnectionsBound}); cache Redis ${fixed(v.redisUsedMemoryGrowthMb, 1)} MB more (maxmemory ${fixed(v.redisMaxMemoryMb, 0)} MB, allkeys-lru).`,
      '',
    );
  }
  return lines;
}

/** Scenario 9: pledges racing for a group gift's target. */
function pledgeContentionLines(p: PledgeContentionResult): string[] {
  const euros = (minor: number) => `€${(minor / 100).toLocaleString('en-US')}`;
  return [
    `### 9. Pledge contention: ${p.guests} guests chip in to a group gift of ${euros(p.targetAmount)} at once`,
    '',
    `Each guest from an address of its own, through nginx, €5–€20 each: ${euros(p.offeredAmount)} offered in all.`,
    '',
    '| guests | 201 | 409 beyond target | 5xx | other | accepted | database: pledged / sum of pledges | overpledged | total ms | p50 ms | max ms |',
    '| --: | --: | --: | --: | --- | --: | --- | --: | --: | --: | --: |',
    `| ${p.guests} | ${p.created} | ${p.conflicts} | ${p.serverErrors} | ${mix(p.other)} | ${euros(p.acceptedAmount)} | ${euros(p.database.pledgedAmount)} / ${euros(p.database.activePledgesSum)} | ${p.overpledged} | ${fixed(p.totalMs, 0)} | ${fixed(p.p50Ms, 0)} | ${fixed(p.maxMs, 0)} |`,
    '',
  ];
}

/** The money gifts' own section: scenario 9 and the wave's pledges, written by `bench:pledges` and by full runs. */
function pledgesSection(r: LoadResults): string {
  const w = r.wave;
  const lines = [
    PLEDGES_START,
    '',
    '## Load harness: money gifts (npm run bench:pledges)',
    '',
    `Run of ${r.date} (${r.mode}), Node ${r.machine.node}, ${r.machine.cpu} × ${r.machine.cores}, load average ${r.machine.loadavgBefore.map((l) => l.toFixed(2)).join(' ')} before; seed ${r.seedNumber}.`,
    '',
    ...(r.pledgeContention ? pledgeContentionLines(r.pledgeContention) : []),
    ...(w ? waveSection(`### The mixed wave with pledges (${fixed(w.seconds, 0)} s)`, w) : []),
    r.failures.length ? `**Failures:** ${r.failures.join('; ')}` : 'No errors, no oversells, no overpledges, no stale reads.',
    '',
    PLEDGES_END,
  ];
  return lines.join('\n');
}

/** Scenario 10 (issue 19 §4): its own section, written by `bench:write-path` and by full runs. */
function writePathSection(r: LoadResults): string {
  const x = r.writePath;
  const idle = r.idleReservations;
  const wave = r.wave?.reservations.latency;
  const lines = [
    WRITE_PATH_START,
    '',
    '## Load harness: the write path (npm run bench:write-path)',
    '',
    `Run of ${r.date} (${r.mode}), Node ${r.machine.node}, ${r.machine.cpu} × ${r.machine.cores}, load average ${r.machine.loadavgBefore.map((l) => l.toFixed(2)).join(' ')} before, ${r.machine.loadavgAfter.map((l) => l.toFixed(2)).join(' ')} after; seed ${r.seedNumber}.`,
    '',
  ];
  if (x) {
    lines.push(
      `Reservations on one registry, ${x.connections} connections, ${x.seconds} s each, one after the other in this run: one API process (straight, no nginx), and \`pgbench\` on a scratch database running only the minimal SQL (touch the registry row, update the item, insert the reservation).`,
      '',
      '| writer | reservations/s | latency | note |',
      '| --- | --: | --- | --- |',
      `| API, POST reservation | ${fixed(x.api.perSecond, 1)} | p50 ${fixed(x.api.p50Ms)} ms, p99 ${fixed(x.api.p99Ms)} ms | ${x.api.created} created, ${x.api.errors} failed |`,
      `| pgbench, same minimal SQL | ${fixed(x.pgbench.perSecond, 1)} | average ${fixed(x.pgbench.latencyMs)} ms | |`,
      `| ratio API ÷ pgbench | ${fixed(x.ratio, 2)}× | | target ≥ 0.5×: ${x.ratio >= 0.5 ? 'met' : '**not met**'} |`,
      '',
    );
  }
  if (idle && wave) {
    const ratio = wave.p99 / idle.p99Ms;
    lines.push(
      '| reservations | count | p50 ms | p99 ms | note |',
      '| --- | --: | --: | --: | --- |',
      `| idle (one at a time, before any load) | ${idle.count} | ${fixed(idle.p50Ms)} | ${fixed(idle.p99Ms)} | |`,
      `| in the mixed wave | ${wave.count} | ${fixed(wave.p50)} | ${fixed(wave.p99)} | wave ÷ idle p99: ${fixed(ratio, 2)}× (target ≤ 3×: ${ratio <= 3 ? 'met' : '**not met**'}) |`,
      '',
    );
  }
  lines.push(WRITE_PATH_END);
  return lines.join('\n');
}

export function printSummary(r: LoadResults, loadSection = true): void {
  if (r.writePath || r.idleReservations) console.log(writePathSection(r).split('\n').slice(2, -1).join('\n'));
  if (r.mode === 'write-path') return;
  if (r.mode === 'pledges') {
    console.log(pledgesSection(r).split('\n').slice(2, -1).join('\n'));
    return;
  }
  if (loadSection) console.log(markdownSection(r).split('\n').slice(2, -1).join('\n'));
  if (r.bigList) console.log(bigListSection(r).split('\n').slice(2, -1).join('\n'));
}

// --- Scenario 8 (issue 11, item 16): its own section, written by a full run and by `bench:big-list` alone. ---
function bigListSection(r: LoadResults): string {
  const b = r.bigList!;
  const ms = (l: Latencies) => `${fixed(l.p50)} | ${fixed(l.p90)} | ${fixed(l.p99)} | ${fixed(l.max)}`;
  const mb = (bytes: number) => `${fixed(bytes / 1e6)} MB`;
  const lines = [
    BIG_LIST_START,
    '',
    '## Load harness: the largest list rebuilt after every write (npm run bench:big-list)',
    '',
    `Run of ${r.date}, Node ${r.machine.node}, ${r.machine.cpu} × ${r.machine.cores}, load average ${r.machine.loadavgBefore.map((l) => l.toFixed(2)).join(' ')} before; seed ${r.seedNumber}.`,
    'One client reserves a unit of a 2,000-item list and reads the list back, over and over, straight at one API process: every read is a miss that puts the document together again and compresses it (gzip and brotli, on the threadpool). Another client asks the same process for `/api/health` every 10 ms. Idle: the same probe for a few seconds before, without the cycles.',
    '',
    '| list | text as JSON | identity | brotli | gzip | cycles | reads | reserve p50 / max ms | read p50 / max ms |',
    '| --- | --: | --: | --: | --: | --: | --- | --: | --: |',
    ...b.runs.map(
      (x) =>
        `| ${x.shape} | ${mb(x.textBytes)} | ${mb(x.identityBytes)} | ${mb(x.brotliBytes)} | ${mb(x.gzipBytes)} | ${x.cycles} in ${fixed(x.seconds, 1)} s | ${mix(x.reads)} | ${fixed(x.reserveMs.p50, 0)} / ${fixed(x.reserveMs.max, 0)} | ${fixed(x.readMs.p50, 0)} / ${fixed(x.readMs.max, 0)} |`,
    ),
    '',
    `| list | health | samples | p50 ms | p90 ms | p99 ms | max ms | target p99 ≤ ${b.targetP99Ms} ms |`,
    '| --- | --- | --: | --: | --: | --: | --: | --- |',
    ...b.runs.flatMap((x) => [
      `| ${x.shape} | idle | ${x.healthIdle.samples} | ${ms(x.healthIdle)} | |`,
      `| ${x.shape} | under the cycles | ${x.healthUnderLoad.samples} | ${ms(x.healthUnderLoad)} | ${x.healthUnderLoad.p99 <= b.targetP99Ms ? 'met' : '**missed**'} |`,
    ]),
    '',
    `Growing the list at the bound answered ${b.boundCheck.status} (${b.boundCheck.type.split('/').pop()}).`,
    '',
    BIG_LIST_END,
  ];
  return lines.join('\n');
}

/**
 * bench/results/load.json and the harness's section of docs/benchmarks.md; the soak has its own file and section;
 * a quick run (CI's smoke test) writes bench/results/load-quick.json only and leaves the document to full runs.
 */
export async function writeResults(r: LoadResults, options: { loadSection: boolean } = { loadSection: true }): Promise<void> {
  if (r.bigList && r.mode === 'full')
    await writeResultFiles(join(ROOT, 'bench', 'results', 'load-big-list.json'), r, BIG_LIST_START, BIG_LIST_END, bigListSection(r));
  if (r.mode === 'full' || r.mode === 'pledges')
    await writeResultFiles(join(ROOT, 'bench', 'results', 'load-pledges.json'), r, PLEDGES_START, PLEDGES_END, pledgesSection(r));
  if (r.mode === 'full' || r.mode === 'write-path')
    await writeResultFiles(join(ROOT, 'bench', 'results', 'load-write-path.json'), r, WRITE_PATH_START, WRITE_PATH_END, writePathSection(r));
  if (!options.loadSection || r.mode === 'pledges' || r.mode === 'write-path') return;
  const file = join(ROOT, 'bench', 'results', r.mode === 'full' ? 'load.json' : `load-${r.mode}.json`);
  if (r.mode === 'full') await writeResultFiles(file, r, START, END, markdownSection(r));
  else if (r.mode === 'soak') await writeResultFiles(file, r, SOAK_START, SOAK_END, markdownSection(r).replace(START, SOAK_START).replace(END, SOAK_END));
  else await writeResultFiles(file, r, START, END);
}
