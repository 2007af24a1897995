import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Printed guest cards and verified custom domains (issue 16).
 *
 * - `custom_domains`: a couple's claim on a host, with the token they put in a DNS TXT record to prove it is theirs.
 *   A claim blocks nobody (several couples may claim one host); `registries.custom_domain` keeps only the verified,
 *   routed host, and its existing unique index makes a host route to one list at most.
 * - The domains accepted before verification existed were never proven: they become unverified claims and stop
 *   routing until their couple verifies them (the version is bumped so no cache shows the old value).
 * - `guest_cards`: one printable PDF render, made by the worker (queue 'guest-cards'); deleting a row (a newer
 *   render replaced it, or the registry was deleted) queues the deletion of its files, as images do.
 */
export class GuestCardsAndVerifiedDomains1765020000000 implements MigrationInterface {
  name = 'GuestCardsAndVerifiedDomains1765020000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE custom_domains (
        registry_id uuid PRIMARY KEY REFERENCES registries (id) ON DELETE CASCADE,
        host text NOT NULL CHECK (host = lower(host) AND length(host) BETWEEN 3 AND 253),
        token text NOT NULL CHECK (token ~ '^[0-9a-f]{32,64}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        verified_at timestamptz,
        checked_at timestamptz,
        failure text
      );
      CREATE INDEX custom_domains_host ON custom_domains (host);
      INSERT INTO custom_domains (registry_id, host, token)
        SELECT id, custom_domain, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '') FROM registries WHERE custom_domain IS NOT NULL;
      UPDATE registries SET custom_domain = NULL, version = version + 1, updated_at = clock_timestamp() WHERE custom_domain IS NOT NULL;

      CREATE TABLE guest_cards (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        registry_id uuid NOT NULL REFERENCES registries (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'rendering' CHECK (status IN ('rendering', 'ready', 'failed')),
        options jsonb NOT NULL,
        file text CHECK (file ~ '^[0-9a-f]{32}\\.pdf$'),
        preview text CHECK (preview ~ '^[0-9a-f]{32}\\.png$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      );
      CREATE INDEX guest_cards_registry ON guest_cards (registry_id, created_at DESC);

      CREATE FUNCTION queue_guest_card_files_deletion() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.file IS NOT NULL OR OLD.preview IS NOT NULL THEN
          INSERT INTO outbox_events (queue, name, payload)
            VALUES ('guest-cards', 'delete-files', jsonb_build_object('file', OLD.file, 'preview', OLD.preview));
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER guest_cards_files_deleted AFTER DELETE ON guest_cards
        FOR EACH ROW EXECUTE FUNCTION queue_guest_card_files_deletion();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER guest_cards_files_deleted ON guest_cards;
      DROP FUNCTION queue_guest_card_files_deletion();
      DROP TABLE guest_cards;
      DROP TABLE custom_domains;
    `);
  }
}
