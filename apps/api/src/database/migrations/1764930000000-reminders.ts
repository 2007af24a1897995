import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders and owners' digests (issue 13): the bookkeeping that makes each one go out at most once.
 *
 * - `reservation_reminders`: one row per reservation and period ('after-reserving', 'before-event'); the
 *   primary key is what guarantees "at most one reminder per reservation per period", across worker restarts
 *   and concurrent workers alike (the sweep inserts ON CONFLICT DO NOTHING and mails only what it inserted).
 * - `reminder_opt_outs`: a guest's address that asked (List-Unsubscribe) for no more reminders from one
 *   registry, kept as a SHA-256 of the lower-cased address so the table names nobody; it goes with the registry.
 * - `owner_digests`: one row per owner and local day digested, so the daily digest is sent once.
 * - A partial index for the sweep: the active reservations not yet bought are the only candidates.
 */
export class Reminders1764930000000 implements MigrationInterface {
  name = 'Reminders1764930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reservation_reminders (
        reservation_id uuid NOT NULL REFERENCES reservations (id) ON DELETE CASCADE,
        period text NOT NULL CHECK (period IN ('after-reserving', 'before-event')),
        sent_at timestamptz(3) NOT NULL,
        PRIMARY KEY (reservation_id, period)
      );

      CREATE TABLE reminder_opt_outs (
        registry_id uuid NOT NULL REFERENCES registries (id) ON DELETE CASCADE,
        email_hash text NOT NULL CHECK (email_hash ~ '^[0-9a-f]{64}$'),
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (registry_id, email_hash)
      );

      CREATE TABLE owner_digests (
        registry_id uuid NOT NULL,
        user_id uuid NOT NULL,
        day date NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (registry_id, user_id, day),
        FOREIGN KEY (registry_id, user_id) REFERENCES registry_owners (registry_id, user_id) ON DELETE CASCADE
      );

      CREATE INDEX reservations_unbought_idx ON reservations (created_at) WHERE status = 'active' AND bought_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX reservations_unbought_idx;
      DROP TABLE owner_digests;
      DROP TABLE reminder_opt_outs;
      DROP TABLE reservation_reminders;
    `);
  }
}
