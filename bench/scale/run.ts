import 'reflect-metadata';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { ACCESS_TOKEN_PREFIX } from '../../apps/api/src/accounts/access-tokens.service';
import { newToken, sha256 } from '../../apps/api/src/common/crypto/tokens';
import { RedisServer } from '../../apps/api/test/support/redis-server';
import { machineBusy } from '../cache/cpu';
import { cpuModel } from '../cache/report';
import { ServerProcess, apiEnvironment, startServer, stopAll } from '../cache/servers';
import { Scratch, createDatabase, deleteRedisKeys, dropDatabase, newScratch } from '../cache/setup';
import { Answer, send } from '../load/guests';
import type { CacheStats, CapturedQuery } from './api-server';
import { CapturedFrom, explainAll } from './explain';
import { touchVersions } from './versions';
import { Endpoint, ScaleResults, WarmSample, printSummary, writeResults } from './report';
import { PUBLIC_SQL, SIZE_SQL, SeedStats, defineFunctions, seedScale } from './seed';

/**
 * `npm run bench:scale` (issue 19 §5): the API on a database of a real service's size beside the same lists on a
 * small one, in one run. See bench/README.md.
 */
const KEEP = process.argv.includes('--keep');
const REGISTRIES = Number(process.env.BENCH_SCALE_REGISTRIES ?? 100_000);
const WINDOWS = Number(process.env.BENCH_SCALE_SAMPLES ?? 10);
const ROUNDS = Number(process.env.BENCH_SCALE_ROUNDS ?? 5);
const WARM = Number(process.env.BENCH_SCALE_WARM ?? REGISTRIES);
const WARM_CONCURRENCY = Number(process.env.BENCH_SCALE_WARM_CONCURRENCY ?? 4);
/** Stops warming after this long (0: never), reporting how many lists it read. */
const WARM_SECONDS = Number(process.env.BENCH_SCALE_WARM_SECONDS ?? 0);
const SEED_NUMBER = Number(process.env.BENCH_SEED ?? 20261203);
/** As docker-compose.yml's redis-cache. */
const CACHE_REDIS_MAXMEMORY = '256mb';

const log = (message: string) => console.log(`[scale ${new Date().toISOString().slice(11, 19)}] ${message}`);

interface Sample {
  /** The registry's index in the generator: the same list in both databases. */
  index: number;
  slug: string;
  size: number;
}

interface Side {
  name: 'big' | 'small';
  scratch: Scratch;
  api: ServerProcess;
  cacheRedis: RedisServer;
  /** Per sample index: the registry's id and its owner's token in this database. */
  owners: Map<number, { registryId: string; token: string }>;
}

