import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Money gifts (issue 12): cash funds and group gifts, pledged by guests.
 *
 * The pledge invariant lives in the database, as the reservation one does: `items.pledged_amount` is the sum of
 * the item's active pledges (`pledged` and `received`), maintained in the pledge transaction, and a CHECK refuses
 * any state where a capped item (a target, overfunding not allowed) is pledged past its target.
 * `registries.giving` holds how guests give money: instructions, a bank account, a payment link template.
 */
export class MoneyGifts1764800000000 implements MigrationInterface {
  name = 'MoneyGifts1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE items
        ADD COLUMN kind text NOT NULL DEFAULT 'gift' CONSTRAINT items_kind_check CHECK (kind IN ('gift', 'group-gift', 'fund')),
        ADD COLUMN target_amount bigint CONSTRAINT items_target_amount_check CHECK (target_amount > 0),
        ADD COLUMN min_contribution bigint CONSTRAINT items_min_contribution_check CHECK (min_contribution > 0),
        ADD COLUMN suggested_amounts bigint[] NOT NULL DEFAULT '{}' CONSTRAINT items_suggested_amounts_check CHECK (cardinality(suggested_amounts) <= 4),
        ADD COLUMN allow_overfunding boolean NOT NULL DEFAULT false,
        ADD COLUMN pledged_amount bigint NOT NULL DEFAULT 0 CONSTRAINT items_pledged_amount_check CHECK (pledged_amount >= 0),
        ADD COLUMN pledge_count integer NOT NULL DEFAULT 0 CONSTRAINT items_pledge_count_check CHECK (pledge_count >= 0),
        ADD CONSTRAINT items_not_overpledged CHECK (allow_overfunding OR target_amount IS NULL OR pledged_amount <= target_amount),
        ADD CONSTRAINT items_group_gift_target CHECK (kind <> 'group-gift' OR target_amount IS NOT NULL);

      ALTER TABLE registries ADD COLUMN giving jsonb;

      CREATE TABLE pledges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        registry_id uuid NOT NULL REFERENCES registries (id) ON DELETE CASCADE,
        item_id uuid NOT NULL REFERENCES items (id) ON DELETE CASCADE,
        amount bigint NOT NULL CHECK (amount > 0),
        guest_name text NOT NULL,
        guest_email text NOT NULL,
        message text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'pledged' CONSTRAINT pledges_status_check CHECK (status IN ('pledged', 'received', 'cancelled')),
        received_amount bigint CHECK (received_amount >= 0),
        reference text NOT NULL,
        undo_token_hash text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        received_at timestamptz(3),
        cancelled_at timestamptz(3),
        CONSTRAINT pledges_received CHECK (status <> 'received' OR (received_amount IS NOT NULL AND received_at IS NOT NULL))
      );
      CREATE UNIQUE INDEX pledges_reference_key ON pledges (reference);
      CREATE UNIQUE INDEX pledges_undo_token_hash_key ON pledges (undo_token_hash);
      CREATE INDEX pledges_registry_created_idx ON pledges (registry_id, created_at DESC, id DESC);
      CREATE INDEX pledges_item_idx ON pledges (item_id);

      CREATE TABLE pledge_idempotency_keys (
        registry_id uuid NOT NULL REFERENCES registries (id) ON DELETE CASCADE,
        key text NOT NULL,
        request_hash text NOT NULL,
        pledge_id uuid NOT NULL REFERENCES pledges (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (registry_id, key)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE pledge_idempotency_keys, pledges;
      ALTER TABLE registries DROP COLUMN giving;
      ALTER TABLE items DROP CONSTRAINT items_not_overpledged, DROP CONSTRAINT items_group_gift_target,
        DROP COLUMN kind, DROP COLUMN target_amount, DROP COLUMN min_contribution, DROP COLUMN suggested_amounts,
        DROP COLUMN allow_overfunding, DROP COLUMN pledged_amount, DROP COLUMN pledge_count;
    `);
  }
}
