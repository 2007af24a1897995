import { LoadFigures, load, percentile } from '../../cache/load';
import { editItem, giftListPath, readList } from '../guests';
import { BURST_HEADERS, World } from '../world';
import type { Timing } from './guest-burst';

/**
 * Scenario 5: the guest burst with one and with two API processes behind nginx, the microcache switched off so
 * every read reaches an API; then the cross-process check: the couple writes through one process, guests read
 * through the other at once. Each process keeps its own in-memory layer, so this is where a stale copy would show.
 */
export interface ScaleOutResult {
  connections: number;
  oneApi: LoadFigures;
  twoApis: LoadFigures;
  /** two ÷ one requests/s (on 2 shared cores, with nginx and the load generator on them too, well under 2). */
  ratio: number;
  crossProcess: { writes: number; staleReads: number; maxDelayMs: number; p99DelayMs: number };
}

export async function scaleOut(world: World, connections: number, timing: Timing, writes: number): Promise<ScaleOutResult> {
  const path = giftListPath(world.list('list-200').slug);
  const oneEdge = await world.startEdge({ apis: [world.apis[0]], microcache: false });
  const twoEdge = await world.startEdge({ apis: world.apis, microcache: false });
  const common = { headers: BURST_HEADERS, expectStatus: 200, connections, ...timing, tally: 'x-cache' };
  const oneApi = await load('scale-out 1 API', { url: `${oneEdge.url}${path}`, ...common });
  const twoApis = await load('scale-out 2 APIs', { url: `${twoEdge.url}${path}`, ...common });
  return { connections, oneApi, twoApis, ratio: twoApis.requestsPerSecond / oneApi.requestsPerSecond, crossProcess: await crossProcess(world, writes) };
}

/** Renames an item through API 1, then reads through API 2 until the new name shows; every read that does not is stale. */
async function crossProcess(world: World, writes: number): Promise<ScaleOutResult['crossProcess']> {
  const registry = world.list('list-200');
  const [writer, reader] = world.apis;
  const delays: number[] = [];
  let staleReads = 0;
  for (let i = 0; i < writes; i++) {
    const item = registry.items[i % registry.items.length];
    const name = `Renamed across processes ${i}`;
    const edited = await editItem(writer.url, registry, item.id, { name });
    if (edited.status !== 200) throw new Error(`cross-process: the edit answered ${edited.status} ${edited.body.slice(0, 200)}`);
    const written = performance.now();
    for (;;) {
      const { list } = await readList(reader.url, registry.slug);
      if (list.items.find((it) => it.id === item.id)?.name === name) break;
      staleReads++;
      if (performance.now() - written > 10_000) throw new Error(`cross-process: API 2 still shows the old name after 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    delays.push(performance.now() - written);
  }
  delays.sort((a, b) => a - b);
  return { writes, staleReads, maxDelayMs: delays[delays.length - 1], p99DelayMs: percentile(delays, 0.99) };
}
