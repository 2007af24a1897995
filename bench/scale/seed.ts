import { Client } from 'pg';
import { performance } from 'node:perf_hooks';
import { CATEGORIES, THINGS } from '../load/seed';

/**
 * The scale seed: registries by index (1..N), each one's contents drawn from md5(seed:index:...) in SQL, so
 * registry 4711 is the same list in a database of 100,000 registries and in one of 200. That is what lets the run
 * compare the very same lists on a big and on a small database.
 *
 * Sizes: 92% of the lists have 20–41 items, 7.9% 2–19, 0.1% 500–1,500 (about 30 on average: 3 million items for
 * 100,000 lists). Items: 3% funds, 1.5% group gifts (0–4 pledges each), the rest gifts with 0–6 active reservations
 * (3 on average: 9 million for 3 million items; 1 in 10 also has a cancelled one). Reservations of a block of 1,000
 * registries are written in the order they were made (spread over a year), so one list's reservations lie scattered
 * over the table's pages as on a real service, not side by side.
 *
 * Speed without starving the machine: one connection; secondary indexes dropped before and rebuilt after (exactly
 * as the migrations made them, from pg_get_indexdef); triggers and foreign-key checks off while loading
 * (session_replication_role = replica: the generator keeps every reference right itself); autovacuum off on the
 * loaded tables until the end; no parallel maintenance workers; maintenance_work_mem 256 MB. Ids carry a sequence
 * in their first 48 bits (still version-4 UUIDs, as ParseUUIDPipe wants), so primary keys grow at their right edge.
 */
export interface ScaleSpec {
  /** Registries by index, e.g. [[1, 100000]] or the sample indices and a few others. */
  ranges: [number, number][];
  seedNumber: number;
  log: (message: string) => void;
}

export interface SeedStats {
  registries: number;
  users: number;
  items: number;
  reservations: number;
  pledges: number;
  seconds: { load: number; indexes: number; vacuum: number; total: number };
  bytes: Record<string, number>;
}

const TABLES = ['users', 'registries', 'registry_owners', 'items', 'reservations', 'pledges'];
const CHUNK = 1000;

/** The SQL expression of registry i's size (the same in every database). */
export const SIZE_SQL = `CASE WHEN pg_temp.rnd('size:' || i) < 0.001 THEN 500 + floor(pg_temp.rnd('big:' || i) * 1001)::int
            WHEN pg_temp.rnd('size:' || i) < 0.08 THEN 2 + floor(pg_temp.rnd('sz:' || i) * 18)::int
            ELSE 20 + floor(pg_temp.rnd('sz:' || i) * 22)::int END`;

/** Whether registry i is public (else unlisted), as the seed decides it. */
export const PUBLIC_SQL = `pg_temp.rnd('vis:' || i) < 0.92`;

export async function defineFunctions(client: Client, seedNumber: number): Promise<void> {
  // rnd(key): [0, 1) from md5(seed:key). sid(kind, n): a version-4 UUID whose first 48 bits are n.
  await client.query(
    `CREATE OR REPLACE FUNCTION pg_temp.rnd(key text) RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT ('x' || substr(md5('${seedNumber}:' || key), 1, 8))::bit(32)::bigint / 4294967296.0 $$`,
  );
  await client.query(
    `CREATE OR REPLACE FUNCTION pg_temp.hid(n bigint, h text) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT (lpad(to_hex(n), 12, '0') || '4' || substr(h, 1, 3) || '8' || substr(h, 4, 15))::uuid $$`,
  );
  await client.query(
    `CREATE OR REPLACE FUNCTION pg_temp.sid(kind text, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT pg_temp.hid(n, md5('${seedNumber}:' || kind || n)) $$`,
  );
  // u(h, n): draw n (0..7) of an md5, in [0, 1) with 16 bits.
  await client.query(
    `CREATE OR REPLACE FUNCTION pg_temp.u(h text, n int) RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT ('x' || substr(h, 1 + 4 * n, 4))::bit(16)::int / 65536.0 $$`,
  );
}

