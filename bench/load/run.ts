import 'reflect-metadata';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { cpuModel } from '../cache/report';
import { LoadResults, printSummary, writeResults } from './report';
import { apiDirect } from './scenarios/api-direct';
import { bigList } from './scenarios/big-list';
import { contention } from './scenarios/contention';
import { guestBurst, revalidation } from './scenarios/guest-burst';
import { mixedWave, waveFailures } from './scenarios/mixed-wave';
import { pledgeContention, pledgeContentionFailures } from './scenarios/pledge-contention';
import { queryBudget } from './scenarios/query-budget';
import { scaleOut } from './scenarios/scale-out';
import { idleReservations, writePath } from './scenarios/write-path';
import { startWorld } from './world';

/**
 * The load harness: "the invitation just went out". `npm run bench` runs scenarios 1–5 and 7 with both
 * baselines (a few minutes); `npm run bench:quick` a short 1, 3 and 4 (under a minute, CI's smoke test);
 * `npm run bench:soak` the mixed wave for ten minutes; `npm run bench:big-list` only scenario 8 (`bench` runs it
 * last); `npm run bench:pledges` a short wave and scenario 9 (money gifts), writing their section. Figures are printed and written down; the exit code is
 * non-zero only for errors, oversells, stale reads and unequal query counts, never for a time.
 */
const mode: LoadResults['mode'] = process.argv.includes('--soak')
  ? 'soak'
  : process.argv.includes('--quick')
    ? 'quick'
    : process.argv.includes('--pledges')
      ? 'pledges'
      : process.argv.includes('--write-path')
        ? 'write-path'
        : 'full';
/** Short runs: CI's smoke test, and the money gifts' section. */
const short = mode === 'quick' || mode === 'pledges' || mode === 'write-path';
/** Scenario 8 alone (a full run ends with it too). */
const bigListOnly = process.argv.includes('--big-list');
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const settings = {
  seedNumber: env('BENCH_SEED', 20261201),
  seconds: env('BENCH_SECONDS', short ? 3 : 8),
  warmupSeconds: env('BENCH_WARMUP_SECONDS', 1),
  burstRounds: env('BENCH_BURST_ROUNDS', mode === 'quick' ? 1 : 3),
  burstConnections: (process.env.BENCH_BURST_CONNECTIONS ?? (mode === 'quick' ? '50' : '10,50,200')).split(',').map(Number),
  connections: env('BENCH_CONNECTIONS', 50),
  waveSeconds: env('BENCH_WAVE_SECONDS', short ? 15 : mode === 'soak' ? 600 : 60),
  contentionGuests: env('BENCH_CONTENTION_GUESTS', 200),
  crossProcessWrites: env('BENCH_CROSS_PROCESS_WRITES', 50),
  bigListSeconds: env('BENCH_BIG_LIST_SECONDS', 15),
  // Long enough for many round trips per connection even when a reservation takes a second or more.
  writePathSeconds: env('BENCH_WRITE_PATH_SECONDS', 10),
  bigListIdleSeconds: env('BENCH_BIG_LIST_IDLE_SECONDS', 3),
  // The APIs run with the default bound unless the environment sets another (apiEnvironment passes it through).
  maxTextBytes: env('REGISTRY_MAX_TEXT_BYTES', 2_000_000),
};

const t0 = performance.now();
const log = (message: string) => console.log(`[bench:load +${((performance.now() - t0) / 1000).toFixed(1)}s] ${message}`);