async function main() {
  const started = performance.now();
  const loadBefore = loadavg();
  const busyBefore = await machineBusy(1000);
  const stamp = newScratch();
  const big: Scratch = {
    ...stamp,
    database: `${stamp.database}_big`,
    databaseUrl: withDatabase(stamp.databaseUrl, `${stamp.database}_big`),
    redisKeyPrefix: `${stamp.redisKeyPrefix}big:`,
    mediaDir: `${stamp.mediaDir}-big`,
  };
  const small: Scratch = {
    ...stamp,
    database: `${stamp.database}_small`,
    databaseUrl: withDatabase(stamp.databaseUrl, `${stamp.database}_small`),
    redisKeyPrefix: `${stamp.redisKeyPrefix}small:`,
    mediaDir: `${stamp.mediaDir}-small`,
  };
  const redisServers: RedisServer[] = [];
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    await stopAll();
    await Promise.all(redisServers.map((r) => r.destroy().catch(() => undefined)));
    for (const scratch of [big, small]) {
      await deleteRedisKeys(scratch.redisKeyPrefix).catch(() => undefined);
      if (KEEP) log(`kept ${scratch.databaseUrl}`);
      else await dropDatabase(scratch).catch((error: unknown) => log(`could not drop ${scratch.database}: ${String(error)}`));
    }
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    log(`databases ${big.database} and ${small.database}`);
    await createDatabase(big);
    await createDatabase(small);

    // The small database: windows of 20 registries spread over the big one's range, and the first 500+ list.
    const windows = await sampleWindows(small.databaseUrl);
    log(`small database: ${windows.length} windows of 20 registries, seeding`);
    const smallSeed = await seedScale(small.databaseUrl, { ranges: windows, seedNumber: SEED_NUMBER, log });
    log(`small: ${describe(smallSeed)}`);
    log(`big database: ${REGISTRIES.toLocaleString('en')} registries, seeding (one connection)`);
    const bigSeed = await seedScale(big.databaseUrl, { ranges: [[1, REGISTRIES]], seedNumber: SEED_NUMBER, log });
    log(`big: ${describe(bigSeed)}`);

    const samples = await chooseSamples(small.databaseUrl, windows);
    log(`samples: ${samples.map((s) => `${s.slug} (${s.size})`).join(', ')}`);
    const sides: Side[] = [];
    for (const [name, scratch] of [
      ['big', big],
      ['small', small],
    ] as const) {
      mkdirSync(scratch.mediaDir, { recursive: true });
      const cacheRedis = await RedisServer.start(['--maxmemory', CACHE_REDIS_MAXMEMORY, '--maxmemory-policy', 'allkeys-lru']);
      redisServers.push(cacheRedis);
      const api = await startServer(`api-${name}`, '../scale/api-server.ts', {
        ...apiEnvironment(scratch),
        CACHE_REDIS_URL: cacheRedis.url,
        EXPOSE_SERVER_TIMING: 'true',
        NODE_OPTIONS: [process.env.NODE_OPTIONS, '--expose-gc'].filter(Boolean).join(' '),
      });
      sides.push({ name, scratch, api, cacheRedis, owners: await ownerTokens(scratch.databaseUrl, samples) });
    }

    // Each process's first requests pay for loading code (JIT, lazy modules): lists that are not samples take them.
    const sampled = new Set(samples.map((s) => s.index));
    const others = windows.flatMap(([lo, hi]) => Array.from({ length: hi - lo + 1 }, (_, k) => lo + k)).filter((i) => !sampled.has(i));
    for (const side of sides) for (const i of others.slice(0, 10)) await send(side.api.url, { path: `/api/public/registries/couple-${i}` });
    log('measuring, big and small side by side');
    const { endpoints, captures } = await measure(sides, samples);
    log(`EXPLAIN (ANALYZE, BUFFERS) of ${captures.reduce((n, c) => n + c.queries.length, 0)} captured statements on the big database`);
    const plans = await explainAll(big.databaseUrl, captures);

    log(`warming ${WARM.toLocaleString('en')} registries through the big API's caches`);
    const warm = await warmAll(sides[0], WARM);

    const results: ScaleResults = {
      date: new Date().toISOString(),
      machine: { node: process.version, cpu: cpuModel(), cores: cpus().length, busyBefore, loadavgBefore: loadBefore, loadavgAfter: loadavg() },
      settings: {
        registries: REGISTRIES,
        samples: samples.length,
        rounds: ROUNDS,
        warm: warm.samples.at(-1)?.registries ?? 0,
        warmCap: WARM_SECONDS,
        warmConcurrency: WARM_CONCURRENCY,
        seed: SEED_NUMBER,
        cacheRedisMaxmemory: CACHE_REDIS_MAXMEMORY,
      },
      seed: { big: bigSeed, small: smallSeed },
      samples,
      endpoints,
      plans,
      warm,
      seconds: (performance.now() - started) / 1000,
    };
    printSummary(results);
    await writeResults(results);
  } finally {
    await cleanup();
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

const describe = (s: SeedStats) =>
  `${s.registries.toLocaleString('en')} registries, ${s.items.toLocaleString('en')} items, ${s.reservations.toLocaleString('en')} reservations, ${s.pledges.toLocaleString('en')} pledges in ${s.seconds.total.toFixed(0)} s (load ${s.seconds.load.toFixed(0)}, indexes ${s.seconds.indexes.toFixed(0)}, vacuum ${s.seconds.vacuum.toFixed(0)})`;

/** WINDOWS windows of 20 consecutive registries spread over 1..REGISTRIES, plus 5 around the first list of 500+ items. */
async function sampleWindows(databaseUrl: string): Promise<[number, number][]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await defineFunctions(client, SEED_NUMBER);
    const {
      rows: [first],
    } = await client.query<{ i: number }>(`SELECT min(i) AS i FROM generate_series(1, $1::int) AS i WHERE ${SIZE_SQL} >= 500 AND ${PUBLIC_SQL}`, [REGISTRIES]);
    const windows: [number, number][] = [];
    const step = Math.floor(REGISTRIES / WINDOWS);
    for (let w = 0; w < WINDOWS; w++) {
      const lo = 1 + w * step + Math.floor(step / 2);
      windows.push([lo, Math.min(lo + 19, REGISTRIES)]);
    }
    if (first?.i) windows.push([Math.max(1, first.i - 2), Math.min(REGISTRIES, first.i + 2)]);
    windows.sort((a, b) => a[0] - b[0]);
    // Overlapping windows merged (the 500+ list may sit in one).
    return windows.reduce<[number, number][]>((merged, w) => {
      const last = merged.at(-1);
      if (last && w[0] <= last[1] + 1) last[1] = Math.max(last[1], w[1]);
      else merged.push([...w]);
      return merged;
    }, []);
  } finally {
    await client.end();
  }
}