export async function seedScale(databaseUrl: string, spec: ScaleSpec): Promise<SeedStats> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'wg-bench-scale-seed' });
  await client.connect();
  const started = performance.now();
  try {
    await client.query(`SET maintenance_work_mem = '256MB'`);
    await client.query('SET max_parallel_maintenance_workers = 0');
    await client.query('SET max_parallel_workers_per_gather = 0');
    await client.query(`SET work_mem = '64MB'`);
    await client.query(`SET temp_buffers = '128MB'`);
    await client.query('SET synchronous_commit = off');
    await defineFunctions(client, spec.seedNumber);
    const { rows: indexes } = await client.query<{ name: string; def: string }>(
      `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
         FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
        WHERE t.relname = ANY($1) AND t.relnamespace = 'public'::regnamespace
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
      [TABLES],
    );
    for (const table of TABLES) await client.query(`ALTER TABLE ${table} SET (autovacuum_enabled = false)`);
    for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
    await client.query('SET session_replication_role = replica');

    // The plan: every registry's index, size and where its items' sequence starts.
    await client.query(`CREATE TEMP TABLE block (i int, p int, registry_id uuid, id uuid, h text, kind text, k int, c int, m int)`);
    await client.query('CREATE TEMP TABLE plan (i int PRIMARY KEY, size int NOT NULL, first_item bigint NOT NULL)');
    const values = spec.ranges.map((_, k) => `($${2 * k + 1}::int, $${2 * k + 2}::int)`).join(', ');
    await client.query(
      `INSERT INTO plan SELECT i, s.size, coalesce(sum(s.size) OVER (ORDER BY i ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
         FROM (VALUES ${values}) AS r(a, b), generate_series(r.a, r.b) AS i, LATERAL (SELECT ${SIZE_SQL} AS size) s`,
      spec.ranges.flat(),
    );
    const { rows: blocks } = await client.query<{ lo: number; hi: number }>(
      `SELECT min(i) AS lo, max(i) AS hi FROM (SELECT i, (row_number() OVER (ORDER BY i) - 1) / ${CHUNK} AS b FROM plan) p GROUP BY b ORDER BY b`,
    );
    let reservations = 0;
    let pledges = 0;
    for (const [n, block] of blocks.entries()) {
      await client.query('BEGIN');
      const written = await seedBlock(client, spec.seedNumber, block.lo, block.hi, { reservations, pledges });
      reservations += written.reservations;
      pledges += written.pledges;
      await client.query('COMMIT');
      if ((n + 1) % 10 === 0 || n === blocks.length - 1)
        spec.log(`  seeded ${n + 1}/${blocks.length} blocks: ${reservations.toLocaleString('en')} reservations so far (${elapsed(started)} s)`);
    }
    await client.query('SET session_replication_role = origin');
    const loaded = performance.now();
    for (const index of indexes) await client.query(index.def);
    spec.log(`  rebuilt ${indexes.length} indexes (${elapsed(loaded)} s)`);
    const indexed = performance.now();
    for (const table of TABLES) {
      await client.query(`ALTER TABLE ${table} RESET (autovacuum_enabled)`);
      // As a service's tables are between writes: visibility map set, hint bits written, statistics fresh.
      await client.query(`VACUUM (ANALYZE) ${table}`);
    }
    const vacuumed = performance.now();
    const counts = await client.query<Record<string, string>>(
      `SELECT (SELECT count(*) FROM registries) AS registries, (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM items) AS items,
              (SELECT count(*) FROM reservations) AS reservations, (SELECT count(*) FROM pledges) AS pledges`,
    );
    const { rows: sizes } = await client.query<{ name: string; bytes: string }>(
      `SELECT relname AS name, pg_total_relation_size(oid) AS bytes FROM pg_class WHERE relname = ANY($1) AND relnamespace = 'public'::regnamespace`,
      [TABLES],
    );
    const row = counts.rows[0];
    return {
      registries: Number(row.registries),
      users: Number(row.users),
      items: Number(row.items),
      reservations: Number(row.reservations),
      pledges: Number(row.pledges),
      seconds: {
        load: (loaded - started) / 1000,
        indexes: (indexed - loaded) / 1000,
        vacuum: (vacuumed - indexed) / 1000,
        total: (vacuumed - started) / 1000,
      },
      bytes: Object.fromEntries(sizes.map((s) => [s.name, Number(s.bytes)])),
    };
  } finally {
    await client.end();
  }
}

const elapsed = (since: number) => ((performance.now() - since) / 1000).toFixed(0);

/**
 * Registries lo..hi of the plan: owners, registries, then the block's items worked out once into a temporary table
 * (one md5 per item, its 32 hex digits cut into 16-bit draws) and written from there as items, reservations and pledges.
 * Returns how many reservations and pledges it wrote.
 */
async function seedBlock(
  raw: Client,
  seedNumber: number,
  lo: number,
  hi: number,
  before: { reservations: number; pledges: number },
): Promise<{ reservations: number; pledges: number }> {
  const range = [lo, hi];
  const client = timed(raw);
  // One owner per registry, a partner for 40% of them.
  await client.query(
    `INSERT INTO users (id, email, password_hash, display_name, email_verified_at)
     SELECT pg_temp.sid('u', 2 * i + o), 'owner-' || i || '-' || o || '@owners.example.com', 'not-a-real-hash', 'Owner ' || o || ' of ' || i, now()
       FROM plan, generate_series(0, 1) AS o WHERE i BETWEEN $1 AND $2 AND (o = 0 OR pg_temp.rnd('partner:' || i) < 0.4)`,
    range,
  );
  await client.query(
    `INSERT INTO registries (id, slug, title, couple_names, event_date, welcome_message, header_image, currency, visibility, theme, plan, created_at)
     SELECT pg_temp.sid('r', i), 'couple-' || i, 'Wedding list ' || i, 'Ana ' || i || ' & Ben ' || i,
            date '2027-01-01' + (pg_temp.rnd('date:' || i) * 600)::int,
            'Thank you for celebrating with us! Your presence is the best present, but if you would like to give something, here are a few ideas.',
            CASE WHEN pg_temp.rnd('noheader:' || i) < 0.4 THEN NULL ELSE ${image("'header:' || i")} END,
            'EUR', CASE WHEN ${PUBLIC_SQL} THEN 'public' ELSE 'unlisted' END,
            (ARRAY['classic', 'garden', 'modern'])[1 + floor(pg_temp.rnd('theme:' || i) * 3)::int],
            CASE WHEN size > 150 THEN 'premium' WHEN size > 40 THEN 'standard' WHEN pg_temp.rnd('plan:' || i) < 0.1 THEN 'standard' ELSE 'free' END,
            timestamptz '2026-01-01 00:00:00+00' + pg_temp.rnd('created:' || i) * interval '330 days'
       FROM plan WHERE i BETWEEN $1 AND $2`,
    range,
  );
  await client.query(
    `INSERT INTO registry_owners (registry_id, user_id)
     SELECT pg_temp.sid('r', i), pg_temp.sid('u', 2 * i + o) FROM plan, generate_series(0, 1) AS o
      WHERE i BETWEEN $1 AND $2 AND (o = 0 OR pg_temp.rnd('partner:' || i) < 0.4)`,
    range,
  );
  // k: active reservations (gifts), c: one more, cancelled (1 in 10 gifts), m: pledges (funds and group gifts).
  await client.query('TRUNCATE block');
  await client.query(
    `INSERT INTO block
     SELECT i, p, pg_temp.sid('r', i), pg_temp.hid(first_item + p, h), h, kind,
            CASE WHEN kind = 'gift' THEN floor(pg_temp.u(h, 1) * 7)::int ELSE 0 END,
            CASE WHEN kind = 'gift' AND pg_temp.u(h, 2) < 0.1 THEN 1 ELSE 0 END,
            CASE WHEN kind = 'gift' THEN 0 ELSE floor(pg_temp.u(h, 3) * 5)::int END
       FROM (SELECT i, p, first_item, h, CASE WHEN pg_temp.u(h, 0) < 0.03 THEN 'fund' WHEN pg_temp.u(h, 0) < 0.045 THEN 'group-gift' ELSE 'gift' END AS kind
               FROM plan, generate_series(1, size) AS p, md5($3 || ':' || i || ':' || p) AS h WHERE i BETWEEN $1 AND $2 OFFSET 0) b`,
    [lo, hi, String(seedNumber)],
  );
  await client.query('ANALYZE block');
  await client.query(
    `INSERT INTO items (id, registry_id, name, description, url, price_min, price_max, quantity, reserved_quantity, priority, category, position, image,
                        kind, target_amount, allow_overfunding, pledged_amount, pledge_count, created_at)
     SELECT id, registry_id, 'Gift ' || p || ': ' || ($1::text[])[1 + floor(pg_temp.u(h, 4) * 8)::int],
            'Something we would love to have in our new home. Any colour is fine, as long as it is not orange. Item ' || p || '.',
            CASE WHEN pg_temp.u(h, 5) < 0.25 THEN NULL ELSE 'https://shop.example.com/products/' || i || '-' || p END,
            low, low + (pg_temp.u(h, 6) * 5000)::int,
            CASE WHEN kind <> 'gift' OR pg_temp.u(h, 7) < 0.05 THEN NULL ELSE greatest(k, 1) + floor(pg_temp.u(h, 2) * 30)::int % 3 END,
            k, (ARRAY['high', 'medium', 'low'])[1 + floor(pg_temp.u(h, 3) * 3)::int],
            CASE WHEN pg_temp.u(h, 4) * 8 - floor(pg_temp.u(h, 4) * 8) < 0.15 THEN NULL ELSE ($2::text[])[1 + floor(pg_temp.u(h, 5) * 6)::int] END,
            p, CASE WHEN pg_temp.u(h, 6) * 5 - floor(pg_temp.u(h, 6) * 5) < 0.3 THEN NULL ELSE ${image('h')} END,
            kind, CASE WHEN kind = 'group-gift' THEN greatest(50000, pledged) WHEN kind = 'fund' AND pg_temp.u(h, 7) < 0.5 THEN 100000 END,
            kind = 'fund', pledged, m,
            timestamptz '2026-01-01 00:00:00+00' + pg_temp.rnd('created:' || i) * interval '330 days' + p * interval '1 minute'
       FROM (SELECT *, 1000 + (pg_temp.u(h, 6) * 30000)::int AS low,
                    (SELECT coalesce(sum(${PLEDGE_AMOUNT}), 0) FROM generate_series(1, m) AS j)::bigint AS pledged FROM block OFFSET 0) b`,
    [THINGS, CATEGORIES],
  );
  // In the order they were made, so one list's reservations are scattered over the block's pages.
  const { rowCount: reservations } = await client.query(
    `INSERT INTO reservations (id, registry_id, item_id, quantity, guest_name, guest_email, message, undo_token_hash, status, created_at, cancelled_at,
                               bought_at, received_at, thanked_at)
     SELECT pg_temp.hid($1::bigint + row_number() OVER (ORDER BY at), hr), registry_id, item_id, 1, guest, lower(replace(guest, ' ', '.')) || '@guests.example.com',
            'Congratulations!', hr || md5(hr), CASE WHEN cancelled THEN 'cancelled' ELSE 'active' END, at,
            CASE WHEN cancelled THEN at + interval '2 days' END,
            CASE WHEN NOT cancelled AND pg_temp.u(hr, 1) < 0.4 THEN at + interval '3 days' END,
            CASE WHEN NOT cancelled AND pg_temp.u(hr, 1) < 0.2 THEN at + interval '40 days' END,
            CASE WHEN NOT cancelled AND pg_temp.u(hr, 1) < 0.1 THEN at + interval '50 days' END
       FROM (SELECT registry_id, id AS item_id, hr, 'Guest ' || i || '-' || p || '-' || j AS guest, j > k AS cancelled,
                    timestamptz '2026-06-01 00:00:00+00' + pg_temp.u(hr, 0) * interval '365 days' AS at
               FROM block, generate_series(1, k + c) AS j, md5(h || ':' || j) AS hr WHERE kind = 'gift' OFFSET 0) r
      ORDER BY at`,
    [before.reservations],
  );
  const { rowCount: pledges } = await client.query(
    `INSERT INTO pledges (id, registry_id, item_id, amount, guest_name, guest_email, message, status, received_amount, reference, undo_token_hash,
                          created_at, received_at)
     SELECT pg_temp.hid($1::bigint + row_number() OVER (ORDER BY at), hr), registry_id, item_id, amount, guest, lower(replace(guest, ' ', '.')) || '@guests.example.com',
            'For the honeymoon!', CASE WHEN received THEN 'received' ELSE 'pledged' END, CASE WHEN received THEN amount END,
            'WG-' || upper(substr(hr, 1, 12)), hr || md5(hr), at, CASE WHEN received THEN at + interval '5 days' END
       FROM (SELECT registry_id, id AS item_id, hr, 'Giver ' || i || '-' || p || '-' || j AS guest, ${PLEDGE_AMOUNT} AS amount,
                    pg_temp.u(hr, 1) < 0.3 AS received, timestamptz '2026-06-01 00:00:00+00' + pg_temp.u(hr, 2) * interval '365 days' AS at
               FROM block, generate_series(1, m) AS j, md5(h || ':p' || j) AS hr WHERE kind <> 'gift' OFFSET 0) g
      ORDER BY at`,
    [before.pledges],
  );
  return { reservations: reservations ?? 0, pledges: pledges ?? 0 };
}

/** Pledge j of an item (the same draw for its row and for the item's pledged_amount). */
const PLEDGE_AMOUNT = `(2000 + floor(pg_temp.u(md5(h || ':p' || j), 3) * 8000)::int)`;

const image = (keySql: string) =>
  `jsonb_build_object('original', md5('original-' || ${keySql}) || '.jpg', 'width', 1600, 'height', 1200, 'thumbnailKey', md5('thumbs-' || ${keySql}),
     'thumbnails', jsonb_build_array(jsonb_build_object('width', 160, 'height', 120), jsonb_build_object('width', 480, 'height', 360), jsonb_build_object('width', 1200, 'height', 900)))`;

function timed(client: Client): Client {
  if (!process.env.BENCH_SCALE_TIMINGS) return client;
  return {
    query: async (text: string, values?: unknown[]) => {
      const t = performance.now();
      const r = await client.query(text, values);
      console.log(`    ${(performance.now() - t).toFixed(0)} ms ${text.replace(/\s+/g, ' ').slice(0, 60)}`);
      return r;
    },
  } as unknown as Client;
}
