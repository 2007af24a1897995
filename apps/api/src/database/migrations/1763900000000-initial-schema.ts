import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts, registries with their owners, items and reservations.
 *
 * The reservation invariant lives in the database: `items.reserved_quantity` is maintained in the same
 * transaction as every reservation change, and a CHECK constraint refuses any state where it exceeds the
 * quantity wanted. No race between guests can oversell an item, whatever the application does.
 */
export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        email_verified_at timestamptz,
        role text NOT NULL DEFAULT 'user' CHECK (role IN ('user', 'admin')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_email_lowercase CHECK (email = lower(email))
      );
      CREATE UNIQUE INDEX users_email_key ON users (email);

      CREATE TABLE access_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        name text NOT NULL,
        token_hash text NOT NULL,
        token_hint text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        last_used_at timestamptz
      );
      CREATE UNIQUE INDEX access_tokens_token_hash_key ON access_tokens (token_hash);
      CREATE INDEX access_tokens_user_id_idx ON access_tokens (user_id);

      CREATE TABLE registries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL,
        title text NOT NULL,
        couple_names text NOT NULL,
        event_date date,
        welcome_message text NOT NULL DEFAULT '',
        header_image text,
        currency char(3) NOT NULL,
        visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'unlisted', 'password')),
        password_hash text,
        surprise_mode boolean NOT NULL DEFAULT false,
        reveal_date date,
        theme text NOT NULL DEFAULT 'classic',
        plan text NOT NULL DEFAULT 'free',
        custom_domain text,
        version bigint NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT registries_password_when_protected CHECK (visibility <> 'password' OR password_hash IS NOT NULL)
      );
      CREATE UNIQUE INDEX registries_slug_key ON registries (slug);
      CREATE UNIQUE INDEX registries_custom_domain_key ON registries (custom_domain) WHERE custom_domain IS NOT NULL;

      CREATE TABLE registry_owners (
        registry_id uuid NOT NULL REFERENCES registries (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (registry_id, user_id)
      );
      CREATE INDEX registry_owners_user_id_idx ON registry_owners (user_id);

      CREATE TABLE partner_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        registry_id uuid NOT NULL REFERENCES registries (id) ON DELETE CASCADE,
        email text NOT NULL,
        token_hash text NOT NULL,
        invited_by uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES users (id) ON DELETE SET NULL
      );
      CREATE UNIQUE INDEX partner_invitations_token_hash_key ON partner_invitations (token_hash);
      CREATE INDEX partner_invitations_registry_id_idx ON partner_invitations (registry_id);

      CREATE TABLE items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        registry_id uuid NOT NULL REFERENCES registries (id) ON DELETE CASCADE,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        url text,
        price_min integer CHECK (price_min >= 0),
        price_max integer CHECK (price_max >= 0),
        quantity integer CHECK (quantity > 0),
        reserved_quantity integer NOT NULL DEFAULT 0 CHECK (reserved_quantity >= 0),
        priority text NOT NULL DEFAULT 'medium' CHECK (priority IN ('high', 'medium', 'low')),
        category text,
        position integer NOT NULL,
        image text,
        archived boolean NOT NULL DEFAULT false,
        version bigint NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT items_price_range CHECK (price_min IS NULL OR price_max IS NULL OR price_min <= price_max),
        CONSTRAINT items_not_oversold CHECK (quantity IS NULL OR reserved_quantity <= quantity)
      );
      CREATE INDEX items_registry_position_idx ON items (registry_id, position);

      CREATE TABLE reservations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        registry_id uuid NOT NULL REFERENCES registries (id) ON DELETE CASCADE,
        item_id uuid NOT NULL REFERENCES items (id) ON DELETE CASCADE,
        quantity integer NOT NULL CHECK (quantity > 0),
        guest_name text NOT NULL,
        guest_email text NOT NULL,
        message text NOT NULL DEFAULT '',
        undo_token_hash text NOT NULL,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
        -- milliseconds, as JavaScript dates and the pagination cursor carry them; the time of the insert, not of
        -- the transaction start, so a reservation that commits later never sorts before one that committed earlier
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        cancelled_at timestamptz
      );
      CREATE UNIQUE INDEX reservations_undo_token_hash_key ON reservations (undo_token_hash);
      CREATE INDEX reservations_registry_created_idx ON reservations (registry_id, created_at DESC, id DESC);
      CREATE INDEX reservations_item_active_idx ON reservations (item_id) WHERE status = 'active';

      CREATE TABLE idempotency_keys (
        registry_id uuid NOT NULL REFERENCES registries (id) ON DELETE CASCADE,
        key text NOT NULL,
        request_hash text NOT NULL,
        reservation_id uuid NOT NULL REFERENCES reservations (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (registry_id, key)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE idempotency_keys, reservations, items, partner_invitations, registry_owners, registries, access_tokens, users;
    `);
  }
}