/** One public list of 20–41 items with a gift left to reserve and an open fund per window, and the first 500+ list. */
async function chooseSamples(databaseUrl: string, windows: [number, number][]): Promise<Sample[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ index: number; slug: string; size: number }>(
      `SELECT substr(r.slug, 8)::int AS index, r.slug, count(*)::int AS size
         FROM registries r JOIN items i ON i.registry_id = r.id
        WHERE r.visibility = 'public'
        GROUP BY r.id
       HAVING (count(*) BETWEEN 20 AND 41 OR count(*) >= 500)
          AND bool_or(i.kind = 'gift' AND (i.quantity IS NULL OR i.quantity - i.reserved_quantity >= $1))
          AND bool_or(i.kind = 'fund' AND i.target_amount IS NULL)
        ORDER BY 1`,
      [ROUNDS + 1],
    );
    const samples: Sample[] = [];
    for (const [lo, hi] of windows) {
      const inWindow = rows.filter((r) => r.index >= lo && r.index <= hi);
      const typical = inWindow.find((r) => r.size <= 41);
      if (typical) samples.push(typical);
      const large = inWindow.find((r) => r.size >= 500);
      if (large) samples.push(large);
    }
    return samples;
  } finally {
    await client.end();
  }
}

/** A personal access token for each sample's first owner, written into that database. */
async function ownerTokens(databaseUrl: string, samples: Sample[]): Promise<Map<number, { registryId: string; token: string }>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const owners = new Map<number, { registryId: string; token: string }>();
    for (const sample of samples) {
      const {
        rows: [row],
      } = await client.query<{ registry_id: string; user_id: string }>(
        `SELECT o.registry_id, o.user_id FROM registries r JOIN registry_owners o ON o.registry_id = r.id WHERE r.slug = $1 ORDER BY o.created_at, o.user_id LIMIT 1`,
        [sample.slug],
      );
      const token = newToken(ACCESS_TOKEN_PREFIX);
      await client.query(
        `INSERT INTO access_tokens (user_id, name, token_hash, token_hint, scope, expires_at) VALUES ($1, 'scale bench', $2, $3, 'write', now() + interval '1 day')`,
        [row.user_id, sha256(token), token.slice(-4)],
      );
      owners.set(sample.index, { registryId: row.registry_id, token });
    }
    return owners;
  } finally {
    await client.end();
  }
}

interface GiftListBody {
  items: { id: string; kind?: string; remaining: number | null; targetAmount?: number | null }[];
}

/**
 * The measured requests, for each sample list on both sides in turn (which side goes first alternates): the first
 * read ever (nothing cached), then ROUNDS times: a rename (the version bump), the gift list (a miss), a reservation,
 * a pledge, and the owner's views (each a miss: the writes moved the version on). The big side's SQL is captured
 * in the first round.
 */
