import { Client } from 'pg';
import { THUMBNAIL_WIDTHS } from '../../apps/api/src/images/stored-image';
import { ACCESS_TOKEN_PREFIX } from '../../apps/api/src/accounts/access-tokens.service';
import { newToken, sha256 } from '../../apps/api/src/common/crypto/tokens';

/**
 * The deterministic seed generator of the load harness: registries of any size, each with its own owner (and a
 * personal access token), categories, images as the image worker leaves them, and about three active reservations
 * per item. Everything but the tokens follows from the seed number: names, prices, quantities, reservations and
 * ids are drawn from md5(seed:key), in SQL, so 2,000 items take a few statements and no round trips per row.
 */
export interface RegistrySpec {
  /** Unique in one world; also the slug's stem. */
  key: string;
  items: number;
}

export interface SeededItem {
  id: string;
  /** null: unlimited. */
  quantity: number | null;
  reserved: number;
}

export interface SeededRegistry {
  key: string;
  id: string;
  slug: string;
  ownerToken: string;
  items: SeededItem[];
  reservations: number;
}

export const CATEGORIES = ['Kitchen', 'Home', 'Garden', 'Travel', 'Experiences', 'Bedroom'];
/** Gift names the seeds draw from (bench/scale seeds the same). */
export const THINGS = [
  'a toaster that cooks crumpets',
  'linen napkins',
  'a cast-iron pan',
  'a picnic basket',
  'a reading lamp',
  'a weekend in Porto',
  'wine glasses',
  'a hammock',
];
const THEMES = ['classic', 'garden', 'modern'];

