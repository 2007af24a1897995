import { MigrationInterface, QueryRunner } from 'typeorm';

/** An open-ended fund (no target) may hide from guests how much was given and by how many (issue 12). */
export class FundHideTotals1764850000000 implements MigrationInterface {
  name = 'FundHideTotals1764850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE items
        ADD COLUMN hide_totals boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT items_hide_totals_open_fund CHECK (NOT hide_totals OR (kind = 'fund' AND target_amount IS NULL));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE items DROP CONSTRAINT items_hide_totals_open_fund, DROP COLUMN hide_totals');
  }
}
