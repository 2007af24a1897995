import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RedisServer } from '../../apps/api/test/support/redis-server';
import { Edge } from '../../e2e/support/nginx';
import { ServerProcess, apiEnvironment, startServer, stopAll } from '../cache/servers';
import { Scratch, createDatabase, deleteRedisKeys, dropDatabase, newScratch } from '../cache/setup';
import { giftListPath, send } from './guests';
import { RegistrySpec, SeededRegistry, seedRegistries } from './seed';

/**
 * Everything one harness run talks to, started on loopback: a scratch database seeded by the generator, two API
 * processes (the real `createApp`, each its own child process), and Debian's nginx running the repository's edge
 * configuration in front of both, with a web root that also holds the static-file baseline.
 */
export interface World {
  scratch: Scratch;
  seedNumber: number;
  /** The 200-item list of the guest burst, the 20- and 2,000-item lists of the query budget, and fillers: 50 in all. */
  registries: SeededRegistry[];
  list: (key: 'list-20' | 'list-200' | 'list-2000') => SeededRegistry;
  apis: ServerProcess[];
  /** The cache Redis, bounded and evicting like the compose stack's redis-cache (sessions and queues stay on REDIS_URL). */
  cacheRedisUrl: string;
  /** nginx in front of every API process, microcache on: what guests reach. */
  edge: Edge;
  /** Where the static baseline file is, on `edge` (the 200-item list's brotli bytes). */
  staticPath: string;
  /** Its size: what a guest downloads for the 200-item list. */
  staticBytes: number;
  /** Starts another nginx (stopped at cleanup), e.g. with fewer APIs or without the microcache. */
  startEdge: (options: { apis: ServerProcess[]; microcache: boolean }) => Promise<Edge>;
  cleanup: () => Promise<void>;
}

/** As docker-compose.yml's redis-cache (CACHE_REDIS_MAXMEMORY there). */
export const CACHE_REDIS_MAXMEMORY = '256mb';

export const BURST_HEADERS = { 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'wg-load-harness' };

/** 50 registries: the three named sizes and 47 of 20 items, for a wave that spreads guests across many lists. */
export function worldPlan(): RegistrySpec[] {
  const fillers = Array.from({ length: 47 }, (_, i) => ({ key: `wave-${String(i + 1).padStart(2, '0')}`, items: 20 }));
  return [{ key: 'list-200', items: 200 }, { key: 'list-20', items: 20 }, { key: 'list-2000', items: 2000 }, ...fillers];
}

export async function startWorld(options: { seedNumber: number; log: (message: string) => void }): Promise<World> {
  const scratch = newScratch();
  const webRoot = mkdtempSync(join(tmpdir(), 'wg-load-web-'));
  // nginx's workers run as an unprivileged user: they must be able to read what they serve.
  chmodSync(webRoot, 0o755);
  // The SPA's shell stands in for the built web app (the edge checks at start that its workers can read it).
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>WhisperGifts</title>');
  const edges: Edge[] = [];
  let cacheRedis: RedisServer | undefined;
  const cleanup = async () => {
    await Promise.all(edges.map((edge) => edge.stop().catch(() => undefined)));
    await stopAll();
    await cacheRedis?.destroy();
    await deleteRedisKeys(scratch.redisKeyPrefix).catch(() => undefined);
    await dropDatabase(scratch).catch(() => undefined);
    rmSync(webRoot, { recursive: true, force: true });
  };
  try {
    options.log(`database ${scratch.database}, Redis prefix ${scratch.redisKeyPrefix}, seed ${options.seedNumber}`);
    await createDatabase(scratch);
    const registries = await seedRegistries(scratch.databaseUrl, options.seedNumber, worldPlan());
    const items = registries.reduce((sum, r) => sum + r.items.length, 0);
    const reservations = registries.reduce((sum, r) => sum + r.reservations, 0);
    options.log(`seeded ${registries.length} registries, ${items} items, ${reservations} active reservations`);
    mkdirSync(scratch.mediaDir, { recursive: true });
    cacheRedis = await RedisServer.start(['--maxmemory', CACHE_REDIS_MAXMEMORY, '--maxmemory-policy', 'allkeys-lru']);
    const env = { ...apiEnvironment(scratch), CACHE_REDIS_URL: cacheRedis.url };
    const apis = await Promise.all(['api-1', 'api-2'].map((name) => startServer(name, '../cache/api-server.ts', env)));
    const startEdge = async ({ apis: behind, microcache }: { apis: ServerProcess[]; microcache: boolean }) => {
      const edge = await Edge.start({
        apiPorts: behind.map((api) => Number(new URL(api.url).port)),
        webRoot,
        mediaRoot: scratch.mediaDir,
        // The load generator is one client address with hundreds of connections.
        connPerIp: 60_000,
        transform: (conf) => forLoadGenerator(microcache ? conf : withoutMicrocache(conf)),
      });
      edges.push(edge);
      return edge;
    };
    const edge = await startEdge({ apis, microcache: true });
    const list = (key: string) => {
      const found = registries.find((r) => r.key === key);
      if (!found) throw new Error(`no registry ${key}`);
      return found;
    };
    // The static baseline: the very bytes a guest gets for the 200-item list, as a file nginx sends itself.
    // A name nginx has no type for, so it sends the bytes as they are (a .json file would be gzipped per request).
    const staticPath = '/assets/gift-list-200.br';
    mkdirSync(join(webRoot, 'assets'), { mode: 0o755 });
    const listed = await send(apis[0].url, { path: giftListPath(list('list-200').slug) });
    if (listed.status !== 200 || listed.headers['content-encoding'] !== 'br') throw new Error(`the 200-item list answered ${listed.status}, not a brotli 200`);
    const bytes = listed.raw;
    writeFileSync(join(webRoot, staticPath), bytes);
    return {
      scratch,
      seedNumber: options.seedNumber,
      registries,
      list,
      apis,
      cacheRedisUrl: cacheRedis.url,
      edge,
      staticPath,
      staticBytes: bytes.length,
      startEdge,
      cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/**
 * nginx closes a keep-alive connection after 1,000 requests (keepalive_requests); autocannon does not heed that
 * response's `Connection: close` and may already have sent the next request, which then fails as an error. Browsers
 * retry such a request; a load generator must not have it at all, so the harness's edge keeps connections open.
 */
function forLoadGenerator(conf: string): string {
  return conf.replace(/^keepalive_timeout 65s;$/m, (line) => `${line}\nkeepalive_requests 1000000;`);
}

/** The edge configuration with the public lists' microcache switched off: every guest read reaches an API. */
export function withoutMicrocache(conf: string): string {
  const cached = /(location ~ \^\/api\/public\/registries\/[^\n]*\$ \{[\s\S]*?)proxy_cache wg_microcache;/;
  if (!cached.test(conf)) throw new Error('the edge configuration no longer has the public lists’ microcache where expected');
  return conf.replace(cached, '$1proxy_cache off;');
}