export async function seedRegistries(databaseUrl: string, seedNumber: number, specs: RegistrySpec[]): Promise<SeededRegistry[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    // rnd(key): a number in [0, 1) from md5(seed:key); uid(key): a UUID (v4 bits, which ParseUUIDPipe insists on).
    await client.query(
      `CREATE FUNCTION pg_temp.rnd(key text) RETURNS double precision LANGUAGE sql IMMUTABLE
         AS $$ SELECT ('x' || substr(md5('${seedNumber}:' || key), 1, 8))::bit(32)::bigint / 4294967296.0 $$`,
    );
    await client.query(
      `CREATE FUNCTION pg_temp.uid(key text) RETURNS uuid LANGUAGE sql IMMUTABLE
         AS $$ SELECT (substr(h, 1, 12) || '4' || substr(h, 14, 3) || '8' || substr(h, 18, 15))::uuid FROM md5('${seedNumber}:' || key) AS h $$`,
    );
    const seeded: SeededRegistry[] = [];
    for (const spec of specs) seeded.push(await seedOne(client, seedNumber, spec));
    const {
      rows: [{ bad }],
    } = await client.query<{ bad: number }>(
      `SELECT count(*)::int AS bad FROM items i
        WHERE i.reserved_quantity <> (SELECT coalesce(sum(quantity), 0) FROM reservations r WHERE r.item_id = i.id AND r.status = 'active')
           OR (i.quantity IS NOT NULL AND i.quantity < i.reserved_quantity)`,
    );
    if (bad !== 0) throw new Error(`seed: ${bad} items have a reserved count that does not match their reservations`);
    await client.query('COMMIT');
    return seeded;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** A 1600 × 1200 photo with every thumbnail the worker makes (THUMBNAIL_WIDTHS), as the real pipeline stores it. */
const THUMBNAILS_SQL = THUMBNAIL_WIDTHS.map((width) => `jsonb_build_object('width', ${width}, 'height', ${(width * 3) / 4})`).join(', ');
const image = (keySql: string) =>
  `jsonb_build_object('original', md5('original-' || ${keySql}) || '.jpg', 'width', 1600, 'height', 1200, 'thumbnailKey', md5('thumbs-' || ${keySql}),
     'thumbnails', jsonb_build_array(${THUMBNAILS_SQL}))`;

async function seedOne(client: Client, seedNumber: number, { key, items }: RegistrySpec): Promise<SeededRegistry> {
  const slug = `${key}-${seedNumber}`;
  const token = newToken(ACCESS_TOKEN_PREFIX);
  const {
    rows: [user],
  } = await client.query<{ id: string }>(
    `INSERT INTO users (id, email, password_hash, display_name, email_verified_at)
     VALUES (pg_temp.uid('user:' || $1), $1 || '@owners.example.com', 'not-a-real-hash', 'Owner of ' || $1, now()) RETURNING id`,
    [key],
  );
  await client.query(
    `INSERT INTO access_tokens (user_id, name, token_hash, token_hint, scope, expires_at) VALUES ($1, 'load harness', $2, $3, 'write', now() + interval '1 day')`,
    [user.id, sha256(token), token.slice(-4)],
  );
  const {
    rows: [registry],
  } = await client.query<{ id: string }>(
    `INSERT INTO registries (id, slug, title, couple_names, event_date, welcome_message, header_image, currency, visibility, theme)
     VALUES (pg_temp.uid('registry:' || $1), $2, 'Wedding list ' || $1, 'Couple ' || $1,
             date '2027-05-01' + (pg_temp.rnd('date:' || $1) * 300)::int,
             'Thank you for celebrating with us! Your presence is the best present, but if you would like to give something, here are a few ideas.',
             ${image("'header:' || $1")}, 'EUR', 'public', ($3::text[])[1 + (pg_temp.rnd('theme:' || $1) * 3)::int % 3])
     RETURNING id`,
    [key, slug, THEMES],
  );
  await client.query('INSERT INTO registry_owners (registry_id, user_id) VALUES ($1, $2)', [registry.id, user.id]);
  // Reservations per item: 0..6 (3 on average); quantity: that (at least 1) plus 0..2, so about a third are fully
  // reserved; 1 in 20 unlimited.
  await client.query(
    `INSERT INTO items (id, registry_id, name, description, url, price_min, price_max, quantity, priority, category, position, image)
     SELECT pg_temp.uid('item:' || $2 || ':' || n), $1,
            'Gift ' || n || ': ' || ($4::text[])[1 + (pg_temp.rnd('thing:' || $2 || n) * 8)::int % 8],
            'Something we would love to have in our new home. Any colour is fine, as long as it is not orange. Item ' || n || '.',
            CASE WHEN pg_temp.rnd('url:' || $2 || n) < 0.25 THEN NULL ELSE 'https://shop.example.com/products/' || n END,
            p.low, p.low + (pg_temp.rnd('spread:' || $2 || n) * 5000)::int,
            CASE WHEN pg_temp.rnd('unlimited:' || $2 || n) < 0.05 THEN NULL ELSE greatest(r.k, 1) + (pg_temp.rnd('extra:' || $2 || n) * 3)::int % 3 END,
            (ARRAY['high','medium','low'])[1 + (pg_temp.rnd('priority:' || $2 || n) * 3)::int % 3],
            CASE WHEN pg_temp.rnd('nocategory:' || $2 || n) < 0.15 THEN NULL ELSE ($5::text[])[1 + (pg_temp.rnd('category:' || $2 || n) * 6)::int % 6] END,
            n,
            CASE WHEN pg_temp.rnd('noimage:' || $2 || n) < 0.3 THEN NULL ELSE ${image("$2 || ':' || n")} END
       FROM generate_series(1, $3::int) AS n,
            LATERAL (SELECT floor(pg_temp.rnd('reservations:' || $2 || n) * 7)::int AS k) r,
            LATERAL (SELECT 1000 + (pg_temp.rnd('price:' || $2 || n) * 30000)::int AS low) p`,
    [registry.id, key, items, THINGS, CATEGORIES],
  );
  await client.query(
    `INSERT INTO reservations (id, registry_id, item_id, quantity, guest_name, guest_email, message, undo_token_hash, created_at)
     SELECT pg_temp.uid('reservation:' || $2 || ':' || n || ':' || j), $1, pg_temp.uid('item:' || $2 || ':' || n), 1,
            'Guest ' || n || '-' || j, 'guest-' || n || '-' || j || '@guests.example.com', 'Congratulations!',
            encode(sha256(('undo:' || $2 || ':' || n || ':' || j)::bytea), 'hex'),
            timestamptz '2027-01-01 00:00:00+00' + (pg_temp.rnd('at:' || $2 || n || j) * 90 * 24 * 60) * interval '1 minute'
       FROM generate_series(1, $3::int) AS n,
            LATERAL generate_series(1, floor(pg_temp.rnd('reservations:' || $2 || n) * 7)::int) AS j`,
    [registry.id, key, items],
  );
  await client.query(
    `UPDATE items i SET reserved_quantity = r.total
       FROM (SELECT item_id, sum(quantity)::int AS total FROM reservations WHERE registry_id = $1 AND status = 'active' GROUP BY item_id) r
      WHERE r.item_id = i.id`,
    [registry.id],
  );
  const { rows } = await client.query<SeededItem>('SELECT id, quantity, reserved_quantity AS reserved FROM items WHERE registry_id = $1 ORDER BY position', [
    registry.id,
  ]);
  return {
    key,
    id: registry.id,
    slug,
    ownerToken: token,
    items: rows.map(({ id, quantity, reserved }) => ({ id, quantity, reserved })),
    reservations: rows.reduce((sum, row) => sum + row.reserved, 0),
  };
}
