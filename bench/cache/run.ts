import 'reflect-metadata';
import { deepStrictEqual } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client, Exchange, decodeBody, expectStatus, header } from './client';
import { machineBusy } from './cpu';
import { LoadFigures, load, median, percentile } from './load';
import { projectLike, referenceFacts } from './reference';
import { ColdSeries, Ratio, Results, SequentialFigures, cpuModel, printSummary, writeResults } from './report';
import { MEDIA_URL, ServerProcess, apiEnvironment, startServer, stopAll } from './servers';
import { ITEM_COUNT, Scratch, countRedisKeys, createDatabase, deleteRedisKeys, dropDatabase, newScratch, seed } from './setup';

/**
 * `npm run bench:cache`: the key-based cache of the guest gift list against a naive Nest handler and a bare
 * node:http server, all on this machine in one run. Prints figures and ratios; fails only on errors (a status
 * other than the expected one, a wrong body), never on a stopwatch. See docs/benchmarks.md.
 */
const settings = {
  connections: Number(process.env.BENCH_CONNECTIONS ?? 50),
  /** Seconds of each main autocannon run (API, bare and naive 200 with brotli; API and bare 304). */
  seconds: Number(process.env.BENCH_SECONDS ?? 8),
  /** Seconds of the secondary runs (naive 304, identity encodings). */
  shortSeconds: Number(process.env.BENCH_SHORT_SECONDS ?? 4),
  warmupSeconds: Number(process.env.BENCH_WARMUP_SECONDS ?? 1),
  /** Writes, each followed by a timed first GET (a miss), per kind of miss. */
  coldIterations: Number(process.env.BENCH_COLD_ITERATIONS ?? 30),
  /** Sequential requests per server and kind, for single-request latency. */
  sequentialRequests: Number(process.env.BENCH_SEQUENTIAL ?? 200),
};

const BR = { 'accept-encoding': 'br' };
const IDENTITY = { 'accept-encoding': 'identity' };
const log = (message: string) => console.log(`[bench:cache +${((performance.now() - t0) / 1000).toFixed(1)}s] ${message}`);
const t0 = performance.now();

