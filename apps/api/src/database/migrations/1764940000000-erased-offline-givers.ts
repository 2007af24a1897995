import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data that leaves (issue 13): erasing a gift given outside the list empties its giver (eraseGuestData), which the
 * original check refused. A giver is still required while the row holds personal data; the API asks for one too.
 * The retention job finds registries due for erasure by their event date: an index keeps that scan small.
 */
export class ErasedOfflineGivers1764940000000 implements MigrationInterface {
  name = 'ErasedOfflineGivers1764940000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE offline_gifts DROP CONSTRAINT offline_gifts_giver_check;
      ALTER TABLE offline_gifts ADD CONSTRAINT offline_gifts_giver_check
        CHECK (length(giver) <= 200 AND (length(giver) >= 1 OR personal_data_erased_at IS NOT NULL));
      CREATE INDEX registries_event_date_idx ON registries (event_date) WHERE event_date IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX registries_event_date_idx;
      ALTER TABLE offline_gifts DROP CONSTRAINT offline_gifts_giver_check;
      ALTER TABLE offline_gifts ADD CONSTRAINT offline_gifts_giver_check CHECK (length(giver) BETWEEN 1 AND 200);
    `);
  }
}