async function measure(sides: Side[], samples: Sample[]): Promise<{ endpoints: Endpoint[]; captures: CapturedFrom[] }> {
  const timings = new Map<string, Record<'big' | 'small', { ms: number[]; serverMs: number[] }>>();
  const captures: CapturedFrom[] = [];
  const record = (endpoint: string, side: Side, answer: Answer, expect: number) => {
    if (answer.status !== expect) throw new Error(`${endpoint} on ${side.name}: ${answer.status} (expected ${expect}) ${answer.body.slice(0, 300)}`);
    const entry = timings.get(endpoint) ?? { big: { ms: [], serverMs: [] }, small: { ms: [], serverMs: [] } };
    timings.set(endpoint, entry);
    entry[side.name].ms.push(answer.ms);
    const total = /total;dur=([\d.]+)/.exec(String(answer.headers['server-timing'] ?? ''))?.[1];
    if (total) entry[side.name].serverMs.push(Number(total));
  };
  let guest = 0;
  const step = async (side: Side, capture: boolean, endpoint: string, expect: number, request: Parameters<typeof send>[1]) => {
    if (capture) await side.api.ask({ type: 'capture', on: true }, 'captured');
    const answer = await send(side.api.url, request);
    // Work started by the request after it answered (the outbox relay) is captured with it.
    if (capture) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      const { queries } = await side.api.ask<{ queries: CapturedQuery[] }>({ type: 'capture', on: false }, 'captured');
      captures.push({ request: endpoint, queries });
    }
    record(endpoint, side, answer, expect);
    return answer;
  };
  const label = (sample: Sample, name: string) => (sample.size >= 500 ? `${name} (500+ items)` : name);

  for (const [n, sample] of samples.entries()) {
    const order = n % 2 === 0 ? sides : [...sides].reverse();
    for (const side of order)
      await step(side, false, label(sample, 'gift list, first read (nothing cached)'), 200, { path: `/api/public/registries/${sample.slug}` });
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const [n, sample] of samples.entries()) {
      const order = (n + round) % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        const owner = side.owners.get(sample.index)!;
        const auth = { authorization: `Bearer ${owner.token}` };
        const capture = side.name === 'big' && round === 0 && (n === 0 || sample.size >= 500);
        const registry = `/api/registries/${owner.registryId}`;
        const list = `/api/public/registries/${sample.slug}`;
        await step(side, capture, label(sample, 'PATCH registry (the version bump)'), 200, {
          method: 'PATCH',
          path: registry,
          headers: auth,
          body: { title: `Wedding list ${sample.index}, round ${round}` },
        });
        const read = await step(side, capture, label(sample, 'gift list, miss after a version bump'), 200, { path: list });
        const body = JSON.parse(read.body) as GiftListBody;
        const gift = body.items.find((i) => (i.kind ?? 'gift') === 'gift' && (i.remaining === null || i.remaining > 0));
        const fund = body.items.find((i) => i.kind === 'fund' && !i.targetAmount);
        if (!gift || !fund) throw new Error(`${sample.slug} on ${side.name}: no gift left or no open fund`);
        guest++;
        const person = { name: `Scale guest ${guest}`, email: `scale-${guest}@guests.example.com`, message: 'Congratulations!' };
        await step(side, capture, label(sample, 'POST reservation'), 201, {
          method: 'POST',
          path: `${list}/reservations`,
          headers: { 'idempotency-key': randomUUID() },
          body: { itemId: gift.id, quantity: 1, ...person },
        });
        await step(side, capture, label(sample, 'POST pledge (open fund)'), 201, {
          method: 'POST',
          path: `${list}/pledges`,
          headers: { 'idempotency-key': randomUUID() },
          body: { itemId: fund.id, amount: 2500, ...person },
        });
        for (const [endpoint, path] of [
          ['GET /api/registries (mine)', '/api/registries'],
          ['GET registry', registry],
          ['GET items', `${registry}/items`],
          ['GET reservations (first page)', `${registry}/reservations?limit=50`],
          ['GET pledges (first page)', `${registry}/pledges?limit=50`],
          ['GET tracker (first page)', `${registry}/tracker?limit=50`],
          ['GET tracker summary', `${registry}/tracker/summary`],
        ] as const)
          await step(side, capture, label(sample, endpoint), 200, { path, headers: auth });
      }
    }
  }
  const median = (values: number[]) => {
    if (!values.length) return NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  const endpoints: Endpoint[] = [...timings.entries()].map(([endpoint, t]) => ({
    endpoint,
    count: t.big.ms.length,
    big: { medianMs: median(t.big.ms), maxMs: Math.max(...t.big.ms), serverMedianMs: median(t.big.serverMs) },
    small: { medianMs: median(t.small.ms), maxMs: Math.max(...t.small.ms), serverMedianMs: median(t.small.serverMs) },
    ratio: median(t.big.ms) / median(t.small.ms),
  }));
  return { endpoints, captures };
}

