import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * After the wedding (issue 13): the gift tracker, guests' postal addresses, reminders and notice preferences,
 * and the retention of guests' personal data.
 *
 * - A reservation or pledge moves through the tracker's stages: `bought_at` (the guest says so), `received_at`
 *   (the couple; a pledge's is its existing column, set with status `received`), `thanked_at` and `thank_note`.
 * - `guest_address`: the postal address a guest may leave for the thank-you card; never public.
 * - `personal_data_erased_at`: the guest's name, e-mail, address and message were erased ("forget me", or the
 *   retention job); the row stays, anonymous, so the counts and the list stay right.
 * - `offline_gifts`: gifts given outside the list, added by the couple to the tracker.
 * - Registries: reminders on or off, how long guests' personal data is kept after the event, and the time zone
 *   dates are shown in. Owners: how each hears of new reservations and pledges.
 */
export class AfterTheWedding1764900000000 implements MigrationInterface {
  name = 'AfterTheWedding1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE reservations
        ADD COLUMN bought_at timestamptz(3),
        ADD COLUMN received_at timestamptz(3),
        ADD COLUMN thanked_at timestamptz(3),
        ADD COLUMN thank_note text NOT NULL DEFAULT '' CONSTRAINT reservations_thank_note_check CHECK (length(thank_note) <= 500),
        ADD COLUMN guest_address text CONSTRAINT reservations_guest_address_check CHECK (length(guest_address) <= 500),
        ADD COLUMN personal_data_erased_at timestamptz(3);

      ALTER TABLE pledges
        ADD COLUMN bought_at timestamptz(3),
        ADD COLUMN thanked_at timestamptz(3),
        ADD COLUMN thank_note text NOT NULL DEFAULT '' CONSTRAINT pledges_thank_note_check CHECK (length(thank_note) <= 500),
        ADD COLUMN guest_address text CONSTRAINT pledges_guest_address_check CHECK (length(guest_address) <= 500),
        ADD COLUMN personal_data_erased_at timestamptz(3);

      CREATE TABLE offline_gifts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        registry_id uuid NOT NULL REFERENCES registries (id) ON DELETE CASCADE,
        giver text NOT NULL CHECK (length(giver) BETWEEN 1 AND 200),
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
        amount bigint CHECK (amount > 0),
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
        received_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        thanked_at timestamptz(3),
        thank_note text NOT NULL DEFAULT '' CHECK (length(thank_note) <= 500),
        personal_data_erased_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      );
      CREATE INDEX offline_gifts_registry_created_idx ON offline_gifts (registry_id, created_at DESC, id DESC);

      ALTER TABLE registries
        ADD COLUMN reminders_enabled boolean NOT NULL DEFAULT true,
        ADD COLUMN guest_data_retention_days integer NOT NULL DEFAULT 365
          CONSTRAINT registries_guest_data_retention_days_check CHECK (guest_data_retention_days BETWEEN 30 AND 3650),
        ADD COLUMN guest_data_erased_at timestamptz(3),
        ADD COLUMN time_zone text NOT NULL DEFAULT 'UTC';

      ALTER TABLE registry_owners
        ADD COLUMN notify text NOT NULL DEFAULT 'each' CONSTRAINT registry_owners_notify_check CHECK (notify IN ('each', 'digest', 'none'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE registry_owners DROP COLUMN notify;
      ALTER TABLE registries DROP COLUMN reminders_enabled, DROP COLUMN guest_data_retention_days, DROP COLUMN guest_data_erased_at, DROP COLUMN time_zone;
      DROP TABLE offline_gifts;
      ALTER TABLE pledges DROP COLUMN bought_at, DROP COLUMN thanked_at, DROP COLUMN thank_note, DROP COLUMN guest_address, DROP COLUMN personal_data_erased_at;
      ALTER TABLE reservations DROP COLUMN bought_at, DROP COLUMN received_at, DROP COLUMN thanked_at, DROP COLUMN thank_note,
        DROP COLUMN guest_address, DROP COLUMN personal_data_erased_at;
    `);
  }
}
