import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { percentile } from '../../cache/load';
import { ADMIN_DATABASE_URL } from '../../cache/setup';
import { addItem, reserve } from '../guests';
import type { World } from '../world';

const run = promisify(execFile);
const PGBENCH = process.env.PGBENCH ?? '/usr/lib/postgresql/15/bin/pgbench';

/**
 * Scenario 10 (issue 19 §4): the write path against PostgreSQL's own floor. Reservations per second on one registry
 * through one API process, side by side with `pgbench` running the same minimal SQL (lock the registry row by
 * touching it, update the item, insert the reservation) on a scratch database of its own, same connections, same
 * seconds, on this machine at this moment; and the reservation p99 of the wave against the p99 of reservations
 * sent one at a time with nothing else running.
 */
export interface WritePathResult {
  connections: number;
  seconds: number;
  api: { created: number; perSecond: number; p50Ms: number; p99Ms: number; errors: number };
  pgbench: { perSecond: number; latencyMs: number };
  /** API ÷ pgbench (target ≥ 0.5×). */
  ratio: number;
}

export interface IdleReservations {
  count: number;
  p50Ms: number;
  p99Ms: number;
}

/** The same three statements a reservation needs, with nothing else: the floor for one registry's writes. */
const PGBENCH_SCRIPT = `BEGIN;
UPDATE registries SET version = version + 1, updated_at = clock_timestamp() WHERE id = 1;
UPDATE items SET reserved_quantity = reserved_quantity + 1, version = version + 1 WHERE id = 1;
INSERT INTO reservations (item_id, guest_name, guest_email) VALUES (1, 'Guest', 'guest@guests.example.com');
END;
`;

/** An unlimited gift on the 20-item list, so no reservation is refused for want of units. */
async function unlimitedGift(world: World, name: string): Promise<{ slug: string; itemId: string }> {
  const registry = world.list('list-20');
  const added = await addItem(world.apis[0].url, registry, { name, quantity: null });
  if (added.status !== 201) throw new Error(`write path: adding the item answered ${added.status} ${added.body.slice(0, 200)}`);
  return { slug: registry.slug, itemId: (JSON.parse(added.body) as { id: string }).id };
}

/** Reservations one at a time, straight at one API, nothing else running: the idle p99. */
export async function idleReservations(world: World, count: number, firstGuest: number): Promise<IdleReservations> {
  const { slug, itemId } = await unlimitedGift(world, 'Counted while idle');
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const answer = await reserve(world.apis[0].url, slug, itemId, firstGuest + i);
    if (answer.status !== 201) throw new Error(`write path: an idle reservation answered ${answer.status}`);
    times.push(answer.ms);
  }
  times.sort((a, b) => a - b);
  return { count, p50Ms: percentile(times, 0.5), p99Ms: percentile(times, 0.99) };
}

export async function writePath(world: World, connections: number, seconds: number, firstGuest: number): Promise<WritePathResult> {
  const { slug, itemId } = await unlimitedGift(world, 'Counted for throughput');
  // The API: `connections` guests at once, each reserving again as soon as answered, all on one registry.
  const times: number[] = [];
  let errors = 0;
  let guest = firstGuest;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const answer = await reserve(world.apis[0].url, slug, itemId, guest++).catch(() => null);
        if (answer?.status === 201) times.push(answer.ms);
        else errors++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const api = { created: times.length, perSecond: times.length / elapsed, p50Ms: percentile(times, 0.5), p99Ms: percentile(times, 0.99), errors };
  const pgbench = await runPgbench(connections, seconds);
  return { connections, seconds, api, pgbench, ratio: api.perSecond / pgbench.perSecond };
}

async function runPgbench(connections: number, seconds: number): Promise<WritePathResult['pgbench']> {
  const database = `wg_bench_pgbench_${process.pid}`;
  const url = new URL(ADMIN_DATABASE_URL);
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  const dir = mkdtempSync(join(tmpdir(), 'wg-pgbench-'));
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.query(`CREATE DATABASE ${database}`);
    url.pathname = `/${database}`;
    const db = new Client({ connectionString: url.toString() });
    await db.connect();
    await db.query(`
      CREATE TABLE registries (id int PRIMARY KEY, version bigint NOT NULL DEFAULT 1, updated_at timestamptz NOT NULL DEFAULT now());
      CREATE TABLE items (id int PRIMARY KEY, registry_id int NOT NULL REFERENCES registries, reserved_quantity int NOT NULL DEFAULT 0, version bigint NOT NULL DEFAULT 1);
      CREATE TABLE reservations (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), item_id int NOT NULL REFERENCES items, guest_name text NOT NULL,
                                 guest_email text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
      INSERT INTO registries (id) VALUES (1);
      INSERT INTO items (id, registry_id) VALUES (1, 1);`);
    await db.end();
    writeFileSync(join(dir, 'reserve.sql'), PGBENCH_SCRIPT);
    const { stdout } = await run(
      PGBENCH,
      ['-n', '-M', 'prepared', '-f', join(dir, 'reserve.sql'), '-c', String(connections), '-j', '2', '-T', String(seconds), url.toString()],
      { maxBuffer: 1 << 20 },
    );
    const tps = /tps = ([\d.]+)/.exec(stdout);
    const latency = /latency average = ([\d.]+) ms/.exec(stdout);
    if (!tps) throw new Error(`write path: pgbench printed no tps: ${stdout.slice(0, 300)}`);
    return { perSecond: Number(tps[1]), latencyMs: latency ? Number(latency[1]) : NaN };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}