/** Reads every registry's gift list once (a miss each: nothing was cached), sampling what the caches hold as it goes. */
async function warmAll(side: Side, count: number): Promise<ScaleResults['warm']> {
  const statuses: Record<string, number> = {};
  const samples: WarmSample[] = [];
  const redis = new Redis(side.cacheRedis.url, { maxRetriesPerRequest: 1 });
  const snapshot = async (done: number) => {
    const { stats } = await side.api.ask<{ stats: CacheStats }>({ type: 'stats' }, 'stats');
    const info = await redis.info();
    const field = (name: string) => Number(new RegExp(`^${name}:(\\d+)`, 'm').exec(info)?.[1] ?? NaN);
    const keys = Number(/^db0:keys=(\d+)/m.exec(info)?.[1] ?? 0);
    const sample: WarmSample = {
      registries: done,
      seconds: (performance.now() - started) / 1000,
      cache: stats,
      redis: { usedBytes: field('used_memory'), maxBytes: field('maxmemory'), keys, evictedKeys: field('evicted_keys') },
    };
    samples.push(sample);
    log(
      `  ${done.toLocaleString('en')} read: heap ${mb(stats.memory.heapUsed)}, RSS ${mb(stats.memory.rss)}, versions ${stats.versions.entries.toLocaleString('en')}/${stats.versions.max.toLocaleString('en')}, ` +
        `documents ${mb(stats.documents.bytes)}/${mb(stats.documents.maxBytes)}, fragments ${mb(stats.fragments.bytes)}/${mb(stats.fragments.maxBytes)}, Redis ${mb(sample.redis.usedBytes)} (${keys.toLocaleString('en')} keys, ${sample.redis.evictedKeys.toLocaleString('en')} evicted)`,
    );
  };
  const started = performance.now();
  try {
    await snapshot(0);
    let next = 1;
    let done = 0;
    const every = Math.max(1000, Math.floor(count / 10));
    let nextSnapshot = every;
    let snapshotting: Promise<void> = Promise.resolve();
    const worker = async () => {
      while (next <= count && !(WARM_SECONDS > 0 && performance.now() - started > WARM_SECONDS * 1000)) {
        const index = next++;
        const answer = await send(side.api.url, { path: `/api/public/registries/couple-${index}`, decode: false });
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
        done++;
        if (done >= nextSnapshot) {
          nextSnapshot += every;
          const at = done;
          snapshotting = snapshotting.then(() => snapshot(at));
        }
      }
    };
    await Promise.all(Array.from({ length: WARM_CONCURRENCY }, worker));
    await snapshotting;
    if (samples.at(-1)?.registries !== done) await snapshot(done);
    const seconds = (performance.now() - started) / 1000;
    // Out of time before every list was read: the rest only make the process learn their versions (a 304 each).
    if (next > count) return { seconds, statuses, samples };
    log(`  out of time: conditional GETs for registries ${next.toLocaleString('en')}–${count.toLocaleString('en')} (version lookups only)`);
    const touched = { from: next, to: count, statuses: await touchVersions(side.api.url, SEED_NUMBER, next, count, WARM_CONCURRENCY) };
    await snapshot(count);
    return { seconds, statuses, samples, touched };
  } finally {
    redis.disconnect();
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