async function main(): Promise<void> {
  const scratch = newScratch();
  const bodiesDir = mkdtempSync(join(tmpdir(), 'wg-bench-'));
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) return;
    interrupted = true;
    log('interrupted: cleaning up');
    void cleanup(scratch, bodiesDir).finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const load0 = loadavg();
  // Other work on the machine distorts everything below; say so when there is some.
  const busyBefore = await machineBusy(2000);
  try {
    if (busyBefore !== null && busyBefore > 0.2)
      log(`warning: the machine was ${(100 * busyBefore).toFixed(0)}% busy before the run started; figures will be noisier`);
    log(`database ${scratch.database}, Redis prefix ${scratch.redisKeyPrefix}`);
    await createDatabase(scratch);
    const seeded = await seed(scratch.databaseUrl);
    log(`seeded ${seeded.itemIds.length} items, ${seeded.reservations} active reservations`);
    const path = `/api/public/registries/${seeded.slug}`;

    const api = await startServer('api', 'api-server.ts', apiEnvironment(scratch));
    log(`API up in ${api.startupMs.toFixed(0)} ms (pid ${api.pid})`);
    const apiClient = new Client(api.url);
    const owner = { authorization: `Bearer ${seeded.ownerToken}` };

    // (a) cold. First, the very first request of a fresh process with nothing cached anywhere.
    const first = expectStatus(await apiClient.get(path, BR), 200, 'first GET');
    const firstRequest = { ms: first.ms, xCache: header(first, 'x-cache'), serverTiming: header(first, 'server-timing') };
    verifyJson(first, await referenceFacts(scratch.databaseUrl, seeded.slug), 'API first response');
    log(`first request after start: ${first.ms.toFixed(1)} ms (${firstRequest.serverTiming})`);

    // Then misses caused by real writes through the API, each followed by its first GET (timed) and 3 warm GETs
    // (timed too, side by side with the miss, so the ratio is not skewed by the machine's noise drifting).
    const titleMiss = await coldSeries(apiClient, path, settings.coldIterations, (i) =>
      apiClient.send('PATCH', `/api/registries/${seeded.registryId}`, owner, {
        title: i === settings.coldIterations - 1 ? 'Ana & Ben are getting married' : `Ana & Ben are getting married (${i})`,
      }),
    );
    log(`miss after a title change: median ${titleMiss.missMs.median.toFixed(2)} ms, warm ${titleMiss.warmMs.median.toFixed(3)} ms`);
    const forward = seeded.itemIds;
    const backward = [...forward].reverse();
    const coldIterations = settings.coldIterations % 2 ? settings.coldIterations + 1 : settings.coldIterations; // ends in the seeded order
    const fullMiss = await coldSeries(apiClient, path, coldIterations, (i) =>
      apiClient.send('PUT', `/api/registries/${seeded.registryId}/items/order`, owner, { itemIds: i % 2 ? forward : backward }),
    );
    log(`miss after a reorder (every item re-rendered): median ${fullMiss.missMs.median.toFixed(2)} ms, warm ${fullMiss.warmMs.median.toFixed(3)} ms`);

    // The state is final from here on: check the API's body against the reference built from SQL.
    const facts = await referenceFacts(scratch.databaseUrl, seeded.slug);
    const apiBr = expectStatus(await apiClient.get(path, BR), 200, 'API br');
    const apiIdentity = expectStatus(await apiClient.get(path, IDENTITY), 200, 'API identity');
    const apiDocument = verifyJson(apiBr, facts, 'API (br)');
    verifyJson(apiIdentity, facts, 'API (identity)', apiDocument);
    if (header(apiBr, 'content-encoding') !== 'br') throw new Error('API did not answer Accept-Encoding: br with brotli');
    const etag = header(apiBr, 'etag');
    if (!etag) throw new Error('API sent no ETag');
    expectStatus(await apiClient.get(path, { ...BR, 'if-none-match': etag }), 304, 'API 304');

    // The baselines, now that the API's bytes for this state are known.
    writeFileSync(join(bodiesDir, 'body.br'), apiBr.body);
    writeFileSync(join(bodiesDir, 'body.json'), apiIdentity.body);
    const bareTag = '"bench-constant-tag"';
    const [naive, bare] = await Promise.all([
      startServer('naive', 'naive-server.ts', { DATABASE_URL: scratch.databaseUrl, MEDIA_URL, NODE_ENV: 'production' }),
      startServer('bare', 'bare-server.ts', {
        BENCH_BODY_BR: join(bodiesDir, 'body.br'),
        BENCH_BODY_IDENTITY: join(bodiesDir, 'body.json'),
        BENCH_ETAG: bareTag,
      }),
    ]);
    log(`naive Nest app up in ${naive.startupMs.toFixed(0)} ms, bare node:http in ${bare.startupMs.toFixed(0)} ms`);
    const naiveClient = new Client(naive.url);
    const bareClient = new Client(bare.url);
    const naiveBr = expectStatus(await naiveClient.get(path, BR), 200, 'naive br');
    const naiveIdentity = expectStatus(await naiveClient.get(path, IDENTITY), 200, 'naive identity');
    verifyJson(naiveBr, facts, 'naive (br)', apiDocument);
    verifyJson(naiveIdentity, facts, 'naive (identity)', apiDocument);
    const naiveTag = header(naiveBr, 'etag')!;
    expectStatus(await naiveClient.get(path, { ...BR, 'if-none-match': naiveTag }), 304, 'naive 304');
    verifyJson(expectStatus(await bareClient.get(path, BR), 200, 'bare br'), facts, 'bare (br)', apiDocument);
    verifyJson(expectStatus(await bareClient.get(path, IDENTITY), 200, 'bare identity'), facts, 'bare (identity)', apiDocument);
    expectStatus(await bareClient.get(path, { ...BR, 'if-none-match': bareTag }), 304, 'bare 304');
    const verification = {
      facts: 'registry fields, version, updatedAt, every item in order with its quantities, read with SQL (bench/cache/reference.ts)',
      apiStatesTheFacts: true,
      naiveDocumentEqualsApi: true,
      bareDocumentEqualsApi: true,
      naiveIdentityBytesEqualApi: naiveIdentity.body.equals(apiIdentity.body),
      bodyBytes: { identity: apiIdentity.body.length, apiBrotli: apiBr.body.length, naiveBrotli: naiveBr.body.length },
    };
    log(`bodies verified: ${verification.bodyBytes.identity} bytes of JSON, ${verification.bodyBytes.apiBrotli} with brotli`);

    // Single requests, one after another (latency without queueing).
    const sequential: Record<string, SequentialFigures> = {};
    for (const [name, client, headers] of [
      ['api 200 br', apiClient, BR],
      ['api 304', apiClient, { ...BR, 'if-none-match': etag }],
      ['naive 200 br', naiveClient, BR],
      ['naive 304', naiveClient, { ...BR, 'if-none-match': naiveTag }],
      ['bare 200 br', bareClient, BR],
      ['bare 304', bareClient, { ...BR, 'if-none-match': bareTag }],
    ] as const) {
      sequential[name] = await sequentialRun(client, path, headers, name.endsWith('304') ? 304 : 200, settings.sequentialRequests);
    }
    log(
      `sequential: API 200 ${sequential['api 200 br'].p50.toFixed(3)} ms, naive ${sequential['naive 200 br'].p50.toFixed(2)} ms, bare ${sequential['bare 200 br'].p50.toFixed(3)} ms (p50)`,
    );

    // (b)–(e) under load: autocannon here, each server in its own process. Pairs to compare run back to back.
    const runs: Record<string, LoadFigures & { server: string; request: string }> = {};
    const plan: [string, ServerProcess, Record<string, string>, number, number, Client][] = [
      ['api 200 br', api, BR, 200, settings.seconds, apiClient],
      ['bare 200 br', bare, BR, 200, settings.seconds, bareClient],
      ['naive 200 br', naive, BR, 200, settings.seconds, naiveClient],
      ['api 304', api, { ...BR, 'if-none-match': etag }, 304, settings.seconds, apiClient],
      ['bare 304', bare, { ...BR, 'if-none-match': bareTag }, 304, settings.seconds, bareClient],
      ['naive 304', naive, { ...BR, 'if-none-match': naiveTag }, 304, settings.shortSeconds, naiveClient],
      ['api 200 identity', api, IDENTITY, 200, settings.shortSeconds, apiClient],
      ['bare 200 identity', bare, IDENTITY, 200, settings.shortSeconds, bareClient],
      ['naive 200 identity', naive, IDENTITY, 200, settings.shortSeconds, naiveClient],
    ];
    for (const [name, server, headers, status, seconds, client] of plan) {
      const figures = await load(name, {
        url: `${server.url}${path}`,
        headers,
        expectStatus: status,
        connections: settings.connections,
        seconds,
        warmupSeconds: settings.warmupSeconds,
        pid: server.pid,
      });
      // Still right after the load? (and, for the API, still answered from memory)
      const check = expectStatus(await client.get(path, headers), status, `${name} after load`);
      if (status === 200) verifyJson(check, facts, `${name} after load`, apiDocument);
      if (server === api && header(check, 'x-cache') !== 'memory') throw new Error(`${name}: X-Cache ${header(check, 'x-cache')} after load, expected memory`);
      runs[name] = { ...figures, server: server.name, request: describe(headers) };
      const cpu = figures.cpu
        ? `  server CPU ${(figures.cpu.userUsPerRequest + figures.cpu.systemUsPerRequest).toFixed(0)} µs/req (${figures.cpu.serverCores.toFixed(2)} cores), autocannon ${figures.loadGeneratorCores.toFixed(2)} cores, machine ${(100 * figures.cpu.machineBusy).toFixed(0)}% busy`
        : '';
      log(
        `${name.padEnd(18)} ${figures.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${figures.p50.toFixed(2)} ms  p99 ${figures.p99.toFixed(2)} ms${cpu}`,
      );
    }
    const redisKeys = await countRedisKeys(scratch.redisKeyPrefix);
    for (const client of [apiClient, naiveClient, bareClient]) client.close();

    const ratio = (name: string, value: number, target: number, note: string): Ratio => ({ name, value, target, met: value >= target, note });
    // Server CPU (user + system) per request under load, in milliseconds: what a warm request costs the API itself.
    const cpuMs = (run: LoadFigures) => (run.cpu ? (run.cpu.userUsPerRequest + run.cpu.systemUsPerRequest) / 1000 : NaN);
    const warmCostMs = cpuMs(runs['api 200 br']);
    const ratios: Ratio[] = [
      ratio('API warm 200 / bare 200 (req/s, br)', runs['api 200 br'].requestsPerSecond / runs['bare 200 br'].requestsPerSecond, 0.5, 'same brotli bytes'),
      ratio(
        'API warm 200 / naive 200 (req/s, br)',
        runs['api 200 br'].requestsPerSecond / runs['naive 200 br'].requestsPerSecond,
        3,
        'naive compresses per request, as @fastify/compress would',
      ),
      ratio('API 304 / bare 304 (req/s)', runs['api 304'].requestsPerSecond / runs['bare 304'].requestsPerSecond, 0.6, ''),
      ratio(
        'cold / warm, latency of one request (full miss)',
        fullMiss.ratio.median,
        50,
        'first GET after a reorder / warm GETs right after it, client-measured; median of the paired ratios',
      ),
      ratio(
        'cold / warm, server time per request (full miss)',
        fullMiss.serverTiming.missTotalMs / warmCostMs,
        50,
        "the miss's Server-Timing total / the API's CPU per warm 200 under load",
      ),
    ];
    const extraRatios: Ratio[] = [
      ratio('cold / warm, latency of one request (title change)', titleMiss.ratio.median, 50, 'the document re-assembled from cached item fragments'),
      ratio('cold / warm, server time per request (title change)', titleMiss.serverTiming.missTotalMs / warmCostMs, 50, ''),
      ratio(
        'API warm 200 / naive 200 (req/s, identity)',
        runs['api 200 identity'].requestsPerSecond / runs['naive 200 identity'].requestsPerSecond,
        3,
        'no compression on either side',
      ),
      ratio('API warm 200 / bare 200 (req/s, identity)', runs['api 200 identity'].requestsPerSecond / runs['bare 200 identity'].requestsPerSecond, 0.5, ''),
      ratio(
        'bare / API server CPU per request (200 br)',
        cpuMs(runs['bare 200 br']) / cpuMs(runs['api 200 br']),
        0,
        'what req/s would show if the load generator never ran out of CPU',
      ),
      ratio('bare / API server CPU per request (304)', cpuMs(runs['bare 304']) / cpuMs(runs['api 304']), 0, ''),
      ratio('API 304 / naive 304 (req/s)', runs['api 304'].requestsPerSecond / runs['naive 304'].requestsPerSecond, 0, ''),
      ratio('first request after start / warm (sequential p50)', firstRequest.ms / sequential['api 200 br'].p50, 0, ''),
    ];

    const results: Results = {
      benchmark: 'cache',
      date: new Date().toISOString(),
      machine: { node: process.version, cpu: cpuModel(), cores: availableParallelism(), busyBefore, loadavgBefore: load0, loadavgAfter: loadavg() },
      settings,
      data: { items: ITEM_COUNT, activeReservations: seeded.reservations, ...verification.bodyBytes },
      startup: { apiMs: api.startupMs, naiveMs: naive.startupMs, bareMs: bare.startupMs },
      cold: { firstRequest, titleChange: titleMiss, fullMiss },
      sequential,
      load: runs,
      ratios,
      extraRatios,
      verification,
      redisKeysAtEnd: redisKeys,
    };
    printSummary(results);
    await writeResults(results);
    log('results written to bench/results/cache.json and docs/benchmarks.md');
  } finally {
    if (!interrupted) await cleanup(scratch, bodiesDir);
  }
}

