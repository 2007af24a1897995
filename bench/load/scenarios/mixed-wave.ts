import autocannon from 'autocannon';
import { Redis } from 'ioredis';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { percentile } from '../../cache/load';
import { ADMIN_DATABASE_URL } from '../../cache/setup';
import { FreshnessChecker, FreshnessFigures } from '../freshness';
import { Answer, addItem, editItem, giftListPath, ownerHeaders, pledge, reserve, send } from '../guests';
import type { SeededRegistry } from '../seed';
import { BURST_HEADERS, World } from '../world';

/**
 * Scenario 3, the mixed invitation wave (and scenario 6, the soak: the same for ten minutes, sampled).
 *
 * Guests read the 50 lists through nginx (autocannon, `connections` keep-alive connections, each request a list
 * drawn uniformly at random: a wedding's guest count does not depend on how long its list is). Alongside, this
 * process writes at fixed shares of the reads it has just seen: every 100 ms it adds 4/95 of the reads answered
 * since the last tick to the reservations due and 1/95 to the owner edits due, so whatever rate the reads reach on
 * this machine, the mix stays 95 / 4 / 1 (no calibration run; at most 64 writes in flight, the rest carries over
 * and `writesBehind` says how many were still due at the end).
 *
 * - Reservations: one unit, each guest from a loopback address of its own (the edge allows 30 a minute per
 *   address), nine in ten on an item this process believes still wanted (counting its own reservations in flight),
 *   one in ten on a sold-out one, which must answer 409. A 201 for a sold-out item, or a 409 for one still wanted,
 *   is counted as a surprise.
 * - Pledges: one in ten of those reservations is a pledge instead, of €20–€100 to a capped fund (the harness adds one
 *   of €500, no overfunding, to each of the first FUND_REGISTRIES filler lists before the wave), from the guest's own address.
 *   A pledge this process knows fits (counting its pledges in flight when it was sent, and those sent while it was
 *   in flight, which may reach the database first) must answer 201, one it knows cannot fit 409
 *   (pledge-exceeds-target); anything else is a surprise, as for reservations.
 * - Owner edits: the couple renames an item with their personal access token, as the dashboard does: the item
 *   list (`GET /api/registries/{id}/items`) once, then `PATCH` with only the changed field and `If-Match: <etag>`;
 *   on 412 (a guest reserved that item since) it loads the list again and re-applies once.
 * - Freshness: after each 201/200 the checker reads the list through nginx until it shows the change (the item's
 *   reserved count, or the edit number in its name) and counts reads beyond the documented 2 s.
 * - Afterwards, SQL: no item reserved beyond its quantity, reserved = the sum of its active reservations
 *   (oversells), and every item's reserved count moved by exactly this run's 201s (reservationMismatches); no capped
 *   item pledged beyond its target, pledged = the sum of its active pledges (overpledges), and every fund's pledged
 *   amount moved by exactly this run's accepted pledges (pledgeMismatches).
 * - With `sampleSeconds` (the soak): RSS of each API process, PostgreSQL connections of the scratch database,
 *   Redis memory (the whole server's, and this run's keys'), at the start, every `sampleSeconds` and at the end.
 */
export interface MixedWaveOptions {
  seconds: number;
  connections: number;
  /** Sample memory, PostgreSQL connections and Redis every N s (the soak). */
  sampleSeconds?: number;
  /** Progress lines (default: none). */
  log?: (message: string) => void;
  /** Whether some reservation slots are pledges to capped funds (default true). */
  pledges?: boolean;
}

