import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { Client } from 'pg';
import { percentile } from '../../cache/load';
import { editItem, giftListPath, reserve, send } from '../guests';
import { SeededRegistry, seedRegistries } from '../seed';
import type { World } from '../world';

/**
 * Scenario 8: the largest list, written to and read back, while another client asks the same API process for
 * `/api/health`. Each write makes the next read a miss: the ~2,000-fragment document is put together again and
 * compressed in gzip and brotli. Done on the event loop, that held every other request of the process (the
 * security review measured health at p50 303 ms against 3 ms idle); compression now runs on libuv's threadpool.
 *
 * Two shapes of 2,000 items, seeded in SQL: every text field at its own maximum (name 200, description 4,000,
 * shop link 2,000, category 60 characters: what the API allowed before a registry's text was bounded; about
 * 12.8 MB), and the largest list the API accepts now (the item text filling REGISTRY_MAX_TEXT_BYTES). The text is
 * base64 of md5 chains, about as compressible as real prose is not: the worst case for the compressors.
 * The health probe runs on a worker thread of its own, so the harness's work (reading megabytes) never delays
 * it. Figures are printed, never asserted; the run fails only on an unexpected status.
 */
export interface Latencies {
  samples: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export interface BigListRun {
  shape: 'maximum fields' | 'at the bound';
  items: number;
  /** Bytes of item text as JSON (what REGISTRY_MAX_TEXT_BYTES bounds). */
  textBytes: number;
  identityBytes: number;
  brotliBytes: number;
  gzipBytes: number;
  /** Reserve-then-read cycles run while health was probed. */
  cycles: number;
  seconds: number;
  /** Where each read came from (X-Cache): a miss is a rebuild. */
  reads: Record<string, number>;
  reserveMs: Latencies;
  readMs: Latencies;
  healthIdle: Latencies;
  healthUnderLoad: Latencies;
}

export interface BigListResult {
  /** What the API answered an edit that would grow the bounded list (409 list-size-limit expected). */
  boundCheck: { status: number; type: string };
  runs: BigListRun[];
  /** p99 of /api/health under load that the scenario aims at (printed, never asserted). */
  targetP99Ms: number;
}

export const BIG_LIST_TARGET_P99_MS = 50;
const ITEMS = 2000;
const FIELD_MAX = { name: 200, description: 4000, url: 2000, category: 60 };
const SHOP = 'https://shop.example.com/';

export async function bigList(
  world: World,
  options: { seedNumber: number; seconds: number; idleSeconds: number; maxTextBytes: number; firstGuest: number },
): Promise<BigListResult> {
  const api = world.apis[0].url;
  const seeded = await seedRegistries(world.scratch.databaseUrl, options.seedNumber, [
    { key: 'big-maximum-fields', items: ITEMS },
    { key: 'big-at-bound', items: ITEMS },
  ]);
  // At the bound: name and category at their maximum, a 300-character link, the description taking the rest of
  // each item's share (every field counts 2 bytes of quotes as JSON).
  const share = Math.floor(options.maxTextBytes / ITEMS) - 8;
  const atBound = { name: FIELD_MAX.name, url: 300, category: FIELD_MAX.category, description: share - FIELD_MAX.name - 300 - FIELD_MAX.category };
  if (atBound.description < 0) throw new Error(`big list: REGISTRY_MAX_TEXT_BYTES ${options.maxTextBytes} leaves no room for descriptions`);
  const textBytes = [await fill(world, seeded[0], FIELD_MAX), await fill(world, seeded[1], atBound)];
  if (textBytes[1] > options.maxTextBytes) throw new Error(`big list: the list at the bound holds ${textBytes[1]} bytes, over ${options.maxTextBytes}`);

  // The bound holds where it is said to: growing the full list is refused (as the API, not the seed, decides).
  const full = seeded[1];
  const grow = await editItem(api, full, full.items[0].id, { description: 'x'.repeat(atBound.description + 10) });
  const boundCheck = { status: grow.status, type: String((JSON.parse(grow.body) as { type?: string }).type ?? '') };
  if (grow.status !== 409 || !boundCheck.type.endsWith('/list-size-limit'))
    throw new Error(`big list: growing a list at the bound answered ${grow.status} ${grow.body.slice(0, 200)}`);

  const runs: BigListRun[] = [];
  let guest = options.firstGuest;
  for (const [i, registry] of seeded.entries()) {
    const shape = i === 0 ? 'maximum fields' : 'at the bound';
    const sizes = await documentSizes(api, registry.slug);
    const healthIdle = await probeHealth(api, options.idleSeconds * 1000).result;

    const reserveTimes: number[] = [];
    const readTimes: number[] = [];
    const reads: Record<string, number> = {};
    let cycles = 0;
    const started = performance.now();
    const probe = probeHealth(api, options.seconds * 1000 + 60_000);
    try {
      while (performance.now() - started < options.seconds * 1000) {
        const item = registry.items[cycles % registry.items.length];
        const reserved = await reserve(api, registry.slug, item.id, guest++);
        if (reserved.status !== 201) throw new Error(`big list (${shape}): a reservation answered ${reserved.status} ${reserved.body.slice(0, 200)}`);
        reserveTimes.push(reserved.ms);
        const read = await send(api, { path: giftListPath(registry.slug), decode: false });
        if (read.status !== 200) throw new Error(`big list (${shape}): the list answered ${read.status}`);
        readTimes.push(read.ms);
        const layer = String(read.headers['x-cache'] ?? 'none');
        reads[layer] = (reads[layer] ?? 0) + 1;
        cycles++;
      }
    } finally {
      probe.stop();
    }
    const seconds = (performance.now() - started) / 1000;
    runs.push({
      shape,
      items: registry.items.length,
      textBytes: textBytes[i],
      ...sizes,
      cycles,
      seconds,
      reads,
      reserveMs: latencies(reserveTimes),
      readMs: latencies(readTimes),
      healthIdle,
      healthUnderLoad: await probe.result,
    });
  }
  return { boundCheck, runs, targetP99Ms: BIG_LIST_TARGET_P99_MS };
}

/**
 * Gives every item of the registry text of the given lengths (and room for a reservation per cycle); returns the
 * bytes of item text as JSON, measured as the API measures it.
 */
async function fill(world: World, registry: SeededRegistry, lengths: typeof FIELD_MAX): Promise<number> {
  const client = new Client({ connectionString: world.scratch.databaseUrl });
  await client.connect();
  try {
    // noise(key, n): n characters of base64 from an md5 chain, deterministic from the key.
    await client.query(
      `CREATE FUNCTION pg_temp.noise(key text, n int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
         SELECT left(translate(encode(decode(string_agg(md5(key || ':' || g), '' ORDER BY g), 'hex'), 'base64'), E'\\n', ''), n)
           FROM generate_series(0, n / 21 + 1) AS g $$`,
    );
    await client.query(
      `UPDATE items SET name = pg_temp.noise('name:' || id, $2), description = pg_temp.noise('description:' || id, $3),
              url = $4 || pg_temp.noise('url:' || id, $5), category = pg_temp.noise('category:' || id, $6),
              quantity = 1000, version = version + 1
        WHERE registry_id = $1`,
      [registry.id, lengths.name, lengths.description, SHOP, lengths.url - SHOP.length, lengths.category],
    );
    await client.query('UPDATE registries SET version = version + 1, updated_at = clock_timestamp() WHERE id = $1', [registry.id]);
    const {
      rows: [{ bytes }],
    } = await client.query<{ bytes: number }>(
      `SELECT sum(octet_length(to_json(name)::text) + octet_length(to_json(description)::text)
                  + coalesce(octet_length(to_json(url)::text), 0) + coalesce(octet_length(to_json(category)::text), 0))::float8 AS bytes
         FROM items WHERE registry_id = $1`,
      [registry.id],
    );
    return bytes;
  } finally {
    await client.end();
  }
}

/** The document's size in each encoding (the first read also warms the fragments). */
async function documentSizes(api: string, slug: string): Promise<{ identityBytes: number; brotliBytes: number; gzipBytes: number }> {
  const sizes = await Promise.all(
    ['identity', 'br', 'gzip'].map(async (encoding) => {
      const answer = await send(api, { path: giftListPath(slug), headers: { 'accept-encoding': encoding }, decode: false });
      if (answer.status !== 200) throw new Error(`big list: ${slug} answered ${answer.status}`);
      return answer.raw.length;
    }),
  );
  return { identityBytes: sizes[0], brotliBytes: sizes[1], gzipBytes: sizes[2] };
}

/**
 * GET /api/health one after another, 10 ms apart, for `ms` or until stopped, from a worker thread: its own event
 * loop and its own connection, so only the API's answer time is measured.
 */
function probeHealth(api: string, ms: number): { stop: () => void; result: Promise<Latencies> } {
  const worker = new Worker(PROBE, { eval: true, workerData: { url: `${api}/api/health`, ms } });
  const result = new Promise<Latencies>((resolve, reject) => {
    worker.once('message', (message: { times: number[]; error?: string }) =>
      message.error ? reject(new Error(`big list: ${message.error}`)) : resolve(latencies(message.times)),
    );
    worker.once('error', reject);
  });
  return { stop: () => worker.postMessage('stop'), result };
}

const PROBE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Agent, get } = require('node:http');
const { performance } = require('node:perf_hooks');
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
let stopped = false;
parentPort.on('message', () => { stopped = true; });
const once = () => new Promise((resolve, reject) => {
  const started = performance.now();
  get(workerData.url, { agent, headers: { 'user-agent': 'wg-load-harness' } }, (res) => {
    res.resume();
    res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error('/api/health answered ' + res.statusCode))));
  }).on('error', reject);
});
(async () => {
  const times = [];
  const started = performance.now();
  try {
    while (!stopped && performance.now() - started < workerData.ms) {
      times.push(await once());
      await new Promise((done) => setTimeout(done, 10));
    }
    parentPort.postMessage({ times });
  } catch (error) {
    parentPort.postMessage({ times, error: String(error) });
  }
  agent.destroy();
  parentPort.close();
})();
`;

function latencies(values: number[]): Latencies {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    p50: percentile(sorted, 0.5),
    p90: percentile(sorted, 0.9),
    p99: percentile(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? NaN,
  };
}
