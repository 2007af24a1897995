import 'reflect-metadata';
import { Redis } from 'ioredis';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../apps/api/src/app.setup';
import { loadConfig } from '../../apps/api/src/common/config/app-config';
import { REDIS_URL, createDatabase, deleteRedisKeys, dropDatabase, newScratch } from '../cache/setup';
import { seedRegistries } from '../load/seed';

/**
 * `npm run bench:redis-memory`: what the cache Redis holds for warm gift lists, for docs/scaling.md. Seeds
 * BENCH_REGISTRIES (1,000) lists of BENCH_ITEMS (20) gifts with the load harness's generator, starts the real API in
 * this process, opens every list once (as a guest, brotli accepted), then sums Redis `MEMORY USAGE` over the run's
 * keys by kind (finished documents, item fragments, versions, slugs), and prints per list and per 1,000 lists, with
 * the API's resident memory. Not a stopwatch: the figures are sizes, which the machine's load does not change.
 */
const REGISTRIES = Number(process.env.BENCH_REGISTRIES ?? 1000);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 20);
const CONCURRENCY = 8;

async function main() {
  const scratch = newScratch();
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  let close: (() => Promise<void>) | undefined;
  const loadBefore = loadavg().map((n) => n.toFixed(2));
  try {
    await createDatabase(scratch);
    const started = Date.now();
    const specs = Array.from({ length: REGISTRIES }, (_, i) => ({ key: `scale-${String(i).padStart(5, '0')}`, items: ITEMS }));
    const seeded = await seedRegistries(scratch.databaseUrl, 20261203, specs);
    console.log(`seeded ${REGISTRIES} lists of ${ITEMS} gifts in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: scratch.databaseUrl,
      REDIS_URL,
      REDIS_KEY_PREFIX: scratch.redisKeyPrefix,
      MEDIA_DIR: scratch.mediaDir,
    });
    const app = await createApp(config);
    await app.listen(0, '127.0.0.1');
    close = () => app.close();
    const { port } = app.getHttpServer().address() as { port: number };
    const rssBefore = process.memoryUsage().rss;

    let next = 0;
    let bytesSent = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < seeded.length) {
          const registry = seeded[next++];
          const response = await fetch(`http://127.0.0.1:${port}/api/public/registries/${registry.slug}`, { headers: { 'accept-encoding': 'br' } });
          if (response.status !== 200) throw new Error(`${registry.slug}: ${response.status}`);
          bytesSent += (await response.arrayBuffer()).byteLength;
        }
      }),
    );
    const rssAfter = process.memoryUsage().rss;

    const byKind = new Map<string, { keys: number; bytes: number }>();
    let cursor = '0';
    do {
      const [following, keys] = await redis.scan(cursor, 'MATCH', `${scratch.redisKeyPrefix}*`, 'COUNT', 1000);
      cursor = following;
      for (const key of keys) {
        // {prefix}{revision}:{kind}:… — everything else (rate limits, sessions) under "other".
        const kind = key.slice(scratch.redisKeyPrefix.length).split(':')[1] ?? 'other';
        const bytes = Number(await redis.memory('USAGE', key, 'SAMPLES', '0'));
        const entry = byKind.get(kind) ?? { keys: 0, bytes: 0 };
        entry.keys++;
        entry.bytes += bytes;
        byKind.set(kind, entry);
      }
    } while (cursor !== '0');

    const rows = [...byKind.entries()].sort((a, b) => b[1].bytes - a[1].bytes);
    const total = rows.reduce((sum, [, e]) => sum + e.bytes, 0);
    const kb = (n: number) => (n / 1024).toFixed(1);
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    console.log(`\nload average before the run: ${loadBefore.join(' ')}`);
    console.log(`\n${REGISTRIES} warm lists of ${ITEMS} gifts (brotli body ${Math.round(bytesSent / REGISTRIES)} bytes on average)\n`);
    console.log('| kind of key | keys | MEMORY USAGE, MB | per list, KB | per 1,000 lists, MB |');
    console.log('| --- | --: | --: | --: | --: |');
    for (const [kind, e] of rows) {
      console.log(`| ${kind} | ${e.keys} | ${mb(e.bytes)} | ${kb(e.bytes / REGISTRIES)} | ${mb((e.bytes / REGISTRIES) * 1000)} |`);
    }
    console.log(`| **all** | ${rows.reduce((s, [, e]) => s + e.keys, 0)} | ${mb(total)} | ${kb(total / REGISTRIES)} | ${mb((total / REGISTRIES) * 1000)} |`);
    console.log(
      `\nAPI resident memory: ${mb(rssBefore)} MB after start, ${mb(rssAfter)} MB after opening every list (in-process cache bound ${mb(config.cacheMemoryBytes)} MB)`,
    );

    const results = {
      at: new Date().toISOString(),
      loadAverageBefore: loadBefore,
      registries: REGISTRIES,
      itemsPerRegistry: ITEMS,
      averageBrotliBody: Math.round(bytesSent / REGISTRIES),
      redisBytesByKind: Object.fromEntries(rows.map(([kind, e]) => [kind, e])),
      redisBytesPer1000Lists: Math.round((total / REGISTRIES) * 1000),
      apiRssAfterStart: rssBefore,
      apiRssAfterWarming: rssAfter,
    };
    mkdirSync(join(__dirname, '..', 'results'), { recursive: true });
    writeFileSync(join(__dirname, '..', 'results', 'redis-memory.json'), JSON.stringify(results, null, 2) + '\n');
  } finally {
    await close?.();
    redis.disconnect();
    await deleteRedisKeys(scratch.redisKeyPrefix);
    await dropDatabase(scratch);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
