import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded images. `items.image` and `registries.header_image` become jsonb (StoredImage in
 * src/images/stored-image.ts: file names, size, thumbnails). No write path could set the old text columns
 * (the API refused them as read-only), so there is nothing to carry over.
 *
 * A trigger queues the deletion of an image's files, in the outbox and in the same transaction, whenever a row
 * stops showing it: replaced, removed, or its item or registry deleted (cascades included). No write path can
 * forget it, and a rolled-back change queues nothing. The worker's outbox poll relays the event.
 */
export class Images1763930000000 implements MigrationInterface {
  name = 'Images1763930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE items ALTER COLUMN image TYPE jsonb USING NULL::jsonb;
      ALTER TABLE items ADD CONSTRAINT items_image_is_object CHECK (image IS NULL OR jsonb_typeof(image) = 'object');
      ALTER TABLE registries ALTER COLUMN header_image TYPE jsonb USING NULL::jsonb;
      ALTER TABLE registries ADD CONSTRAINT registries_header_image_is_object CHECK (header_image IS NULL OR jsonb_typeof(header_image) = 'object');

      -- TG_ARGV[0] names the image column. 'images' / 'delete-files' are QUEUES.images and IMAGE_JOBS.deleteFiles.
      CREATE FUNCTION queue_released_image_files() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        released jsonb := to_jsonb(OLD) -> TG_ARGV[0];
      BEGIN
        IF TG_OP = 'DELETE' OR (to_jsonb(NEW) -> TG_ARGV[0] ->> 'original') IS DISTINCT FROM (released ->> 'original') THEN
          INSERT INTO outbox_events (queue, name, payload) VALUES ('images', 'delete-files', jsonb_build_object('image', released));
        END IF;
        RETURN NULL;
      END $$;

      CREATE TRIGGER items_image_released AFTER UPDATE OF image OR DELETE ON items
        FOR EACH ROW WHEN (OLD.image IS NOT NULL) EXECUTE FUNCTION queue_released_image_files('image');
      CREATE TRIGGER registries_header_image_released AFTER UPDATE OF header_image OR DELETE ON registries
        FOR EACH ROW WHEN (OLD.header_image IS NOT NULL) EXECUTE FUNCTION queue_released_image_files('header_image');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER registries_header_image_released ON registries;
      DROP TRIGGER items_image_released ON items;
      DROP FUNCTION queue_released_image_files();
      ALTER TABLE registries DROP CONSTRAINT registries_header_image_is_object;
      ALTER TABLE registries ALTER COLUMN header_image TYPE text USING header_image ->> 'original';
      ALTER TABLE items DROP CONSTRAINT items_image_is_object;
      ALTER TABLE items ALTER COLUMN image TYPE text USING image ->> 'original';
    `);
  }
}
