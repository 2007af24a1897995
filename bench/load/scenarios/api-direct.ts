import { LoadFigures, load } from '../../cache/load';
import { MEDIA_URL, startServer } from '../../cache/servers';
import { giftListPath } from '../guests';
import type { Timing } from './guest-burst';
import type { World } from '../world';

/**
 * The second baseline: one API process answering the warm 200-item list directly, next to the naive Nest +
 * TypeORM handler of the cache benchmark (a query, JSON.stringify, a hash and brotli on every request), both
 * with brotli, at the same concurrency in the same run. Target: API ÷ naive ≥ 3.
 */
export interface ApiDirectResult {
  api: LoadFigures;
  naive: LoadFigures;
  ratio: number;
}

export async function apiDirect(world: World, connections: number, timing: Timing): Promise<ApiDirectResult> {
  const path = giftListPath(world.list('list-200').slug);
  const headers = { 'accept-encoding': 'br' };
  const api = await load('api-direct warm', {
    url: `${world.apis[0].url}${path}`,
    headers,
    expectStatus: 200,
    connections,
    ...timing,
    pid: world.apis[0].pid,
    tally: 'x-cache',
  });
  const naiveServer = await startServer('naive', '../cache/naive-server.ts', { DATABASE_URL: world.scratch.databaseUrl, MEDIA_URL, NODE_ENV: 'production' });
  try {
    const naive = await load('naive', { url: `${naiveServer.url}${path}`, headers, expectStatus: 200, connections, ...timing, pid: naiveServer.pid });
    return { api, naive, ratio: api.requestsPerSecond / naive.requestsPerSecond };
  } finally {
    await naiveServer.stop();
  }
}
