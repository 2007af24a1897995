import 'reflect-metadata';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Edge } from '../../e2e/support/nginx';
import { sampleCpu } from '../cache/cpu';
import { cpuModel, writeResultFiles } from '../cache/report';
import { ServerProcess, apiEnvironment, startServer, stopAll } from '../cache/servers';
import { createDatabase, deleteRedisKeys, dropDatabase, newScratch } from '../cache/setup';
import { seedRegistries } from '../load/seed';
import { StreamClient, heardAt, openClient } from './clients';

/**
 * `npm run bench:live`: live updates at scale (issue 14 §5). N event-stream clients (default 5,000) hold a gift
 * list open through nginx in front of two API processes; the couple then edits the list, alternately through each
 * process, and every client's delay from the write to its event is measured, with the APIs' memory per open
 * stream and their CPU while the streams sit idle. Printed and written down, never asserted.
 */
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const settings = {
  clients: env('BENCH_LIVE_CLIENTS', 5000),
  writes: env('BENCH_LIVE_WRITES', 20),
  writeIntervalMs: env('BENCH_LIVE_WRITE_INTERVAL_MS', 1000),
  idleSeconds: env('BENCH_LIVE_IDLE_SECONDS', 30),
  heartbeatSeconds: env('BENCH_LIVE_HEARTBEAT_SECONDS', 20),
  connectBatch: env('BENCH_LIVE_CONNECT_BATCH', 250),
  seedNumber: env('BENCH_SEED', 20261201),
};
const ROOT = resolve(__dirname, '..', '..');
const START = '<!-- bench:live:start -->';
const END = '<!-- bench:live:end -->';

const t0 = performance.now();
const log = (message: string) => console.log(`[bench:live +${((performance.now() - t0) / 1000).toFixed(1)}s] ${message}`);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Resident memory of a process, in bytes (VmRSS). */
function rss(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) * 1024;
}

/** Open file descriptors of a process. */
function fds(pid: number): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}

