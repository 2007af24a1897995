import { LoadFigures, load } from '../../cache/load';
import { giftListPath } from '../guests';
import { BURST_HEADERS, World } from '../world';

/**
 * Scenario 1, the guest burst: anonymous reads of the 200-item list through nginx at rising concurrency, each
 * next to the practical limit measured at the same concurrency in the same run: the same bytes as a static file
 * sent by the same nginx. Scenario 2, revalidation: the same with If-None-Match (304s), through nginx and direct
 * to one API process.
 */
export interface BurstRun {
  connections: number;
  /** The round whose ratio is the median. */
  edge: LoadFigures;
  static: LoadFigures;
  /** edge requests/s ÷ static requests/s, the median over the rounds (target ≥ 0.8). */
  ratio: number;
  /** Every round's ratio: the spread is the noise of this machine. */
  ratios: number[];
}

export interface RevalidationResult {
  etag: string;
  edge: LoadFigures;
  api: LoadFigures;
}

export interface Timing {
  seconds: number;
  warmupSeconds: number;
}

/** Edge and static alternate `rounds` times per concurrency: one pair swings with whatever else the machine runs. */
export async function guestBurst(world: World, connections: number[], timing: Timing, rounds: number): Promise<BurstRun[]> {
  const path = giftListPath(world.list('list-200').slug);
  const runs: BurstRun[] = [];
  for (const c of connections) {
    const pairs: Omit<BurstRun, 'ratios'>[] = [];
    for (let round = 1; round <= rounds; round++) {
      const edge = await load(`burst edge c${c} round ${round}`, {
        url: `${world.edge.url}${path}`,
        headers: BURST_HEADERS,
        expectStatus: 200,
        connections: c,
        ...timing,
        tally: 'x-cache-status',
      });
      const staticFile = await load(`burst static c${c} round ${round}`, {
        url: `${world.edge.url}${world.staticPath}`,
        headers: BURST_HEADERS,
        expectStatus: 200,
        connections: c,
        ...timing,
      });
      pairs.push({ connections: c, edge, static: staticFile, ratio: edge.requestsPerSecond / staticFile.requestsPerSecond });
    }
    const byRatio = [...pairs].sort((a, b) => a.ratio - b.ratio);
    runs.push({ ...byRatio[Math.floor(rounds / 2)], ratios: pairs.map((r) => r.ratio) });
  }
  return runs;
}

export async function revalidation(world: World, connections: number, timing: Timing): Promise<RevalidationResult> {
  const path = giftListPath(world.list('list-200').slug);
  const first = await fetch(`${world.edge.url}${path}`, { headers: BURST_HEADERS });
  const etag = first.headers.get('etag');
  if (first.status !== 200 || !etag) throw new Error(`revalidation: the list answered ${first.status} with ETag ${etag}`);
  const headers = { ...BURST_HEADERS, 'if-none-match': etag };
  const edge = await load('revalidation edge', {
    url: `${world.edge.url}${path}`,
    headers,
    expectStatus: 304,
    connections,
    ...timing,
    tally: 'x-cache-status',
  });
  const api = await load('revalidation api', {
    url: `${world.apis[0].url}${path}`,
    headers,
    expectStatus: 304,
    connections,
    ...timing,
    pid: world.apis[0].pid,
    tally: 'x-cache',
  });
  return { etag, edge, api };
}
