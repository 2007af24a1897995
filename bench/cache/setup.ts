import 'reflect-metadata';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ACCESS_TOKEN_PREFIX } from '../../apps/api/src/accounts/access-tokens.service';
import { newToken, sha256 } from '../../apps/api/src/common/crypto/tokens';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';

/**
 * The scratch world of one benchmark run: its own PostgreSQL database (migrated with the API's own migrations)
 * and its own Redis key prefix, both removed at the end, also when the run fails.
 */
export const ADMIN_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

export const ITEM_COUNT = 200;
/** Reservations per item cycle through 1..5 (3 on average): 600 for 200 items. */
export const RESERVATIONS_PER_ITEM = (n: number) => 1 + (n % 5);
export const SLUG = 'bench-ana-and-ben';

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
 * One owner with a personal access token, and one public registry of 200 items with 600 active reservations,
 * inserted with SQL. Everything but the token is the same on every run (ids are derived from names).
 * `items.reserved_quantity` is the sum of the item's active reservations, and every quantity is at least that
 * (some items are fully reserved, every 20th is unlimited).
 */
export async function seed(databaseUrl: string): Promise<Seeded> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const token = newToken(ACCESS_TOKEN_PREFIX);
  try {
    await client.query('BEGIN');
    // md5 as a UUID with the version and variant bits of a v4 one, which the API's ParseUUIDPipe insists on.
    // Images: a stored image (jsonb: files and thumbnails, as the image worker leaves it) where the schema has them,
    // a path where it is still the old text column.
    const {
      rows: [{ image_type: imageType }],
    } = await client.query<{ image_type: string }>(
      `SELECT data_type AS image_type FROM information_schema.columns WHERE table_name = 'items' AND column_name = 'image'`,
    );
    const image = (seedSql: string, pathSql: string) =>
      imageType === 'jsonb'
        ? `jsonb_build_object('original', md5('original-' || ${seedSql}) || '.jpg', 'width', 1600, 'height', 1200, 'thumbnailKey', md5('thumbs-' || ${seedSql}),
             'thumbnails', jsonb_build_array(jsonb_build_object('width', 160, 'height', 120), jsonb_build_object('width', 480, 'height', 360), jsonb_build_object('width', 1200, 'height', 900)))`
        : pathSql;
    await client.query(
      `CREATE FUNCTION pg_temp.bench_uuid(name text) RETURNS uuid LANGUAGE sql IMMUTABLE
         AS $$ SELECT (substr(h, 1, 12) || '4' || substr(h, 14, 3) || '8' || substr(h, 18, 15))::uuid FROM md5(name) AS h $$`,
    );
    const {
      rows: [user],
    } = await client.query<{ id: string }>(
      `INSERT INTO users (id, email, password_hash, display_name) VALUES (pg_temp.bench_uuid('bench-user'), 'bench-owner@example.com', 'not-a-real-hash', 'Ana Bench')
       RETURNING id`,
    );
    await client.query(`INSERT INTO access_tokens (user_id, name, token_hash, token_hint) VALUES ($1, 'bench', $2, $3)`, [
      user.id,
      sha256(token),
      token.slice(-4),
    ]);
    const {
      rows: [registry],
    } = await client.query<{ id: string }>(
      `INSERT INTO registries (id, slug, title, couple_names, event_date, welcome_message, header_image, currency, visibility, theme)
       VALUES (pg_temp.bench_uuid('bench-registry'), $1, 'Ana & Ben are getting married', 'Ana & Ben', '2027-06-12',
               'Thank you for celebrating with us! Your presence is the best present, but if you would like to give something, here are a few ideas.',
               ${image("'header'", "'/media/registries/bench/header.jpg'")}, 'EUR', 'public', 'garden')
       RETURNING id`,
      [SLUG],
    );
    await client.query('INSERT INTO registry_owners (registry_id, user_id) VALUES ($1, $2)', [registry.id, user.id]);
    await client.query(
      `INSERT INTO items (id, registry_id, name, description, url, price_min, price_max, quantity, priority, category, position, image)
       SELECT pg_temp.bench_uuid('bench-item-' || n), $1,
              'Gift number ' || n || ': ' || (ARRAY['a toaster that cooks crumpets','linen napkins','a cast-iron pan','a picnic basket','a reading lamp'])[1 + n % 5],
              'Something we would love to have in our new home. Any colour is fine, as long as it is not orange. Item ' || n || '.',
              CASE WHEN n % 4 = 0 THEN NULL ELSE 'https://shop.example.com/products/' || n END,
              CASE WHEN n % 7 = 0 THEN NULL ELSE 1000 + 250 * n END,
              CASE WHEN n % 7 = 0 THEN NULL ELSE 1500 + 300 * n END,
              CASE WHEN n % 20 = 0 THEN NULL ELSE (1 + n % 5) + n % 3 END,
              (ARRAY['high','medium','low'])[1 + n % 3],
              CASE WHEN n % 6 = 0 THEN NULL ELSE (ARRAY['Kitchen','Home','Garden','Travel','Experiences'])[1 + n % 5] END,
              n,
              CASE WHEN n % 3 = 0 THEN NULL ELSE ${image('n::text', "'/media/items/' || n || '.jpg'")} END
         FROM generate_series(1, $2::int) AS n`,
      [registry.id, ITEM_COUNT],
    );
    // 1 + n % 5 reservations of one each for item n, the same formula as the quantities above.
    await client.query(
      `INSERT INTO reservations (id, registry_id, item_id, quantity, guest_name, guest_email, message, undo_token_hash, created_at)
       SELECT pg_temp.bench_uuid('bench-reservation-' || n || '-' || k), $1, pg_temp.bench_uuid('bench-item-' || n), 1,
              'Guest ' || n || '-' || k, 'guest' || n || '-' || k || '@example.com', 'Congratulations!',
              encode(sha256(('bench-undo-' || n || '-' || k)::bytea), 'hex'),
              timestamptz '2027-01-01 00:00:00+00' + (n * 10 + k) * interval '1 minute'
         FROM generate_series(1, $2::int) AS n, LATERAL generate_series(1, 1 + n % 5) AS k`,
      [registry.id, ITEM_COUNT],
    );
    await client.query(
      `UPDATE items i SET reserved_quantity = r.total
         FROM (SELECT item_id, sum(quantity)::int AS total FROM reservations WHERE status = 'active' GROUP BY item_id) r
        WHERE r.item_id = i.id`,
    );
    const { rows: items } = await client.query<{ id: string }>('SELECT id FROM items WHERE registry_id = $1 ORDER BY position', [registry.id]);
    const {
      rows: [{ count }],
    } = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM reservations WHERE registry_id = $1 AND status = 'active'`, [registry.id]);
    const {
      rows: [{ bad }],
    } = await client.query<{ bad: number }>(
      `SELECT count(*)::int AS bad FROM items i
        WHERE i.reserved_quantity <> (SELECT coalesce(sum(quantity), 0) FROM reservations r WHERE r.item_id = i.id AND r.status = 'active')
           OR (i.quantity IS NOT NULL AND i.quantity < i.reserved_quantity)`,
    );
    if (bad !== 0) throw new Error(`seed: ${bad} items have a reserved_quantity that does not match their reservations`);
    await client.query('COMMIT');
    return { registryId: registry.id, slug: SLUG, ownerToken: token, itemIds: items.map((i) => i.id), reservations: count };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
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
