import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Held reservations (issue 11): a reservation made past a registry's rate, or on a registry whose couple wants
 * guests to confirm by e-mail, holds its units until `held_until` and lapses unless the guest confirms. Held
 * units count in `items.reserved_quantity`, so the existing CHECK still bounds active + held.
 * `registries.holds_expire_at` is the earliest `held_until` of the registry's holds: the version lookup carries
 * it, so any read or write that sees it passed lapses the due holds before answering, without a query of its own.
 */
export class ReservationHolds1763941100000 implements MigrationInterface {
  name = 'ReservationHolds1763941100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE reservations DROP CONSTRAINT reservations_status_check;
      ALTER TABLE reservations ADD CONSTRAINT reservations_status_check CHECK (status IN ('active', 'held', 'lapsed', 'cancelled'));
      ALTER TABLE reservations ADD COLUMN held_until timestamptz(3), ADD COLUMN confirm_token_hash text;
      ALTER TABLE reservations ADD CONSTRAINT reservations_held_until CHECK (status <> 'held' OR held_until IS NOT NULL);
      CREATE UNIQUE INDEX reservations_confirm_token_hash_key ON reservations (confirm_token_hash) WHERE confirm_token_hash IS NOT NULL;
      CREATE INDEX reservations_registry_held_idx ON reservations (registry_id, held_until) WHERE status = 'held';
      ALTER TABLE registries ADD COLUMN guests_confirm_by_email boolean NOT NULL DEFAULT false, ADD COLUMN holds_expire_at timestamptz(3);
      CREATE INDEX registries_holds_expire_at_idx ON registries (holds_expire_at) WHERE holds_expire_at IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX registries_holds_expire_at_idx;
      ALTER TABLE registries DROP COLUMN guests_confirm_by_email, DROP COLUMN holds_expire_at;
      UPDATE reservations SET status = 'cancelled', cancelled_at = coalesce(cancelled_at, now()) WHERE status IN ('held', 'lapsed');
      DROP INDEX reservations_registry_held_idx;
      DROP INDEX reservations_confirm_token_hash_key;
      ALTER TABLE reservations DROP CONSTRAINT reservations_held_until;
      ALTER TABLE reservations DROP COLUMN held_until, DROP COLUMN confirm_token_hash;
      ALTER TABLE reservations DROP CONSTRAINT reservations_status_check;
      ALTER TABLE reservations ADD CONSTRAINT reservations_status_check CHECK (status IN ('active', 'cancelled'));
    `);
  }
}
