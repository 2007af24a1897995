import autocannon from 'autocannon';
import { CpuUse, cpuBetween, sampleCpu } from './cpu';

export interface LoadOptions {
  url: string;
  headers: Record<string, string>;
  /** The only status every response may have (200, or 304 for revalidation). */
  expectStatus: number;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /** The server's process, to measure its CPU time during the measured run. */
  pid?: number;
  /** A response header whose values are tallied (X-Cache, X-Cache-Status: which layer answered). */
  tally?: string;
}

export interface LoadFigures {
  requestsPerSecond: number;
  requests: number;
  seconds: number;
  /** Percentiles of response times, in milliseconds, measured to the microsecond. */
  p50: number;
  p90: number;
  p99: number;
  mean: number;
  /** Response bytes per request (headers and body, as received). */
  bytesPerRequest: number;
  connections: number;
  /** The server's CPU during the measured run (null when it could not be read). */
  cpu: CpuUse | null;
  /** Cores autocannon (this process) used meanwhile: near 1, it was the limit, not the server. */
  loadGeneratorCores: number;
  /** Responses per value of the tallied header ("-" when absent). */
  tally?: Record<string, number>;
}

/**
 * autocannon, driven from this (the parent) process while the server runs in its own. Latencies are taken from
 * autocannon's per-response event, in fractional milliseconds (its own histogram keeps whole milliseconds, too
 * coarse for sub-millisecond answers). A warm-up run, discarded, precedes the measured one. Any error, timeout or
 * unexpected status fails the run.
 */
export async function load(name: string, options: LoadOptions): Promise<LoadFigures> {
  if (options.warmupSeconds > 0) await once(name, { ...options, seconds: options.warmupSeconds }, false);
  const before = options.pid ? sampleCpu(options.pid) : null;
  const generator = process.cpuUsage();
  const figures = await once(name, options, true);
  const generatorUsed = process.cpuUsage(generator);
  const after = options.pid ? sampleCpu(options.pid) : null;
  return {
    ...figures,
    cpu: cpuBetween(before, after, figures.requests, figures.seconds),
    loadGeneratorCores: (generatorUsed.user + generatorUsed.system) / 1e6 / figures.seconds,
  };
}

async function once(name: string, options: LoadOptions, record: boolean): Promise<Omit<LoadFigures, 'cpu' | 'loadGeneratorCores'>> {
  const latencies: number[] = [];
  const tally: Record<string, number> = {};
  const wanted = options.tally?.toLowerCase();
  const instance = autocannon({
    setupClient: wanted
      ? (client) =>
          client.on('headers', ({ headers }) => {
            if (!record) return;
            let value = '-';
            for (let i = 0; i < headers.length; i += 2) if (headers[i].toLowerCase() === wanted) value = headers[i + 1];
            tally[value] = (tally[value] ?? 0) + 1;
          })
      : undefined,
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    pipelining: 1,
    timeout: 30,
    headers: options.headers,
  });
  if (record) instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  const codes = Object.keys(result.statusCodeStats);
  if (result.errors || result.timeouts || codes.some((code) => Number(code) !== options.expectStatus)) {
    throw new Error(
      `${name}: ${result.errors} errors, ${result.timeouts} timeouts, statuses ${JSON.stringify(result.statusCodeStats)} (expected only ${options.expectStatus})`,
    );
  }
  const requests = codes.reduce((sum, code) => sum + result.statusCodeStats[code].count, 0);
  if (!requests && record) throw new Error(`${name}: no responses`);
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: requests / result.duration,
    requests,
    seconds: result.duration,
    p50: percentile(latencies, 0.5),
    p90: percentile(latencies, 0.9),
    p99: percentile(latencies, 0.99),
    mean: latencies.reduce((a, b) => a + b, 0) / (latencies.length || 1),
    bytesPerRequest: result.throughput.total / requests,
    connections: options.connections,
    ...(wanted ? { tally } : {}),
  };
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}
