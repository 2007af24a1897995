import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Languages (issue 17): a registry's language is its guest page's and its guests' e-mails'; a user's is their
 * dashboard's and their own e-mails'. ISO 639-1 codes from libs/i18n's LANGUAGES, checked here too, so no row can
 * name a language with no catalogue. Existing rows are English, as they were.
 */
export class Languages1765090000000 implements MigrationInterface {
  name = 'Languages1765090000000';

  async up(q: QueryRunner): Promise<void> {
    const codes = `('en','de','fr','es','it','nl','pt','ar')`;
    await q.query(`ALTER TABLE registries ADD COLUMN language text NOT NULL DEFAULT 'en' CHECK (language IN ${codes})`);
    await q.query(`ALTER TABLE users ADD COLUMN language text NOT NULL DEFAULT 'en' CHECK (language IN ${codes})`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN language`);
    await q.query(`ALTER TABLE registries DROP COLUMN language`);
  }
}