async function main(): Promise<number> {
  const loadavgBefore = loadavg();
  const world = await startWorld({ seedNumber: settings.seedNumber, log });
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) return;
    interrupted = true;
    log('interrupted: cleaning up');
    void world.cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const timing = { seconds: settings.seconds, warmupSeconds: settings.warmupSeconds };
  const results: LoadResults = {
    benchmark: 'load',
    mode,
    date: new Date().toISOString(),
    machine: { node: process.version, cpu: cpuModel(), cores: availableParallelism(), loadavgBefore, loadavgAfter: [] },
    seedNumber: settings.seedNumber,
    data: {
      registries: world.registries.length,
      items: world.registries.reduce((sum, r) => sum + r.items.length, 0),
      activeReservations: world.registries.reduce((sum, r) => sum + r.reservations, 0),
      listBytesBrotli: world.staticBytes,
    },
    settings: { ...settings },
    failures: [],
  };
  const fail = (message: string) => {
    results.failures.push(message);
    log(`FAILURE: ${message}`);
  };
  try {
    if (bigListOnly) results.bigList = await runBigList(world);
    else {
      if (mode === 'full') {
        // First, while the lists are as seeded: the wave below sells many of them out.
        log('7. query budget');
        results.queryBudget = await queryBudget(world);
        for (const row of results.queryBudget.filter((r) => !r.equal))
          fail(`query budget: ${row.endpoint}: ${row.small} queries at 20 items, ${row.large} at 2,000`);
      }
      // Scenario 10's idle half: before anything else loads the machine.
      if (mode === 'full' || mode === 'write-path') {
        log('10. write path: reservations one at a time, idle');
        results.idleReservations = await idleReservations(world, 200, 120_000);
      }
      if (mode !== 'soak' && mode !== 'pledges' && mode !== 'write-path') {
        log(`1. guest burst at ${settings.burstConnections.join(', ')} connections`);
        results.burst = await guestBurst(world, settings.burstConnections, timing, settings.burstRounds);
      }
      if (mode === 'full') {
        log('2. revalidation');
        results.revalidation = await revalidation(world, settings.connections, timing);
        log('baseline: API direct vs naive');
        results.apiDirect = await apiDirect(world, settings.connections, timing);
      }
      log(`${mode === 'soak' ? '6. soak' : '3. mixed wave'}: ${settings.waveSeconds} s`);
      const wave = await mixedWave(world, {
        seconds: settings.waveSeconds,
        connections: settings.connections,
        sampleSeconds: mode === 'soak' ? 30 : undefined,
      });
      if (mode === 'soak') results.soak = wave;
      else results.wave = wave;
      for (const failure of waveFailures(wave, mode === 'soak')) fail(failure);
      if (mode === 'full' || mode === 'write-path') {
        log(`10. write path: reservations on one registry vs pgbench, ${settings.connections} connections, ${settings.writePathSeconds} s each`);
        results.writePath = await writePath(world, settings.connections, settings.writePathSeconds, 130_000);
        if (results.writePath.api.errors) fail(`write path: ${results.writePath.api.errors} reservations failed`);
      }
      if (mode !== 'soak' && mode !== 'pledges' && mode !== 'write-path') {
        log(`4. contention: ${settings.contentionGuests} guests, one unit`);
        const c = (results.contention = await contention(world, settings.contentionGuests, 100_000));
        if (c.created !== 1) fail(`contention: ${c.created} reservations succeeded (exactly 1 expected)`);
        if (c.serverErrors) fail(`contention: ${c.serverErrors} answers were 5xx`);
        if (Object.keys(c.other).length) fail(`contention: unexpected answers ${JSON.stringify(c.other)}`);
        if (c.oversold) fail(`contention: oversold by ${c.oversold}`);
      }
      if (mode !== 'soak' && mode !== 'write-path') {
        log(`9. pledge contention: ${settings.contentionGuests} guests, one group gift`);
        results.pledgeContention = await pledgeContention(world, settings.contentionGuests, 110_000);
        for (const failure of pledgeContentionFailures(results.pledgeContention)) fail(failure);
      }
      if (mode === 'full') {
        log('5. scale-out');
        results.scaleOut = await scaleOut(world, settings.connections, timing, settings.crossProcessWrites);
        if (results.scaleOut.crossProcess.staleReads) fail(`scale-out: ${results.scaleOut.crossProcess.staleReads} stale reads across processes`);
        results.bigList = await runBigList(world);
      }
    }
  } catch (error) {
    // An error, a timeout or an unexpected status from autocannon or a checker.
    fail(error instanceof Error ? error.message : String(error));
  } finally {
    results.machine.loadavgAfter = loadavg();
    await world.cleanup();
  }
  printSummary(results, !bigListOnly);
  await writeResults(results, { loadSection: !bigListOnly });
  log(results.failures.length ? `${results.failures.length} failure(s)` : 'done: no errors, no oversells, no overpledges, no stale reads');
  return results.failures.length ? 1 : 0;
}

/** Scenario 8: the largest list rebuilt after every write, with /api/health probed on the same API process. */
function runBigList(world: Parameters<typeof bigList>[0]) {
  log(`8. big list: reserve + read cycles for ${settings.bigListSeconds} s per shape, /api/health probed`);
  return bigList(world, {
    seedNumber: settings.seedNumber,
    seconds: settings.bigListSeconds,
    idleSeconds: settings.bigListIdleSeconds,
    maxTextBytes: settings.maxTextBytes,
    firstGuest: 200_000,
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
