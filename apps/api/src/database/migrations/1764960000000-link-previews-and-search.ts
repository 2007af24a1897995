import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The page people share (issue 14): link previews and finding a couple.
 *
 * - `registries.link_preview`: the file name of the registry's 1200×630 preview image under MEDIA_DIR, named after
 *   what it shows (`og-<hash>.png`), or null until the worker has made one. The page compares the name with the one
 *   its current fields would have, so a preview of old names or an old photo is never shown.
 * - A trigger queues a new preview, in the outbox and in the same transaction, whenever what it shows may have
 *   changed (names, title, date, header photo, theme, visibility) or a registry is created: no write path can
 *   forget it. 'images' / 'link-preview' are QUEUES.images and IMAGE_JOBS.linkPreview.
 * - pg_trgm and a trigram index over the couple's names and the title, for public registries only (the only ones
 *   search may return), so `GET /api/public/registries?q=` is an index scan however many registries there are.
 */
export class LinkPreviewsAndSearch1764960000000 implements MigrationInterface {
  name = 'LinkPreviewsAndSearch1764960000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      ALTER TABLE registries ADD COLUMN link_preview text,
        ADD CONSTRAINT registries_link_preview_name CHECK (link_preview IS NULL OR link_preview ~ '^og-[0-9a-f]{32}\\.png$');

      CREATE FUNCTION queue_link_preview() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO outbox_events (queue, name, payload) VALUES ('images', 'link-preview', jsonb_build_object('registryId', NEW.id));
        RETURN NULL;
      END $$;
      CREATE TRIGGER registries_link_preview_created AFTER INSERT ON registries
        FOR EACH ROW EXECUTE FUNCTION queue_link_preview();
      CREATE TRIGGER registries_link_preview_changed AFTER UPDATE ON registries
        FOR EACH ROW WHEN (
          (OLD.title, OLD.couple_names, OLD.event_date, OLD.header_image ->> 'original', OLD.theme, OLD.visibility)
            IS DISTINCT FROM (NEW.title, NEW.couple_names, NEW.event_date, NEW.header_image ->> 'original', NEW.theme, NEW.visibility)
        ) EXECUTE FUNCTION queue_link_preview();

      CREATE INDEX registries_search_trgm ON registries USING gin ((couple_names || ' ' || title) gin_trgm_ops) WHERE visibility = 'public';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX registries_search_trgm;
      DROP TRIGGER registries_link_preview_changed ON registries;
      DROP TRIGGER registries_link_preview_created ON registries;
      DROP FUNCTION queue_link_preview();
      ALTER TABLE registries DROP CONSTRAINT registries_link_preview_name, DROP COLUMN link_preview;
    `);
  }
}
