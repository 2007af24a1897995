import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19 §4, a lighter write path: a reservation in one round trip. Writes to one registry queue on its row lock,
 * and with BEGIN, the touch, the reservation and COMMIT sent one by one the lock was also held while the API process
 * got round to sending the next (three event-loop hops under load). These functions do the locked part inside
 * PostgreSQL, called as a single statement in autocommit: the lock is held only while the database works.
 *
 * They are VOLATILE PL/pgSQL on purpose: in READ COMMITTED each statement in them takes a fresh snapshot, so what
 * runs after the touch (which waits for the lock) sees every write committed meanwhile; one CTE statement would
 * count the recent reservations as of before the wait, and the burst hold would miss some. A refusal RAISEs with
 * SQLSTATE WGR01 (registries/registry-writes.service.ts maps it to the problem answer), which rolls back everything,
 * the touch included, as the thrown error did in the transaction before.
 */
export class OneStatementReservations1765100000000 implements MigrationInterface {
  name = 'OneStatementReservations1765100000000';

  async up(q: QueryRunner): Promise<void> {
    // The lapse of a registry's due holds (reservations/holds.ts calls it too, so there is one copy): the units come
    // back, and holds_expire_at moves on to the earliest hold left. Returns how many lapsed.
    await q.query(`
      CREATE FUNCTION lapse_due_holds(p_registry uuid, p_now timestamptz) RETURNS integer LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        lapsed integer;
      BEGIN
        WITH gone AS (
          UPDATE reservations SET status = 'lapsed', cancelled_at = held_until
           WHERE registry_id = p_registry AND status = 'held' AND held_until <= p_now
          RETURNING item_id, quantity),
        per_item AS (SELECT item_id, sum(quantity)::int AS quantity, count(*)::int AS n FROM gone GROUP BY item_id),
        returned AS (
          UPDATE items i SET reserved_quantity = i.reserved_quantity - p.quantity, version = i.version + 1, updated_at = clock_timestamp()
            FROM per_item p WHERE i.id = p.item_id
          RETURNING p.n)
        SELECT coalesce(sum(n), 0)::int INTO lapsed FROM returned;
        UPDATE registries SET holds_expire_at = (SELECT min(held_until) FROM reservations WHERE registry_id = p_registry AND status = 'held')
         WHERE id = p_registry;
        RETURN lapsed;
      END $$`);

    // The start of every guest write: lock and touch the registry the slug names (version + 1, a fresh updated_at),
    // refuse as RegistryWrites.asGuest does (unknown, suspended, password-protected and not unlocked by this session:
    // p_unlocked is the session's registry id → stamp map, the stamp as guest-access.ts unlockStamp makes it), and
    // lapse the holds due at p_now, so the write sees the list as guests do. Returns the row as it now is.
    await q.query(`
      CREATE FUNCTION guest_write_lock(p_slug text, p_unlocked jsonb, p_now timestamptz) RETURNS registries LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        g registries;
      BEGIN
        UPDATE registries SET version = version + 1, updated_at = clock_timestamp() WHERE slug = p_slug RETURNING * INTO g;
        IF NOT FOUND THEN
          RAISE EXCEPTION USING ERRCODE = 'WGR01', MESSAGE = 'registry-not-found';
        END IF;
        IF g.suspended_at IS NOT NULL THEN
          RAISE EXCEPTION USING ERRCODE = 'WGR01', MESSAGE = 'registry-suspended', DETAIL = json_build_object('reason', g.suspended_reason)::text;
        END IF;
        IF g.visibility = 'password' AND (g.password_hash IS NULL
            OR (p_unlocked ->> g.id::text) IS DISTINCT FROM left(encode(sha256(convert_to(g.password_hash, 'UTF8')), 'hex'), 16)) THEN
          RAISE EXCEPTION USING ERRCODE = 'WGR01', MESSAGE = 'registry-locked';
        END IF;
        IF g.holds_expire_at <= p_now THEN
          PERFORM lapse_due_holds(g.id, p_now);
        END IF;
        RETURN g;
      END $$`);

    // A reservation (reservations.service.ts reserve() prepares the arguments): take the units only while enough are
    // left, hold it when the couple asks every guest to confirm or the registry had p_hold_after reservations since
    // p_window_start (exact: the count runs after the lock), record it and its Idempotency-Key, note a hold's deadline,
    // and write its e-mails (the held or the active ones, prepared events as Outbox.prepare makes them). When the
    // units are not there it refuses 'item-refused' with the item as it is (JSON, or null) for the API to say why.
    await q.query(`
      CREATE FUNCTION reserve_gift(
        p_slug text, p_unlocked jsonb, p_now timestamptz,
        p_item uuid, p_quantity integer, p_max_units integer,
        p_window_start timestamptz, p_hold_after integer, p_held_until timestamptz,
        p_id uuid, p_name text, p_email text, p_message text, p_address text, p_undo_token_hash text, p_confirm_token_hash text,
        p_key text, p_request_hash text, p_held_events jsonb, p_active_events jsonb
      ) RETURNS TABLE (registry_id uuid, status text, held_until timestamptz, created_at timestamptz, item jsonb) LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        g registries;
        taken items;
        hold timestamptz;
        made reservations;
      BEGIN
        g := guest_write_lock(p_slug, p_unlocked, p_now);
        UPDATE items SET reserved_quantity = reserved_quantity + p_quantity, version = version + 1, updated_at = clock_timestamp()
         WHERE id = p_item AND items.registry_id = g.id AND NOT archived AND kind = 'gift'
           AND (quantity IS NULL OR (reserved_quantity + p_quantity <= quantity AND p_quantity <= p_max_units))
        RETURNING * INTO taken;
        IF NOT FOUND THEN
          RAISE EXCEPTION USING ERRCODE = 'WGR01', MESSAGE = 'item-refused',
            DETAIL = coalesce((SELECT to_jsonb(i)::text FROM items i WHERE i.id = p_item AND i.registry_id = g.id AND NOT i.archived), 'null');
        END IF;
        IF g.guests_confirm_by_email
            OR (SELECT count(*) FROM reservations r WHERE r.registry_id = g.id AND r.created_at > p_window_start) >= p_hold_after THEN
          hold := p_held_until;
        END IF;
        INSERT INTO reservations AS r (id, registry_id, item_id, quantity, guest_name, guest_email, message, guest_address, undo_token_hash,
                                       status, held_until, confirm_token_hash)
        VALUES (p_id, g.id, p_item, p_quantity, p_name, p_email, p_message, p_address, p_undo_token_hash,
                CASE WHEN hold IS NULL THEN 'active' ELSE 'held' END, hold, CASE WHEN hold IS NOT NULL THEN p_confirm_token_hash END)
        RETURNING * INTO made;
        IF p_key IS NOT NULL THEN
          INSERT INTO idempotency_keys (registry_id, key, request_hash, reservation_id) VALUES (g.id, p_key, p_request_hash, p_id);
        END IF;
        IF made.held_until IS NOT NULL THEN
          UPDATE registries SET holds_expire_at = LEAST(holds_expire_at, made.held_until) WHERE id = g.id;
        END IF;
        INSERT INTO outbox_events (id, queue, name, payload, request_id)
        SELECT e.id, e.queue, e.name, e.payload, e."requestId"
          FROM jsonb_to_recordset(CASE WHEN made.held_until IS NULL THEN p_active_events ELSE p_held_events END)
            AS e(id uuid, queue text, name text, payload jsonb, "requestId" text);
        RETURN QUERY SELECT g.id, made.status, made.held_until, made.created_at, to_jsonb(taken);
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION reserve_gift(text, jsonb, timestamptz, uuid, integer, integer, timestamptz, integer, timestamptz,
                                 uuid, text, text, text, text, text, text, text, text, jsonb, jsonb);
      DROP FUNCTION guest_write_lock(text, jsonb, timestamptz);
      DROP FUNCTION lapse_due_holds(uuid, timestamptz);`);
  }
}
