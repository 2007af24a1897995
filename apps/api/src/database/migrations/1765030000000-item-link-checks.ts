import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Healthy links (issue 18): the weekly check of each item's shop link, one row per item.
 *
 * A table of its own rather than item columns: the result is for the couple only, and an item column would either
 * bump the item's version (every weekly check re-rendering every cached guest list for nothing guests see) or
 * change without one (the owner's cached item list going stale). Owners read it through its own endpoint.
 * `url` is the address that was checked, so an edited link is checked again rather than shown with an old verdict.
 */
export class ItemLinkChecks1765030000000 implements MigrationInterface {
  name = 'ItemLinkChecks1765030000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE item_link_checks (
        item_id uuid PRIMARY KEY REFERENCES items (id) ON DELETE CASCADE,
        registry_id uuid NOT NULL REFERENCES registries (id) ON DELETE CASCADE,
        url text NOT NULL,
        status text NOT NULL CHECK (status IN ('ok', 'dead', 'out-of-stock', 'unknown')),
        reason text,
        checked_at timestamptz NOT NULL,
        notified_status text
      );
      CREATE INDEX item_link_checks_registry ON item_link_checks (registry_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE item_link_checks');
  }
}
