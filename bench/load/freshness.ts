import { performance } from 'node:perf_hooks';
import { GiftList, readList } from './guests';

/** What the edge documents: another guest sees a change within 2 s (microcache s-maxage=1, counted in whole seconds). */
export const FRESHNESS_BOUND_MS = 2000;

export interface FreshnessFigures {
  /** Writes whose change was looked for (the others came while `maxWatched` were already being watched). */
  writesChecked: number;
  writesUnchecked: number;
  /** From the write's answer to the end of the first read that showed it (read latency included: an upper bound). */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** From the write's answer to the start of the first read that showed it: when a new request would get it, at the latest. */
  p99ToReadStartMs: number;
  maxToReadStartMs: number;
  /** Checker reads that started more than `boundMs` after a write had been answered and still showed the older state. */
  staleReadsBeyondBound: number;
  /** The first few of those reads: what the edge said, and whether an API process, asked directly at once, had the change. */
  staleSamples: StaleSample[];
  /** Writes never seen within `giveUpMs` (each also counts as stale reads above). */
  neverSeen: number;
  boundMs: number;
  /** Reads by the checker, their X-Cache-Status, and the ones that failed (not 200, or no answer). */
  reads: number;
  cache: Record<string, number>;
  readErrors: number;
  errorSamples: string[];
}

export interface StaleSample {
  slug: string;
  kind: string;
  /** The read's start, after the write's answer. */
  msAfterWrite: number;
  cacheStatus: string;
  listVersion: number;
  /** The same list read straight from each API process right after (null: no answer): all true means the staleness was the edge's. */
  apiShows: (boolean | null)[];
}

interface Watch {
  kind: string;
  wroteAt: number;
  shows: (list: GiftList) => boolean;
}

/**
 * The freshness checker: after a write, it reads the list through nginx as a guest would, every `pollMs`, until the
 * list shows the change, and records the delay. Lists with several watched writes share one read. A read is judged
 * against a write only if it started after the write's answer arrived, and counted stale beyond the bound by its
 * start time, so both figures err on the strict side.
 */
export class FreshnessChecker {
  private readonly pending = new Map<string, Watch[]>();
  private readonly pollers = new Set<Promise<void>>();
  private readonly delays: number[] = [];
  private readonly toReadStart: number[] = [];
  private watched = 0;
  private stopped = false;
  private readonly figures = { writesUnchecked: 0, staleReadsBeyondBound: 0, neverSeen: 0, reads: 0, readErrors: 0 };
  private readonly cache: Record<string, number> = {};
  private readonly errorSamples: string[] = [];
  private readonly staleSamples: StaleSample[] = [];
  private readonly diagnoses = new Set<Promise<unknown>>();

  constructor(
    private readonly base: string,
    /** The API processes' own addresses, asked directly when the edge shows a stale list (diagnosis only). */
    private readonly directBases: string[] = [],
    private readonly options = { maxWatched: 20, pollMs: 50, boundMs: FRESHNESS_BOUND_MS, giveUpMs: 10_000 },
  ) {}

  /** Call when a write was answered (`wroteAt`: performance.now() then); `shows` says whether a list has the change. */
  watch(slug: string, kind: string, wroteAt: number, shows: (list: GiftList) => boolean): boolean {
    if (this.stopped || this.watched >= this.options.maxWatched) {
      this.figures.writesUnchecked++;
      return false;
    }
    this.watched++;
    const watches = this.pending.get(slug);
    if (watches) {
      watches.push({ kind, wroteAt, shows });
      return true;
    }
    this.pending.set(slug, [{ kind, wroteAt, shows }]);
    const poller = this.poll(slug).finally(() => this.pollers.delete(poller));
    this.pollers.add(poller);
    return true;
  }

  private async poll(slug: string): Promise<void> {
    const { pollMs, boundMs, giveUpMs } = this.options;
    for (;;) {
      const started = performance.now();
      let list: GiftList | undefined;
      let cacheStatus = '-';
      try {
        const { answer, list: read } = await readList(this.base, slug);
        const status = answer.headers['x-cache-status'];
        cacheStatus = typeof status === 'string' ? status : '-';
        this.cache[cacheStatus] = (this.cache[cacheStatus] ?? 0) + 1;
        list = read;
      } catch (error) {
        this.figures.readErrors++;
        if (this.errorSamples.length < 5) this.errorSamples.push(error instanceof Error ? error.message.slice(0, 200) : String(error));
      }
      const ended = performance.now();
      this.figures.reads++;
      // Watches added during the read are in this array too; the read says nothing about them yet.
      const watches = this.pending.get(slug) ?? [];
      const waiting: Watch[] = [];
      for (const watch of watches) {
        if (watch.wroteAt > started) waiting.push(watch);
        else if (list && watch.shows(list)) {
          this.delays.push(ended - watch.wroteAt);
          this.toReadStart.push(started - watch.wroteAt);
          this.watched--;
        } else {
          if (list && started - watch.wroteAt > boundMs) {
            this.figures.staleReadsBeyondBound++;
            if (this.staleSamples.length < 10) {
              const sample: StaleSample = {
                slug,
                kind: watch.kind,
                msAfterWrite: started - watch.wroteAt,
                cacheStatus,
                listVersion: list.version,
                apiShows: this.directBases.map(() => null),
              };
              this.staleSamples.push(sample);
              this.directBases.forEach((direct, i) => {
                const diagnosis = readList(direct, slug)
                  .then(
                    ({ list: answer }) => (sample.apiShows[i] = watch.shows(answer)),
                    () => undefined,
                  )
                  .finally(() => this.diagnoses.delete(diagnosis));
                this.diagnoses.add(diagnosis);
              });
            }
          }
          if (ended - watch.wroteAt > giveUpMs) {
            this.figures.neverSeen++;
            this.watched--;
          } else waiting.push(watch);
        }
      }
      if (!waiting.length) {
        this.pending.delete(slug);
        return;
      }
      this.pending.set(slug, waiting);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, pollMs - (performance.now() - started))));
    }
  }

  /** Takes no new writes, waits for the watched ones to show (or to give up), and returns the figures. */
  async stop(): Promise<FreshnessFigures> {
    this.stopped = true;
    while (this.pollers.size) await Promise.all([...this.pollers]);
    await Promise.all([...this.diagnoses]);
    const sorted = [...this.delays].sort((a, b) => a - b);
    const toStart = [...this.toReadStart].sort((a, b) => a - b);
    const at = (p: number, values = sorted) => (values.length ? values[Math.min(values.length - 1, Math.max(0, Math.ceil(p * values.length) - 1))] : NaN);
    return {
      writesChecked: this.delays.length + this.figures.neverSeen,
      writesUnchecked: this.figures.writesUnchecked,
      p50Ms: at(0.5),
      p99Ms: at(0.99),
      maxMs: at(1),
      p99ToReadStartMs: at(0.99, toStart),
      maxToReadStartMs: at(1, toStart),
      staleReadsBeyondBound: this.figures.staleReadsBeyondBound,
      staleSamples: this.staleSamples,
      neverSeen: this.figures.neverSeen,
      boundMs: this.options.boundMs,
      reads: this.figures.reads,
      cache: this.cache,
      readErrors: this.figures.readErrors,
      errorSamples: this.errorSamples,
    };
  }
}
