import { MigrationInterface, QueryRunner } from 'typeorm';

/** The link preview writes the wedding date in the registry's language, so a change of language makes a new preview. */
export class LinkPreviewLanguage1765093000000 implements MigrationInterface {
  name = 'LinkPreviewLanguage1765093000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER registries_link_preview_changed ON registries;
      CREATE TRIGGER registries_link_preview_changed AFTER UPDATE ON registries
        FOR EACH ROW WHEN (
          (OLD.title, OLD.couple_names, OLD.event_date, OLD.header_image ->> 'original', OLD.theme, OLD.visibility, OLD.language)
            IS DISTINCT FROM (NEW.title, NEW.couple_names, NEW.event_date, NEW.header_image ->> 'original', NEW.theme, NEW.visibility, NEW.language)
        ) EXECUTE FUNCTION queue_link_preview();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER registries_link_preview_changed ON registries;
      CREATE TRIGGER registries_link_preview_changed AFTER UPDATE ON registries
        FOR EACH ROW WHEN (
          (OLD.title, OLD.couple_names, OLD.event_date, OLD.header_image ->> 'original', OLD.theme, OLD.visibility)
            IS DISTINCT FROM (NEW.title, NEW.couple_names, NEW.event_date, NEW.header_image ->> 'original', NEW.theme, NEW.visibility)
        ) EXECUTE FUNCTION queue_link_preview();
    `);
  }
}