/** nginx's worker processes (children of the master whose pid is in the edge's nginx.pid). */
function nginxWorkers(edge: Edge): number[] {
  const master = readFileSync(join(edge.dir, 'nginx.pid'), 'utf8').trim();
  return readFileSync(`/proc/${master}/task/${master}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface LiveResults {
  benchmark: 'live';
  date: string;
  machine: { node: string; cpu: string; cores: number; loadavgBefore: number[]; loadavgAfter: number[] };
  settings: typeof settings;
  connected: { clients: number; failed: number; failures: Record<string, number>; seconds: number; perApi: number[] };
  latencyMs: {
    samples: number;
    missing: number;
    p50: number;
    p99: number;
    max: number;
    writeAnswerP50: number;
    perWriteMax: number[];
    /** Per write: [API process that took it, clients that never heard it]. */
    perWriteMissing: [string, number][];
  };
  memory: {
    apiRssBeforeMb: number[];
    apiRssAfterMb: number[];
    apiBytesPerConnection: number;
    apiHeapBytesPerConnection: number;
    /** RSS growth per stream from half the streams to all of them. */
    apiMarginalBytesPerConnection: number | null;
    nginxBytesPerConnection: number | null;
  };
  idle: { seconds: number; apiCores: number[]; nginxCores: number | null; machineBusy: number };
  failures: string[];
}

async function main(): Promise<number> {
  const loadavgBefore = loadavg();
  const scratch = newScratch();
  const webRoot = mkdtempSync(join(tmpdir(), 'wg-live-web-'));
  chmodSync(webRoot, 0o755);
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>WhisperGifts</title>');
  let edge: Edge | undefined;
  const clients: StreamClient[] = [];
  const cleanup = async () => {
    for (const client of clients) client.socket.destroy();
    await edge?.stop().catch(() => undefined);
    await stopAll();
    await deleteRedisKeys(scratch.redisKeyPrefix).catch(() => undefined);
    await dropDatabase(scratch).catch(() => undefined);
    rmSync(webRoot, { recursive: true, force: true });
    rmSync(scratch.mediaDir, { recursive: true, force: true });
  };
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) return;
    interrupted = true;
    log('interrupted: cleaning up');
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const failures: string[] = [];
  try {
    log(`database ${scratch.database}, Redis prefix ${scratch.redisKeyPrefix}; ${settings.clients} clients`);
    await createDatabase(scratch);
    const [registry] = await seedRegistries(scratch.databaseUrl, settings.seedNumber, [{ key: 'live', items: 20 }]);
    mkdirSync(scratch.mediaDir, { recursive: true, mode: 0o755 });
    const apiEnv = {
      ...apiEnvironment(scratch),
      LIVE_EVENTS_MAX_STREAMS: String(settings.clients + 1000),
      LIVE_EVENTS_HEARTBEAT_SECONDS: String(settings.heartbeatSeconds),
      // So the heap can be measured after a full collection (ServerProcess.memory).
      NODE_OPTIONS: [process.env.NODE_OPTIONS, '--expose-gc'].filter(Boolean).join(' '),
    };
    const apis: ServerProcess[] = await Promise.all(['api-1', 'api-2'].map((name) => startServer(name, '../cache/api-server.ts', apiEnv)));
    edge = await Edge.start({
      apiPorts: apis.map((api) => Number(new URL(api.url).port)),
      webRoot,
      mediaRoot: scratch.mediaDir,
      // One load generator is one client address holding every stream.
      connPerIp: 60_000,
      eventsPerIp: settings.clients + 1000,
      // Each stream is two connections in nginx (the client's and the upstream's).
      workerConnections: settings.clients * 2 + 1000,
    });
    const path = `/api/public/registries/${registry.slug}/events`;

    // Warm-up: the code paths and buffers a stream uses, so the baseline below is not the cold process.
    const warm = await Promise.all(Array.from({ length: 50 }, () => openClient(edge!.port, path)));
    for (const client of warm) client.socket.destroy();
    await sleep(2000);
    const heapBefore = await Promise.all(apis.map((api) => api.memory()));
    const rssBefore = apis.map((api) => rss(api.pid));
    const fdsBefore = apis.map((api) => fds(api.pid));
    const nginxBefore = nginxWorkers(edge).reduce((sum, pid) => sum + rss(pid), 0);

    log(`opening ${settings.clients} streams in batches of ${settings.connectBatch}`);
    const connectStart = performance.now();
    const connectFailures: Record<string, number> = {};
    // Halfway, the memory again: from there on the growth per stream is its own cost, without the one-time growth
    // of the process's heap spaces and allocator arenas that the first thousands of streams also pay for.
    let half: { streams: number; rss: number[] } | undefined;
    for (let i = 0; i < settings.clients; i += settings.connectBatch) {
      if (!half && i >= settings.clients / 2) {
        await sleep(2000);
        await Promise.all(apis.map((api) => api.memory()));
        half = { streams: clients.length, rss: apis.map((api) => rss(api.pid)) };
      }
      const batch = await Promise.allSettled(Array.from({ length: Math.min(settings.connectBatch, settings.clients - i) }, () => openClient(edge!.port, path)));
      for (const result of batch) {
        if (result.status === 'fulfilled') clients.push(result.value);
        else connectFailures[String(result.reason)] = (connectFailures[String(result.reason)] ?? 0) + 1;
      }
    }
    const connectSeconds = (performance.now() - connectStart) / 1000;
    const failedToConnect = settings.clients - clients.length;
    if (failedToConnect) failures.push(`${failedToConnect} streams did not open: ${JSON.stringify(connectFailures)}`);
    log(`${clients.length} streams open in ${connectSeconds.toFixed(1)} s`);
    await sleep(5000);
    // As before the streams: a full collection first, then the resident size.
    const heapAfter = await Promise.all(apis.map((api) => api.memory()));
    const rssAfter = apis.map((api) => rss(api.pid));
    const live = (m: NodeJS.MemoryUsage) => m.heapUsed + m.external + m.arrayBuffers;
    const heapPerConnection = (heapAfter.reduce((a, m) => a + live(m), 0) - heapBefore.reduce((a, m) => a + live(m), 0)) / Math.max(1, clients.length);
    const nginxAfter = nginxWorkers(edge).reduce((sum, pid) => sum + rss(pid), 0);
    // How the streams spread over the two processes: each open stream is one more file descriptor there.
    const fdsAfter = apis.map((api) => fds(api.pid));
    const perApi = fdsAfter.map((n, i) => n - fdsBefore[i]);

    log(`idle for ${settings.idleSeconds} s (heartbeats every ${settings.heartbeatSeconds} s)`);
    const workers = nginxWorkers(edge);
    const idleBefore = { apis: apis.map((api) => sampleCpu(api.pid)), nginx: workers.map((pid) => sampleCpu(pid)) };
    await sleep(settings.idleSeconds * 1000);
    const idleAfter = { apis: apis.map((api) => sampleCpu(api.pid)), nginx: workers.map((pid) => sampleCpu(pid)) };
    const cores = (before: ReturnType<typeof sampleCpu>, after: ReturnType<typeof sampleCpu>) =>
      before && after ? (after.user + after.system - before.user - before.system) / 1000 / settings.idleSeconds : NaN;
    const apiCores = apis.map((_, i) => cores(idleBefore.apis[i], idleAfter.apis[i]));
    const nginxCores = workers.reduce((sum, _, i) => sum + cores(idleBefore.nginx[i], idleAfter.nginx[i]), 0);
    const m0 = idleBefore.apis[0];
    const m1 = idleAfter.apis[0];
    const machineBusy = m0 && m1 ? (m1.machineBusy - m0.machineBusy) / (m1.machineTotal - m0.machineTotal || 1) : NaN;

    log(`${settings.writes} writes, ${settings.writeIntervalMs} ms apart, alternately through each API process`);
    const latencies: number[] = [];
    const answers: number[] = [];
    const perWriteMax: number[] = [];
    const perWriteMissing: [string, number][] = [];
    let missing = 0;
    for (let w = 0; w < settings.writes; w++) {
      const api = apis[w % apis.length];
      const written = performance.now();
      const response = await fetch(`${api.url}/api/registries/${registry.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${registry.ownerToken}` },
        body: JSON.stringify({ title: `Live update ${w + 1}` }),
      });
      answers.push(performance.now() - written);
      if (response.status !== 200) {
        failures.push(`write ${w + 1}: status ${response.status}`);
        continue;
      }
      const { version } = (await response.json()) as { version: number };
      // Every client, or 10 s.
      const deadline = performance.now() + 10_000;
      while (performance.now() < deadline && clients.some((c) => !c.ended && heardAt(c, version) === null)) await sleep(20);
      let worst = 0;
      let missed = 0;
      for (const client of clients) {
        const at = heardAt(client, version);
        if (at === null) missed++;
        else {
          latencies.push(at - written);
          worst = Math.max(worst, at - written);
        }
      }
      if (missed) {
        const lastHeard = new Map<number, number>();
        for (const client of clients) {
          if (heardAt(client, version) !== null) continue;
          const last = client.heard.at(-1)?.[0] ?? -1;
          lastHeard.set(last, (lastHeard.get(last) ?? 0) + 1);
        }
        log(
          `write ${w + 1} (version ${version}, via ${api.name}): ${missed} clients never heard it; last versions they heard: ${JSON.stringify([...lastHeard])}`,
        );
      }
      perWriteMax.push(worst);
      perWriteMissing.push([api.name, missed]);
      missing += missed;
      await sleep(settings.writeIntervalMs);
    }
    if (missing) failures.push(`${missing} events never arrived within 10 s`);
    const ended = clients.filter((c) => c.ended).length;
    if (ended) failures.push(`${ended} streams ended during the run`);
    latencies.sort((a, b) => a - b);
    answers.sort((a, b) => a - b);

    const mb = (bytes: number) => bytes / 1024 / 1024;
    const results: LiveResults = {
      benchmark: 'live',
      date: new Date().toISOString(),
      machine: { node: process.version, cpu: cpuModel(), cores: availableParallelism(), loadavgBefore, loadavgAfter: loadavg() },
      settings,
      connected: { clients: clients.length, failed: failedToConnect, failures: connectFailures, seconds: connectSeconds, perApi },
      latencyMs: {
        samples: latencies.length,
        missing,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        max: latencies.at(-1) ?? NaN,
        writeAnswerP50: percentile(answers, 50),
        perWriteMax,
        perWriteMissing,
      },
      memory: {
        apiRssBeforeMb: rssBefore.map(mb),
        apiRssAfterMb: rssAfter.map(mb),
        apiHeapBytesPerConnection: heapPerConnection,
        apiMarginalBytesPerConnection:
          half && clients.length > half.streams
            ? (rssAfter.reduce((a, b) => a + b, 0) - half.rss.reduce((a, b) => a + b, 0)) / (clients.length - half.streams)
            : null,
        apiBytesPerConnection: (rssAfter.reduce((a, b) => a + b, 0) - rssBefore.reduce((a, b) => a + b, 0)) / Math.max(1, clients.length),
        nginxBytesPerConnection: nginxBefore ? (nginxAfter - nginxBefore) / Math.max(1, clients.length) : null,
      },
      idle: { seconds: settings.idleSeconds, apiCores, nginxCores, machineBusy },
      failures,
    };
    printSummary(results);
    await writeResultFiles(join(ROOT, 'bench', 'results', 'live.json'), results, START, END, markdownSection(results));
    log('wrote bench/results/live.json and its section of docs/benchmarks.md');
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
    console.error(error);
  } finally {
    await cleanup();
  }
  for (const failure of failures) console.error(`FAILURE: ${failure}`);
  return failures.length ? 1 : 0;
}

const f = (value: number, digits = 0) =>
  Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : 'n/a';

function printSummary(r: LiveResults) {
  const { latencyMs: l, memory: m, idle: i, connected: c } = r;
  console.log(`
streams open          ${c.clients} of ${r.settings.clients} (${f(c.seconds, 1)} s to open; streams per API process: ${c.perApi.join(', ')})
write → event         p50 ${f(l.p50, 1)} ms, p99 ${f(l.p99, 1)} ms, max ${f(l.max, 1)} ms over ${l.samples} deliveries (${l.missing} missing); the write's own answer p50 ${f(l.writeAnswerP50, 1)} ms
API memory            ${m.apiRssBeforeMb.map((v) => f(v, 1)).join(' + ')} MB → ${m.apiRssAfterMb.map((v) => f(v, 1)).join(' + ')} MB: ${f(m.apiBytesPerConnection / 1024, 1)} KB per stream in RSS (${m.apiMarginalBytesPerConnection === null ? 'n/a' : f(m.apiMarginalBytesPerConnection / 1024, 1)} KB each from half to all), ${f(m.apiHeapBytesPerConnection / 1024, 1)} KB in the heap after a full GC (nginx: ${m.nginxBytesPerConnection === null ? 'n/a' : f(m.nginxBytesPerConnection / 1024, 1)} KB)
idle CPU (${i.seconds} s)      APIs ${i.apiCores.map((v) => f(v * 100, 2)).join(' + ')} % of a core, nginx ${f((i.nginxCores ?? NaN) * 100, 2)} %; the machine ${f(i.machineBusy * 100, 1)} % busy
`);
}

function markdownSection(r: LiveResults): string {
  const { latencyMs: l, memory: m, idle: i, connected: c, settings: s } = r;
  const target = (met: boolean) => (met ? 'met' : '**missed**');
  return [
    START,
    '',
    '## Live updates: event streams at scale (npm run bench:live)',
    '',
    `${r.date.slice(0, 16).replace('T', ' ')} UTC, Node ${r.machine.node}, ${r.machine.cpu} (${r.machine.cores} cores), load average ${r.machine.loadavgBefore.map((v) => v.toFixed(2)).join(' / ')} before. ` +
      `${f(c.clients)} clients (of ${f(s.clients)} asked for) in one load-generator process, each a raw socket holding \`GET /api/public/registries/{slug}/events\` ` +
      `open through nginx (\`nginx/whispergifts.conf.template\`, one worker) in front of two API processes; ${s.writes} owner edits ${s.writeIntervalMs} ms apart, ` +
      'alternately straight to each API process; heartbeats every ' +
      `${s.heartbeatSeconds} s. Opening them all took ${f(c.seconds, 1)} s.`,
    '',
    '| measure | value | target |',
    '| --- | --- | --- |',
    `| write → event at every client, p50 | ${f(l.p50, 1)} ms | |`,
    `| write → event, p99 | ${f(l.p99, 1)} ms | ≤ 1,000 ms: ${target(l.p99 <= 1000)} |`,
    `| write → event, max | ${f(l.max, 1)} ms | |`,
    `| deliveries measured (missing) | ${f(l.samples)} (${f(l.missing)}) | |`,
    `| the write's own answer, p50 | ${f(l.writeAnswerP50, 1)} ms | |`,
    `| API memory per open stream (RSS growth of both processes ÷ streams, from before the first) | ${f(m.apiBytesPerConnection / 1024, 1)} KB | ≤ 20 KB: ${target(m.apiBytesPerConnection <= 20 * 1024)} |`,
    `| API memory per additional stream (RSS growth from ${f(s.clients / 2)} streams to all ÷ the streams added) | ${m.apiMarginalBytesPerConnection === null ? 'n/a' : `${f(m.apiMarginalBytesPerConnection / 1024, 1)} KB`} | ≤ 20 KB: ${m.apiMarginalBytesPerConnection === null ? 'n/a' : target(m.apiMarginalBytesPerConnection <= 20 * 1024)} |`,
    `| API heap per open stream (heap, external and buffers after a full GC, growth ÷ streams) | ${f(m.apiHeapBytesPerConnection / 1024, 1)} KB | |`,
    `| API RSS before → with the streams open | ${m.apiRssBeforeMb.map((v) => f(v)).join(' + ')} MB → ${m.apiRssAfterMb.map((v) => f(v)).join(' + ')} MB | |`,
    `| nginx memory per open stream | ${m.nginxBytesPerConnection === null ? 'n/a' : `${f(m.nginxBytesPerConnection / 1024, 1)} KB`} | |`,
    `| API CPU while idle (${i.seconds} s, streams open) | ${i.apiCores.map((v) => `${f(v * 100, 2)} %`).join(' + ')} of a core | |`,
    `| nginx CPU while idle | ${f((i.nginxCores ?? NaN) * 100, 2)} % of a core | |`,
    `| whole machine busy meanwhile | ${f(i.machineBusy * 100, 1)} % | |`,
    '',
    `Slowest client per write (ms): ${l.perWriteMax.map((v) => f(v)).join(', ')}.` +
      (l.missing
        ? ` Clients that never heard a write (API, count): ${l.perWriteMissing
            .filter(([, n]) => n)
            .map(([api, n]) => `${api} ${n}`)
            .join(', ')}.`
        : '') +
      (r.failures.length ? ` Failures: ${r.failures.join('; ')}.` : ''),
    '',
    END,
  ].join('\n');
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