/** N writes, each followed by the first GET after it (a miss) and three warm GETs. */
async function coldSeries(client: Client, path: string, iterations: number, write: (i: number) => Promise<Exchange>): Promise<ColdSeries> {
  const miss: number[] = [];
  const warm: number[] = [];
  const ratios: number[] = [];
  const serverMiss: number[] = [];
  const serverDb: number[] = [];
  const serverHit: number[] = [];
  for (let i = 0; i < iterations; i++) {
    expectStatus(await write(i), 200, `write ${i}`);
    const cold = expectStatus(await client.get(path, BR), 200, `miss ${i}`);
    if (header(cold, 'x-cache') !== 'miss') throw new Error(`iteration ${i}: the first GET after a write was not a miss (X-Cache ${header(cold, 'x-cache')})`);
    const timing = serverTiming(cold);
    serverMiss.push(timing.total);
    serverDb.push(timing.db);
    const after: number[] = [];
    for (let k = 0; k < 3; k++) {
      const hot = expectStatus(await client.get(path, BR), 200, `warm ${i}.${k}`);
      if (header(hot, 'x-cache') !== 'memory') throw new Error(`iteration ${i}: a warm GET was not served from memory (X-Cache ${header(hot, 'x-cache')})`);
      after.push(hot.ms);
      serverHit.push(serverTiming(hot).total);
    }
    miss.push(cold.ms);
    warm.push(median(after));
    ratios.push(cold.ms / median(after));
  }
  return {
    iterations,
    missMs: stats(miss),
    warmMs: stats(warm),
    ratio: stats(ratios),
    serverTiming: { missTotalMs: median(serverMiss), missDbMs: median(serverDb), hitTotalMs: median(serverHit) },
  };
}

