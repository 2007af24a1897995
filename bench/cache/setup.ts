import 'reflect-metadata';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';
import { seedRegistries } from '../load/seed';

/**
 * The scratch world of one benchmark run: its own PostgreSQL database (migrated with the API's own migrations)
 * and its own Redis key prefix, both removed at the end, also when the run fails.
 */
export const ADMIN_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

export const ITEM_COUNT = 200;
const SEED_NUMBER = 20261123;

export interface Scratch {
  database: string;
  databaseUrl: string;
  redisKeyPrefix: string;
  /** The API's MEDIA_DIR (it creates it at start), removed at the end. */
  mediaDir: string;
}

export interface Seeded {
  registryId: string;
  slug: string;
  ownerToken: string;
  itemIds: string[];
  reservations: number;
}

export function newScratch(): Scratch {
  const stamp = `${Math.floor(Date.now() / 1000)}_${randomBytes(3).toString('hex')}`;
  const database = `wg_bench_${stamp}`;
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${database}`;
  return { database, databaseUrl: url.toString(), redisKeyPrefix: `wgbench:${stamp}:`, mediaDir: join(tmpdir(), `wg-bench-media-${stamp}`) };
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the database and runs the API's migrations on it. */
export async function createDatabase(scratch: Scratch): Promise<void> {
  await admin((client) => client.query(`CREATE DATABASE ${scratch.database}`));
  const dataSource = new DataSource(dataSourceOptions(scratch.databaseUrl, 1));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/**
 * One owner with a personal access token and one public registry of 200 items with about 600 active reservations,
 * from the load harness's deterministic generator (bench/load/seed.ts), the same on every run but for the token.
 */
export async function seed(databaseUrl: string): Promise<Seeded> {
  const [seeded] = await seedMany(databaseUrl, [ITEM_COUNT]);
  return seeded;
}

/** Like seed, with one registry per entry of `itemCounts` (the first is seed's own list of 200). */
export async function seedMany(databaseUrl: string, itemCounts: number[]): Promise<Seeded[]> {
  const keys = ['bench-ana-and-ben', 'bench-cleo-and-dev', 'bench-eli-and-fay'];
  const registries = await seedRegistries(
    databaseUrl,
    SEED_NUMBER,
    itemCounts.map((items, i) => ({ key: keys[i] ?? `bench-list-${i}`, items })),
  );
  return registries.map((registry) => ({
    registryId: registry.id,
    slug: registry.slug,
    ownerToken: registry.ownerToken,
    itemIds: registry.items.map((item) => item.id),
    reservations: registry.reservations,
  }));
}

export async function dropDatabase(scratch: Scratch): Promise<void> {
  rmSync(scratch.mediaDir, { recursive: true, force: true });
  await admin((client) => client.query(`DROP DATABASE IF EXISTS ${scratch.database} WITH (FORCE)`));
}

/** Deletes every key under the run's prefix (SCAN, never KEYS, on a shared Redis). */
export async function deleteRedisKeys(prefix: string): Promise<number> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) deleted += await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

/** Counts keys under the prefix (to report what the cache holds). */
export async function countRedisKeys(prefix: string): Promise<number> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  let count = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      count += keys.length;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return count;
}