export interface Latency {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export interface SoakSample {
  atSeconds: number;
  /** VmRSS of each API process, by pid. */
  apiRssMb: Record<string, number>;
  /** Connections to the scratch database (pg_stat_activity). */
  pgConnections: number;
  /** The cache Redis's used_memory (a redis-server of the run's own, bounded as in docker compose). */
  redisUsedMemoryMb: number;
  /** Keys under the run's prefix, and their size (MEMORY USAGE). */
  cacheKeys: number;
  cacheKeysMb: number;
  /** Writes answered so far (to relate cache growth to them). */
  writes: number;
}

export interface SoakVerdicts {
  /** Sample the others are compared with: the first one taken at or after 60 s (the first one if the run is shorter). */
  baselineAtSeconds: number;
  /** Per API pid: end vs baseline, in %. */
  rssGrowthPct: Record<string, number>;
  pgConnectionsBaseline: number;
  pgConnectionsEnd: number;
  pgConnectionsMax: number;
  pgConnectionsGrowth: number;
  /** The pools' bound: DATABASE_POOL_SIZE × API processes. */
  pgConnectionsBound: number;
  redisUsedMemoryGrowthMb: number;
  cacheKeysGrowth: number;
  cacheKeysMbGrowth: number;
  /** The run's Redis bytes per write, first half vs second half after the baseline: versioned keys grow with writes, not faster. */
  cacheKbPerWriteFirstHalf: number;
  cacheKbPerWriteSecondHalf: number;
  /** Redis maxmemory (0: none) and the keys' TTL: what bounds the cache Redis. */
  redisMaxMemoryMb: number;
  cacheTtlSeconds: number;
}

export interface MixedWaveResult {
  seconds: number;
  connections: number;
  readWeighting: string;
  /** All requests the wave made (reads, reservations, edits, the edits' list loads), per second; checker reads apart. */
  requestsPerSecond: number;
  reads: { count: number; requestsPerSecond: number; latency: Latency; statuses: Record<string, number>; cache: Record<string, number>; hitPct: number };
  reservations: {
    count: number;
    created: number;
    /** 409 on an item that was sold out: the expected outcome, not an error. */
    soldOut: number;
    aimedAtSoldOut: number;
    /** 201 for an item this process believed sold out, 409 for one it believed still wanted: should be 0. */
    surprises: number;
    sharePct: number;
    latency: Latency;
    statuses: Record<string, number>;
  };
  pledges: {
    count: number;
    created: number;
    /** 409 pledge-exceeds-target: the fund was (nearly) full, expected. */
    full: number;
    /** 201 for a pledge this process knew could not fit, 409 for one it knew fits: should be 0. */
    surprises: number;
    /** Minor units accepted by 201s. */
    acceptedAmount: number;
    funds: number;
    sharePct: number;
    latency: Latency;
    statuses: Record<string, number>;
  };
  edits: {
    count: number;
    saved: number;
    /** 412 then re-applied after loading the list again (the dashboard's path). */
    reapplied: number;
    /** 412 twice in a row: given up, not an error. */
    conflicts: number;
    listLoads: number;
    sharePct: number;
    latency: Latency;
    statuses: Record<string, number>;
  };
  /** Writes still due when the reads ended (the write pace fell behind the reads). */
  writesBehind: number;
  /** Any 5xx, network error, timeout or unexpected status, by kind. */
  errors: { reads: number; reservations: number; pledges: number; edits: number; checker: number; total: number; samples: string[] };
  freshness: FreshnessFigures;
  /** Items with reserved_quantity > quantity, or reserved_quantity ≠ the sum of their active reservations. */
  oversells: number;
  /** Items whose reserved count moved by something other than this run's 201s for them. */
  reservationMismatches: number;
  /** Capped items pledged beyond their target, or whose pledged amount is not the sum of their active pledges. */
  overpledges: number;
  /** Funds whose pledged amount moved by something other than this run's accepted pledges. */
  pledgeMismatches: number;
  loadGeneratorCores: number;
  samples?: SoakSample[];
  soak?: SoakVerdicts;
  /** The figures worth a line in the report. */
  summary: Record<string, unknown>;
}

const READ_SHARE = 95;
const RESERVATION_SHARE = 4;
const EDIT_SHARE = 1;
const MAX_WRITES_IN_FLIGHT = 64;
const SOLD_OUT_SHARE = 0.1;
/** The share of the reservation slots that are pledges to a fund instead. */
const PLEDGE_SHARE = 0.1;
/** Lists (of the 47 fillers) that get a capped fund for the wave's pledges, its target, and the pledges' range (minor units, whole euros). */
const FUND_REGISTRIES = 10;
const FUND_TARGET = 50_000;
const PLEDGE_MIN = 2_000;
const PLEDGE_MAX = 10_000;
/** Guest numbers (loopback addresses) of the wave: away from the contention scenario's 100,000 and up. */
const FIRST_GUEST = 200_000;
/** What apiEnvironment gives each API process. */
const POOL_SIZE = 10;
const CACHE_TTL_SECONDS = 3600;

interface ItemState {
  id: string;
  registry: RegistryState;
  quantity: number | null;
  reserved: number;
  /** This process's reservations of it in flight. */
  pending: number;
  /** 201s in this run. */
  created: number;
  reservedAtStart: number;
  baseName: string;
  editing: boolean;
}

interface FundState {
  id: string;
  registry: RegistryState;
  target: number;
  pledged: number;
  /** This process's pledges to it in flight, in minor units. */
  pending: number;
  /** All this process has sent it, in minor units: what was sent while a pledge was in flight may commit before it. */
  sent: number;
  accepted: number;
  pledgedAtStart: number;
}

interface RegistryState {
  registry: SeededRegistry;
  items: ItemState[];
  etags?: Promise<Map<string, string>>;
}

export async function mixedWave(world: World, options: MixedWaveOptions): Promise<MixedWaveResult> {
  const sampler = options.sampleSeconds ? await Sampler.start(world) : undefined;
  try {
    return await wave(world, options, sampler);
  } finally {
    // Also when the wave failed: the sampler's connections must not keep the process alive.
    await sampler?.stop();
  }
}

async function wave(world: World, options: MixedWaveOptions, sampler: Sampler | undefined): Promise<MixedWaveResult> {
  const log = options.log ?? (() => undefined);
  const base = world.edge.url;
  const registries = await snapshot(world);
  const items = new Map(registries.flatMap((r) => r.items.map((i) => [i.id, i] as const)));
  const funds = options.pledges === false ? [] : await addFunds(world, registries);
  const checker = new FreshnessChecker(
    base,
    world.apis.map((api) => api.url),
  );
  const errors = { reads: 0, reservations: 0, pledges: 0, edits: 0 };
  const errorSamples: string[] = [];
  const error = (kind: keyof typeof errors, message: string) => {
    errors[kind]++;
    if (errorSamples.length < 10) errorSamples.push(`${kind}: ${message.slice(0, 200)}`);
  };
  const tally = (table: Record<string, number>, key: string) => (table[key] = (table[key] ?? 0) + 1);

  // ---- Reads ----
  const paths = world.registries.map((r) => giftListPath(r.slug));
  const readLatencies: number[] = [];
  const cache: Record<string, number> = {};
  let readsSeen = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const instance = autocannon({
    url: base,
    connections: options.connections,
    duration: options.seconds,
    pipelining: 1,
    timeout: 30,
    headers: BURST_HEADERS,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[Math.floor(Math.random() * paths.length)] }) }],
    setupClient: (client) =>
      client.on('headers', ({ headers }) => {
        let value = '-';
        for (let i = 0; i < headers.length; i += 2) if (headers[i].toLowerCase() === 'x-cache-status') value = headers[i + 1];
        tally(cache, value);
      }),
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    readLatencies.push(responseTime);
    readsSeen++;
  });

  // ---- Writes, paced by the reads ----
  const reservationMs: number[] = [];
  const editMs: number[] = [];
  const reservations = { count: 0, created: 0, soldOut: 0, aimedAtSoldOut: 0, surprises: 0, statuses: {} as Record<string, number> };
  const edits = { count: 0, saved: 0, reapplied: 0, conflicts: 0, listLoads: 0, statuses: {} as Record<string, number> };
  const pledgeMs: number[] = [];
  const pledges = { count: 0, created: 0, full: 0, surprises: 0, acceptedAmount: 0, funds: funds.length, statuses: {} as Record<string, number> };
  let guest = FIRST_GUEST;
  let editNumber = 0;
  let inFlight = 0;
  const writes = new Set<Promise<void>>();
  const launch = (kind: 'reservations' | 'pledges' | 'edits', work: () => Promise<void>) => {
    inFlight++;
    const running = work()
      .catch((e: unknown) => error(kind, e instanceof Error ? e.message : String(e)))
      .finally(() => {
        inFlight--;
        writes.delete(running);
      });
    writes.add(running);
  };

  const pickRegistry = () => registries[Math.floor(Math.random() * registries.length)];
  const wanted = (item: ItemState) => item.quantity === null || item.reserved + item.pending < item.quantity;
  const pick = <T>(list: T[]): T | undefined => list[Math.floor(Math.random() * list.length)];

  const reserveOne = async () => {
    const aimAtSoldOut = Math.random() < SOLD_OUT_SHARE;
    let registry = pickRegistry();
    let item = pick(registry.items.filter((i) => (aimAtSoldOut ? !wanted(i) && i.pending === 0 : wanted(i))));
    if (!item && !aimAtSoldOut) {
      // This list is all reserved: a guest of another wedding, then (unlimited items keep some wanted everywhere).
      registry = pick(registries.filter((r) => r.items.some(wanted))) ?? registry;
      item = pick(registry.items.filter(wanted));
    }
    if (!item) item = pick(registry.items)!;
    const expectSoldOut = !wanted(item);
    if (expectSoldOut) reservations.aimedAtSoldOut++;
    else item.pending++;
    reservations.count++;
    let answer: Answer;
    try {
      answer = await reserve(base, registry.registry.slug, item.id, guest++);
    } catch (e) {
      error('reservations', `network: ${e instanceof Error ? e.message : String(e)}`);
      return;
    } finally {
      if (!expectSoldOut) item.pending--;
    }
    reservationMs.push(answer.ms);
    tally(reservations.statuses, String(answer.status));
    const wroteAt = performance.now();
    if (answer.status === 201) {
      reservations.created++;
      item.created++;
      if (expectSoldOut) {
        reservations.surprises++;
        error('reservations', `201 for item ${item.id}, which was sold out (quantity ${item.quantity}, reserved ${item.reserved})`);
      }
      const { item: now } = JSON.parse(answer.body) as { item: { reserved: number; quantity: number | null } };
      item.reserved = Math.max(item.reserved, now.reserved);
      item.quantity = now.quantity;
      checker.watch(registry.registry.slug, 'reservation', wroteAt, (list) => (list.items.find((i) => i.id === item.id)?.reserved ?? -1) >= now.reserved);
    } else if (answer.status === 409) {
      reservations.soldOut++;
      if (!expectSoldOut) reservations.surprises++;
      const body = JSON.parse(answer.body) as { item?: { reserved: number; quantity: number | null } };
      if (body.item) item.reserved = Math.max(item.reserved, body.item.reserved);
    } else error('reservations', `${answer.status} ${answer.body.slice(0, 160)}`);
  };

  const pledgeOne = async () => {
    const fund = pick(funds)!;
    const amount = PLEDGE_MIN + 100 * Math.floor(Math.random() * ((PLEDGE_MAX - PLEDGE_MIN) / 100 + 1));
    // Known not to fit even if nothing in flight is accepted.
    const cannot = fund.pledged + amount > fund.target;
    // Known to fit, once answered, if everything in flight now and everything sent while this one is in flight were
    // accepted first (unlike reservations, pledges are also sent when they may not fit, and one sent later can win).
    const atMostAhead = fund.pledged + fund.pending;
    fund.pending += amount;
    fund.sent += amount;
    const sentBefore = fund.sent;
    pledges.count++;
    let answer: Answer;
    try {
      answer = await pledge(base, fund.registry.registry.slug, fund.id, amount, guest++);
    } catch (e) {
      error('pledges', `network: ${e instanceof Error ? e.message : String(e)}`);
      return;
    } finally {
      fund.pending -= amount;
    }
    const fits = atMostAhead + (fund.sent - sentBefore) + amount <= fund.target;
    pledgeMs.push(answer.ms);
    tally(pledges.statuses, String(answer.status));
    const wroteAt = performance.now();
    if (answer.status === 201) {
      pledges.created++;
      pledges.acceptedAmount += amount;
      fund.accepted += amount;
      if (cannot) {
        pledges.surprises++;
        error('pledges', `201 for ${amount} to fund ${fund.id}, which had ${fund.target - fund.pledged} left`);
      }
      const { item: now } = JSON.parse(answer.body) as { item: { pledgedAmount: number } };
      fund.pledged = Math.max(fund.pledged, now.pledgedAmount);
      checker.watch(
        fund.registry.registry.slug,
        'pledge',
        wroteAt,
        (list) => ((list.items.find((i) => i.id === fund.id) as { pledgedAmount?: number } | undefined)?.pledgedAmount ?? -1) >= now.pledgedAmount,
      );
    } else if (answer.status === 409 && answer.body.includes('pledge-exceeds-target')) {
      pledges.full++;
      if (fits) pledges.surprises++;
      const body = JSON.parse(answer.body) as { remainingAmount?: number };
      if (typeof body.remainingAmount === 'number') fund.pledged = Math.max(fund.pledged, fund.target - body.remainingAmount);
    } else error('pledges', `${answer.status} ${answer.body.slice(0, 160)}`);
  };

  const loadEtags = (registry: RegistryState): Promise<Map<string, string>> => {
    edits.listLoads++;
    const loading = send(base, {
      path: `/api/registries/${registry.registry.id}/items`,
      headers: ownerHeaders(registry.registry),
    }).then((answer) => {
      if (answer.status !== 200) throw new Error(`GET items of ${registry.registry.key}: ${answer.status} ${answer.body.slice(0, 160)}`);
      return new Map((JSON.parse(answer.body) as { id: string; etag: string }[]).map((i) => [i.id, i.etag]));
    });
    registry.etags = loading;
    loading.catch(() => {
      if (registry.etags === loading) registry.etags = undefined;
    });
    return loading;
  };

  const editOne = async () => {
    const registry = pickRegistry();
    const item = pick(registry.items.filter((i) => !i.editing));
    if (!item) return;
    item.editing = true;
    const number = ++editNumber;
    const name = `${item.baseName} (edit ${number})`;
    edits.count++;
    try {
      let etags = await (registry.etags ?? loadEtags(registry));
      let answer = await editItem(base, registry.registry, item.id, { name }, etags.get(item.id));
      editMs.push(answer.ms);
      if (answer.status === 412) {
        etags = await loadEtags(registry);
        answer = await editItem(base, registry.registry, item.id, { name }, etags.get(item.id));
        editMs.push(answer.ms);
        if (answer.status === 200) edits.reapplied++;
      }
      tally(edits.statuses, String(answer.status));
      const wroteAt = performance.now();
      if (answer.status === 200) {
        edits.saved++;
        etags.set(item.id, (JSON.parse(answer.body) as { etag: string }).etag);
        checker.watch(registry.registry.slug, 'edit', wroteAt, (list) => editNumberOf(list.items.find((i) => i.id === item.id)?.name) >= number);
      } else if (answer.status === 412) edits.conflicts++;
      else error('edits', `${answer.status} ${answer.body.slice(0, 160)}`);
    } catch (e) {
      error('edits', `network: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      item.editing = false;
    }
  };

  let credited = 0;
  let reservationsDue = 0;
  let editsDue = 0;
  const pace = setInterval(() => {
    const fresh = readsSeen - credited;
    credited = readsSeen;
    reservationsDue += (fresh * RESERVATION_SHARE) / READ_SHARE;
    editsDue += (fresh * EDIT_SHARE) / READ_SHARE;
    while (inFlight < MAX_WRITES_IN_FLIGHT && (reservationsDue >= 1 || editsDue >= 1)) {
      // The larger debt first, so both kinds go out interleaved.
      if (reservationsDue / RESERVATION_SHARE >= editsDue / EDIT_SHARE && reservationsDue >= 1) {
        reservationsDue--;
        if (funds.length && Math.random() < PLEDGE_SHARE) launch('pledges', pledgeOne);
        else launch('reservations', reserveOne);
      } else if (editsDue >= 1) {
        editsDue--;
        launch('edits', editOne);
      } else {
        reservationsDue--;
        launch('reservations', reserveOne);
      }
    }
  }, 100);
  const sampling = sampler ? setInterval(() => void sampler.sample(started, reservations.created + edits.saved), options.sampleSeconds! * 1000) : undefined;
  const progress = setInterval(() => {
    const s = (performance.now() - started) / 1000;
    log(
      `mixed wave ${s.toFixed(0)} s: ${readsSeen} reads, ${reservations.count} reservations, ${pledges.count} pledges, ${edits.count} edits, ${errors.reads + errors.reservations + errors.pledges + errors.edits} errors`,
    );
  }, 30_000);

  let result: Awaited<typeof instance>;
  try {
    result = await instance;
  } finally {
    clearInterval(pace);
    clearInterval(progress);
    if (sampling) clearInterval(sampling);
  }
  const readSeconds = result.duration;
  while (writes.size) await Promise.all([...writes]);
  const loadGeneratorUsed = process.cpuUsage(cpuBefore);
  const elapsed = (performance.now() - started) / 1000;
  const freshness = await checker.stop();
  if (sampler) await sampler.sample(started, reservations.created + edits.saved);

  // ---- Reads: any status but 200, an error or a timeout is an error ----
  const readStatuses = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]));
  const reads = Object.values(readStatuses).reduce((a, b) => a + b, 0);
  const badReads = reads - (readStatuses['200'] ?? 0);
  errors.reads += badReads + result.errors + result.timeouts;
  if (badReads || result.errors || result.timeouts) {
    errorSamples.push(`reads: statuses ${JSON.stringify(readStatuses)}, ${result.errors} network errors, ${result.timeouts} timeouts`);
  }

  // ---- The database agrees ----
  const { oversells, reservationMismatches, overpledges, pledgeMismatches } = await checkDatabase(world, items, funds);
  const samples = sampler ? await sampler.stop() : undefined;

  const hits = cache.HIT ?? 0;
  const wave: Omit<MixedWaveResult, 'summary'> = {
    seconds: readSeconds,
    connections: options.connections,
    readWeighting: `uniform over the ${paths.length} lists`,
    requestsPerSecond: (reads + reservations.count + pledges.count + editMs.length + edits.listLoads) / elapsed,
    reads: {
      count: reads,
      requestsPerSecond: reads / readSeconds,
      latency: latency(readLatencies),
      statuses: readStatuses,
      cache,
      hitPct: (100 * hits) / (reads || 1),
    },
    reservations: {
      ...reservations,
      sharePct: share(reservations.count, reads, reservations.count + pledges.count, edits.count),
      latency: latency(reservationMs),
    },
    pledges: { ...pledges, sharePct: share(pledges.count, reads, reservations.count + pledges.count, edits.count), latency: latency(pledgeMs) },
    edits: { ...edits, sharePct: share(edits.count, reads, reservations.count + pledges.count, edits.count), latency: latency(editMs) },
    writesBehind: Math.floor(reservationsDue) + Math.floor(editsDue),
    errors: {
      ...errors,
      checker: freshness.readErrors,
      total: errors.reads + errors.reservations + errors.pledges + errors.edits + freshness.readErrors,
      samples: [...errorSamples, ...freshness.errorSamples.map((s) => `checker: ${s}`)],
    },
    freshness,
    oversells,
    reservationMismatches,
    overpledges,
    pledgeMismatches,
    loadGeneratorCores: (loadGeneratorUsed.user + loadGeneratorUsed.system) / 1e6 / elapsed,
    ...(samples ? { samples, soak: await soakFigures(world, samples, world.apis.length) } : {}),
  };
  return { ...wave, summary: summarize(wave) };
}

/** Failures that fail the run: errors, oversells, stale reads; with `soak`, the soak's verdicts too. */
export function waveFailures(result: MixedWaveResult, soak = false): string[] {
  const name = soak ? 'soak' : 'mixed wave';
  const failures: string[] = [];
  if (result.errors.total) {
    failures.push(
      `${name}: ${result.errors.total} errors (reads ${result.errors.reads}, reservations ${result.errors.reservations}, pledges ${result.errors.pledges}, edits ${result.errors.edits}, checker ${result.errors.checker}): ${result.errors.samples.slice(0, 3).join(' | ')}`,
    );
  }
  if (result.reservations.surprises) failures.push(`${name}: ${result.reservations.surprises} reservations answered against the item's known state`);
  if (result.oversells) failures.push(`${name}: ${result.oversells} items oversold or with a reserved count unlike their reservations`);
  if (result.reservationMismatches) failures.push(`${name}: ${result.reservationMismatches} items whose reserved count moved unlike this run's 201s`);
  if (result.pledges.surprises) failures.push(`${name}: ${result.pledges.surprises} pledges answered against the fund's known state`);
  if (result.overpledges) failures.push(`${name}: ${result.overpledges} items pledged beyond their target or with a pledged amount unlike their pledges`);
  if (result.pledgeMismatches) failures.push(`${name}: ${result.pledgeMismatches} funds whose pledged amount moved unlike this run's accepted pledges`);
  if (result.freshness.staleReadsBeyondBound) {
    failures.push(
      `${name}: ${result.freshness.staleReadsBeyondBound} reads showed a state older than ${result.freshness.boundMs} ms (${result.freshness.neverSeen} writes never seen)`,
    );
  }
  if (!result.freshness.writesChecked) failures.push(`${name}: the freshness checker checked no write`);
  if (soak) failures.push(...soakVerdicts(result));
  return failures;
}

/** The soak's own verdicts (memory, connections, Redis), human-readable; empty: fine. */
export function soakVerdicts(result: MixedWaveResult): string[] {
  const s = result.soak;
  if (!s) return ['soak: no samples were taken'];
  const failures: string[] = [];
  for (const [pid, growth] of Object.entries(s.rssGrowthPct)) {
    if (growth > 10) failures.push(`soak: API pid ${pid} resident memory grew ${growth.toFixed(1)}% after the first minute (limit 10%)`);
  }
  if (s.pgConnectionsGrowth > 0)
    failures.push(`soak: PostgreSQL connections grew from ${s.pgConnectionsBaseline} to ${s.pgConnectionsEnd} after the first minute`);
  if (s.pgConnectionsMax > s.pgConnectionsBound) failures.push(`soak: ${s.pgConnectionsMax} PostgreSQL connections, beyond the pools' ${s.pgConnectionsBound}`);
  if (s.redisMaxMemoryMb && result.samples?.some((x) => x.redisUsedMemoryMb > s.redisMaxMemoryMb)) failures.push(`soak: Redis used more than its maxmemory`);
  // Versioned keys: every write makes new ones (kept until their TTL), so the run's Redis bytes may grow with the
  // writes, but not faster: more bytes per write in the second half than 1.5× the first is growth beyond the design.
  if (s.cacheKbPerWriteFirstHalf > 0 && s.cacheKbPerWriteSecondHalf > 1.5 * s.cacheKbPerWriteFirstHalf) {
    failures.push(
      `soak: the run's Redis keys grew ${s.cacheKbPerWriteSecondHalf.toFixed(1)} kB per write in the second half vs ${s.cacheKbPerWriteFirstHalf.toFixed(1)} kB in the first`,
    );
  }
  return failures;
}

function summarize(w: Omit<MixedWaveResult, 'summary'>): Record<string, unknown> {
  const ms = (l: Latency) => `${l.p50.toFixed(2)} / ${l.p90.toFixed(2)} / ${l.p99.toFixed(2)} ms (p50/p90/p99, ${l.count})`;
  return {
    seconds: Math.round(w.seconds),
    connections: w.connections,
    requestsPerSecond: Math.round(w.requestsPerSecond),
    reads: `${Math.round(w.reads.requestsPerSecond)}/s, ${ms(w.reads.latency)}, ${w.readWeighting}`,
    readCache: w.reads.cache,
    reservations: `${w.reservations.count} (${w.reservations.sharePct.toFixed(1)}%): ${w.reservations.created} created, ${w.reservations.soldOut} sold out (409, ${w.reservations.aimedAtSoldOut} aimed at sold-out items); ${ms(w.reservations.latency)}`,
    pledges: `${w.pledges.count} (${w.pledges.sharePct.toFixed(1)}%) to ${w.pledges.funds} funds: ${w.pledges.created} accepted (${w.pledges.acceptedAmount} minor units), ${w.pledges.full} refused as beyond the target (409); ${ms(w.pledges.latency)}`,
    edits: `${w.edits.count} (${w.edits.sharePct.toFixed(1)}%): ${w.edits.saved} saved, ${w.edits.reapplied} re-applied after 412, ${w.edits.conflicts} given up; ${ms(w.edits.latency)}`,
    errors: w.errors.total,
    freshness: `${w.freshness.writesChecked} writes checked (${w.freshness.writesUnchecked} not), p50 ${w.freshness.p50Ms.toFixed(0)} ms, p99 ${w.freshness.p99Ms.toFixed(0)} ms, max ${w.freshness.maxMs.toFixed(0)} ms to the end of the first read showing the change (p99 ${w.freshness.p99ToReadStartMs.toFixed(0)} ms, max ${w.freshness.maxToReadStartMs.toFixed(0)} ms to its start); ${w.freshness.staleReadsBeyondBound} reads older than ${w.freshness.boundMs} ms`,
    checkerCache: w.freshness.cache,
    oversells: w.oversells,
    reservationMismatches: w.reservationMismatches,
    overpledges: w.overpledges,
    pledgeMismatches: w.pledgeMismatches,
    writesBehind: w.writesBehind,
    loadGeneratorCores: Number(w.loadGeneratorCores.toFixed(2)),
    ...(w.soak ? { soak: w.soak } : {}),
  };
}

function latency(values: number[]): Latency {
  const sorted = Float64Array.from(values).sort();
  const list = Array.from(sorted);
  return {
    count: list.length,
    p50: percentile(list, 0.5),
    p90: percentile(list, 0.9),
    p99: percentile(list, 0.99),
    max: list.length ? list[list.length - 1] : NaN,
  };
}

function share(count: number, reads: number, reservations: number, edits: number): number {
  return (100 * count) / (reads + reservations + edits || 1);
}

/** The edit number in an item's name ("… (edit 12)"), or 0. */
function editNumberOf(name: string | undefined): number {
  const match = name ? / \(edit (\d+)\)$/.exec(name) : null;
  return match ? Number(match[1]) : 0;
}

/** The 50 lists as they are now (earlier scenarios may have written to them). */
async function snapshot(world: World): Promise<RegistryState[]> {
  const client = new Client({ connectionString: world.scratch.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; registry_id: string; quantity: number | null; reserved: number; name: string }>(
      `SELECT id, registry_id, quantity, reserved_quantity AS reserved, name FROM items
        WHERE NOT archived AND kind = 'gift' AND registry_id = ANY($1::uuid[]) ORDER BY registry_id, position`,
      [world.registries.map((r) => r.id)],
    );
    const byId = new Map(world.registries.map((registry) => [registry.id, { registry, items: [] } as RegistryState]));
    for (const row of rows) {
      const registry = byId.get(row.registry_id)!;
      registry.items.push({
        id: row.id,
        registry,
        quantity: row.quantity,
        reserved: row.reserved,
        reservedAtStart: row.reserved,
        pending: 0,
        created: 0,
        baseName: row.name.replace(/ \(edit \d+\)$/, ''),
        editing: false,
      });
    }
    return [...byId.values()].filter((r) => r.items.length);
  } finally {
    await client.end();
  }
}

/** A capped fund on each of the first FUND_REGISTRIES lists, added as the couple would (a new one each wave: the soak and the quick run start empty). */
async function addFunds(world: World, registries: RegistryState[]): Promise<FundState[]> {
  return Promise.all(
    // The wave's 20-item fillers: the 2,000-item list has no room for another item.
    registries
      .filter((r) => r.registry.key.startsWith('wave-'))
      .slice(0, FUND_REGISTRIES)
      .map(async (registry) => {
        const answer = await addItem(world.edge.url, registry.registry, {
          name: `Honeymoon fund (${randomSuffix()})`,
          kind: 'fund',
          targetAmount: FUND_TARGET,
          minContribution: PLEDGE_MIN,
          allowOverfunding: false,
        });
        if (answer.status !== 201) throw new Error(`mixed wave: adding a fund answered ${answer.status} ${answer.body.slice(0, 200)}`);
        const { id } = JSON.parse(answer.body) as { id: string };
        return { id, registry, target: FUND_TARGET, pledged: 0, pending: 0, sent: 0, accepted: 0, pledgedAtStart: 0 };
      }),
  );
}

const randomSuffix = () => Math.random().toString(36).slice(2, 8);

async function checkDatabase(
  world: World,
  items: Map<string, ItemState>,
  funds: FundState[],
): Promise<{ oversells: number; reservationMismatches: number; overpledges: number; pledgeMismatches: number }> {
  const client = new Client({ connectionString: world.scratch.databaseUrl });
  await client.connect();
  try {
    const {
      rows: [{ oversells }],
    } = await client.query<{ oversells: number }>(
      `SELECT count(*)::int AS oversells FROM items i
        WHERE (i.quantity IS NOT NULL AND i.reserved_quantity > i.quantity)
           OR i.reserved_quantity <> (SELECT coalesce(sum(r.quantity), 0) FROM reservations r WHERE r.item_id = i.id AND r.status = 'active')`,
    );
    const { rows } = await client.query<{ id: string; reserved: number }>('SELECT id, reserved_quantity AS reserved FROM items WHERE id = ANY($1::uuid[])', [
      [...items.keys()],
    ]);
    const reservationMismatches = rows.filter((row) => {
      const item = items.get(row.id)!;
      return row.reserved !== item.reservedAtStart + item.created;
    }).length;
    const {
      rows: [{ overpledges }],
    } = await client.query<{ overpledges: number }>(
      `SELECT count(*)::int AS overpledges FROM items i
        WHERE (NOT i.allow_overfunding AND i.target_amount IS NOT NULL AND i.pledged_amount > i.target_amount)
           OR i.pledged_amount <> (SELECT coalesce(sum(p.amount), 0) FROM pledges p WHERE p.item_id = i.id AND p.status <> 'cancelled')`,
    );
    const { rows: fundRows } = await client.query<{ id: string; pledged: string }>(
      'SELECT id, pledged_amount::text AS pledged FROM items WHERE id = ANY($1::uuid[])',
      [funds.map((f) => f.id)],
    );
    const byId = new Map(funds.map((f) => [f.id, f]));
    const pledgeMismatches = fundRows.filter((row) => Number(row.pledged) !== byId.get(row.id)!.pledgedAtStart + byId.get(row.id)!.accepted).length;
    return { oversells, reservationMismatches, overpledges, pledgeMismatches };
  } finally {
    await client.end();
  }
}

/** The soak's samples: API memory from /proc, PostgreSQL connections, Redis memory and the run's keys. */
class Sampler {
  readonly samples: SoakSample[] = [];
  private busy: Promise<void> = Promise.resolve();
  private closed = false;

  private constructor(
    private readonly world: World,
    private readonly pg: Client,
    private readonly redis: Redis,
  ) {}

  static async start(world: World): Promise<Sampler> {
    // The admin database, so the sampler's own connection is not counted among the scratch database's.
    const pg = new Client({ connectionString: ADMIN_DATABASE_URL });
    await pg.connect();
    const sampler = new Sampler(world, pg, new Redis(world.cacheRedisUrl, { maxRetriesPerRequest: 1 }));
    await sampler.sample(performance.now(), 0);
    return sampler;
  }

  /** One sample (samples never overlap: a slow one delays the next). */
  sample(started: number, writes: number): Promise<void> {
    if (this.closed) return this.busy;
    this.busy = this.busy.then(() => this.take(started, writes)).catch((e: unknown) => console.error(`soak sample failed: ${String(e)}`));
    return this.busy;
  }

  private async take(started: number, writes: number): Promise<void> {
    const atSeconds = Math.round((performance.now() - started) / 100) / 10;
    const apiRssMb: Record<string, number> = {};
    for (const api of this.world.apis) {
      try {
        const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${api.pid}/status`, 'utf8'));
        if (kb) apiRssMb[String(api.pid)] = Number(kb[1]) / 1024;
      } catch {
        // gone, or not Linux
      }
    }
    const {
      rows: [{ count: pgConnections }],
    } = await this.pg.query<{ count: number }>('SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = $1', [this.world.scratch.database]);
    const info = await this.redis.info('memory');
    const used = Number(/used_memory:(\d+)/.exec(info)?.[1] ?? NaN);
    let cacheKeys = 0;
    let cacheBytes = 0;
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${this.world.scratch.redisKeyPrefix}*`, 'COUNT', 1000);
      cursor = next;
      cacheKeys += keys.length;
      if (keys.length) {
        const pipeline = this.redis.pipeline();
        for (const key of keys) pipeline.memory('USAGE', key, 'SAMPLES', 0);
        for (const [, bytes] of (await pipeline.exec()) ?? []) cacheBytes += Number(bytes) || 0;
      }
    } while (cursor !== '0');
    this.samples.push({ atSeconds, apiRssMb, pgConnections, redisUsedMemoryMb: used / 1048576, cacheKeys, cacheKeysMb: cacheBytes / 1048576, writes });
  }

  /** Closes the connections (once); the samples stay. */
  async stop(): Promise<SoakSample[]> {
    await this.busy;
    if (!this.closed) {
      this.closed = true;
      await this.pg.end().catch(() => undefined);
      this.redis.disconnect();
    }
    return this.samples.sort((a, b) => a.atSeconds - b.atSeconds);
  }
}

async function soakFigures(world: World, samples: SoakSample[], apis: number): Promise<SoakVerdicts> {
  const baseline = samples.find((s) => s.atSeconds >= 60) ?? samples[0];
  const end = samples[samples.length - 1];
  const rssGrowthPct: Record<string, number> = {};
  for (const [pid, mb] of Object.entries(end.apiRssMb)) {
    const before = baseline.apiRssMb[pid];
    if (before) rssGrowthPct[pid] = (100 * (mb - before)) / before;
  }
  // Bytes per write over the two halves after the baseline.
  const after = samples.filter((s) => s.atSeconds >= baseline.atSeconds);
  const middle = after[Math.floor((after.length - 1) / 2)];
  const kbPerWrite = (from: SoakSample, to: SoakSample) =>
    to.writes > from.writes ? ((to.cacheKeysMb - from.cacheKeysMb) * 1024) / (to.writes - from.writes) : 0;
  const redis = new Redis(world.cacheRedisUrl, { maxRetriesPerRequest: 1 });
  let maxMemory = 0;
  try {
    const [, value] = (await redis.config('GET', 'maxmemory')) as string[];
    maxMemory = Number(value) || 0;
  } catch {
    // CONFIG may be disabled
  } finally {
    redis.disconnect();
  }
  return {
    baselineAtSeconds: baseline.atSeconds,
    rssGrowthPct,
    pgConnectionsBaseline: baseline.pgConnections,
    pgConnectionsEnd: end.pgConnections,
    pgConnectionsMax: Math.max(...samples.map((s) => s.pgConnections)),
    pgConnectionsGrowth: end.pgConnections - baseline.pgConnections,
    pgConnectionsBound: POOL_SIZE * apis,
    redisUsedMemoryGrowthMb: end.redisUsedMemoryMb - baseline.redisUsedMemoryMb,
    cacheKeysGrowth: end.cacheKeys - baseline.cacheKeys,
    cacheKeysMbGrowth: end.cacheKeysMb - baseline.cacheKeysMb,
    cacheKbPerWriteFirstHalf: kbPerWrite(baseline, middle),
    cacheKbPerWriteSecondHalf: kbPerWrite(middle, end),
    redisMaxMemoryMb: maxMemory / 1048576,
    cacheTtlSeconds: CACHE_TTL_SECONDS,
  };
}