async function sequentialRun(client: Client, path: string, headers: Record<string, string>, status: number, count: number): Promise<SequentialFigures> {
  for (let i = 0; i < 20; i++) expectStatus(await client.get(path, headers), status, 'sequential warm-up');
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(expectStatus(await client.get(path, headers), status, 'sequential').ms);
  times.sort((a, b) => a - b);
  return { requests: count, p50: percentile(times, 0.5), p99: percentile(times, 0.99), min: times[0] };
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p90: percentile(sorted, 0.9), min: sorted[0], max: sorted[sorted.length - 1] };
}

function serverTiming(exchange: Exchange): { total: number; db: number; cache: number } {
  const text = header(exchange, 'server-timing') ?? '';
  const read = (name: string) => Number(new RegExp(`${name};dur=([\\d.]+)`).exec(text)?.[1] ?? NaN);
  return { total: read('total'), db: read('db'), cache: read('cache') };
}

/**
 * The body must be JSON stating the facts read from SQL (registry fields, version, every item in order with its
 * quantities) and, when `document` is given, be exactly that document (the API's, for the baselines).
 */
function verifyJson(exchange: Exchange, facts: unknown, what: string, document?: unknown): unknown {
  const type = header(exchange, 'content-type') ?? '';
  if (!type.startsWith('application/json')) throw new Error(`${what}: content-type ${type}`);
  let actual: unknown;
  try {
    actual = JSON.parse(decodeBody(exchange));
  } catch (error) {
    throw new Error(`${what}: the body is not JSON (${String(error)})`, { cause: error });
  }
  try {
    deepStrictEqual(projectLike(actual, facts), facts);
  } catch (error) {
    throw new Error(`${what}: the body does not state what the database holds\n${String(error).slice(0, 2000)}`, { cause: error });
  }
  if (document !== undefined) {
    try {
      deepStrictEqual(actual, document);
    } catch (error) {
      throw new Error(`${what}: the body differs from the API's\n${String(error).slice(0, 2000)}`, { cause: error });
    }
  }
  return actual;
}

function describe(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join(', ');
}

async function cleanup(scratch: Scratch, bodiesDir: string): Promise<void> {
  await stopAll();
  rmSync(bodiesDir, { recursive: true, force: true });
  const deleted = await deleteRedisKeys(scratch.redisKeyPrefix).catch((error: unknown) => {
    console.error(`could not delete Redis keys ${scratch.redisKeyPrefix}*: ${String(error)}`);
    return 0;
  });
  await dropDatabase(scratch).catch((error: unknown) => console.error(`could not drop ${scratch.database}: ${String(error)}`));
  log(`cleaned up: ${deleted} Redis keys deleted, database ${scratch.database} dropped`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:cache failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
