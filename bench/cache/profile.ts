import 'reflect-metadata';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client, expectStatus, header } from './client';
import { load } from './load';
import { summarize } from './profile-summary';
import { PROFILE_DIR, apiEnvironment, startServer, stopAll } from './servers';
import { createDatabase, deleteRedisKeys, dropDatabase, newScratch, seed } from './setup';

/**
 * One API scenario of the cache benchmark under the V8 profiler, to see what a request costs:
 *
 *   SWC_NODE_PROJECT=bench/tsconfig.json node -r @swc-node/register bench/cache/profile.ts KIND [SECONDS|ITERATIONS]
 *
 * KIND: 200, 304 or identity (warm, under autocannon for SECONDS, default 10), or miss-title / miss-reorder
 * (ITERATIONS writes through the API, default 200, each followed by the GET that misses). Same database, seed and
 * API configuration as `npm run bench:cache`; the profile lands in bench/results/profiles/ and is summarized
 * (only the samples of the measured part).
 */
const MISS_FRAMES = ['document', 'itemFragments', 'makeDocument', 'brotliCompressSync', 'gzipSync', 'setMany', 'set', 'update', 'reorder', 'publish'];

async function main(): Promise<void> {
  const kind = process.argv[2] ?? '304';
  const amount = Number(process.argv[3] ?? (kind.startsWith('miss') ? 200 : 10));
  const scratch = newScratch();
  process.env.BENCH_CPU_PROF = 'api';
  try {
    await createDatabase(scratch);
    const seeded = await seed(scratch.databaseUrl);
    const api = await startServer('api', 'api-server.ts', apiEnvironment(scratch));
    const path = `/api/public/registries/${seeded.slug}`;
    const client = new Client(api.url);
    const warm = expectStatus(await client.get(path, { 'accept-encoding': 'br' }), 200, 'warm-up');
    const before = new Set(readdirSync(PROFILE_DIR));
    const started = performance.now();
    if (kind.startsWith('miss')) {
      const owner = { authorization: `Bearer ${seeded.ownerToken}` };
      const backward = [...seeded.itemIds].reverse();
      let missMs = 0;
      for (let i = 0; i < amount; i++) {
        const write =
          kind === 'miss-title'
            ? client.send('PATCH', `/api/registries/${seeded.registryId}`, owner, { title: `Title ${i}` })
            : client.send('PUT', `/api/registries/${seeded.registryId}/items/order`, owner, { itemIds: i % 2 ? seeded.itemIds : backward });
        expectStatus(await write, 200, 'write');
        const miss = expectStatus(await client.get(path, { 'accept-encoding': 'br' }), 200, 'miss');
        if (header(miss, 'x-cache') !== 'miss') throw new Error(`not a miss: ${header(miss, 'x-cache')}`);
        missMs += miss.ms;
      }
      console.log(`${kind}: ${amount} misses, ${(missMs / amount).toFixed(2)} ms each on average (under the profiler)`);
    } else {
      const headers: Record<string, string> =
        kind === '304' ? { 'accept-encoding': 'br', 'if-none-match': header(warm, 'etag')! } : { 'accept-encoding': kind === 'identity' ? 'identity' : 'br' };
      const figures = await load(`api ${kind}`, {
        url: `${api.url}${path}`,
        headers,
        expectStatus: kind === '304' ? 304 : 200,
        connections: Number(process.env.BENCH_CONNECTIONS ?? 50),
        seconds: amount,
        warmupSeconds: 0,
      });
      console.log(
        `api ${kind}: ${figures.requestsPerSecond.toFixed(0)} req/s, p50 ${figures.p50.toFixed(2)} ms, p99 ${figures.p99.toFixed(2)} ms (under the profiler)`,
      );
    }
    const measured = (performance.now() - started) / 1000;
    client.close();
    await api.stop();
    const written = readdirSync(PROFILE_DIR).filter((f) => !before.has(f) && f.startsWith('api-'));
    for (const file of written) summarize(join(PROFILE_DIR, file), 50, kind.startsWith('miss') ? MISS_FRAMES : [], measured + 0.3);
  } finally {
    await stopAll();
    await deleteRedisKeys(scratch.redisKeyPrefix);
    await dropDatabase(scratch);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
