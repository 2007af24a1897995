import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The admin area (issue 16).
 *
 * - `users.disabled_at`: a disabled account cannot sign in or use its tokens; null while enabled.
 * - `registries.suspended_at` / `suspended_reason`: a list suspended for abuse shows guests the reason instead of its
 *   gifts and takes no reservations or pledges. The reason is required while suspended (the CHECK), so the guest
 *   page always has something to say.
 * - `admin_audit`: every admin action, written in the same transaction as the change: who, what, on what, and the
 *   fields before and after. The actor is kept as an e-mail too, so the row still says who after the account is gone.
 */
export class AdminArea1765010000000 implements MigrationInterface {
  name = 'AdminArea1765010000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users ADD COLUMN disabled_at timestamptz;
      ALTER TABLE registries ADD COLUMN suspended_at timestamptz, ADD COLUMN suspended_reason text,
        ADD CONSTRAINT registries_suspension_reason CHECK ((suspended_at IS NULL) = (suspended_reason IS NULL));

      CREATE TABLE admin_audit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
        actor_email text NOT NULL,
        action text NOT NULL,
        target_type text NOT NULL CHECK (target_type IN ('user', 'registry', 'order')),
        target_id uuid NOT NULL,
        before jsonb NOT NULL,
        after jsonb NOT NULL,
        -- Milliseconds, as the list's cursor carries them (ISO 8601), so paging never skips a row.
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
      );
      CREATE INDEX admin_audit_created_idx ON admin_audit (created_at DESC, id DESC);
      CREATE INDEX admin_audit_target_idx ON admin_audit (target_id, created_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE admin_audit;
      ALTER TABLE registries DROP CONSTRAINT registries_suspension_reason, DROP COLUMN suspended_reason, DROP COLUMN suspended_at;
      ALTER TABLE users DROP COLUMN disabled_at;
    `);
  }
}
