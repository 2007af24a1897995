import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail abuse limits (issue 11).
 * - `sent_invitations`: every invitation an account sends, kept when the registry is deleted (no foreign key to it),
 *   so the per-account daily caps survive "delete the registry, make a new one"; it also finds repeats per address.
 * - `email_deliveries.suppressed`: a job whose message a cap stopped is recorded with the reason, so it is counted
 *   and a retry does not send it either.
 */
export class OutboundMailLimits1764700000000 implements MigrationInterface {
  name = 'OutboundMailLimits1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sent_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('share', 'partner')),
        registry_id uuid NOT NULL,
        email text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX sent_invitations_user_kind_created_idx ON sent_invitations (user_id, kind, created_at);
      CREATE INDEX sent_invitations_registry_email_idx ON sent_invitations (registry_id, kind, email, created_at);
      ALTER TABLE email_deliveries ADD COLUMN suppressed text;

      -- What was sent before this migration still counts (the windows are at most INVITATION_REPEAT_DAYS long).
      INSERT INTO sent_invitations (user_id, kind, registry_id, email, created_at)
        SELECT invited_by, 'share', registry_id, lower(email), created_at FROM share_invitations WHERE created_at > now() - interval '365 days'
        UNION ALL
        SELECT invited_by, 'partner', registry_id, lower(email), created_at FROM partner_invitations WHERE created_at > now() - interval '365 days';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE email_deliveries DROP COLUMN suppressed; DROP TABLE sent_invitations');
  }
}
