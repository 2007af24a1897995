import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Background work: the transactional outbox, e-mail deliveries (so a retried job never sends twice), one-time
 * account tokens (verify e-mail, password reset), guest invitations sent by the couple, and daily metrics.
 */
export class BackgroundWork1763910000000 implements MigrationInterface {
  name = 'BackgroundWork1763910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        queue text NOT NULL,
        name text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        relayed_at timestamptz
      );
      CREATE INDEX outbox_events_pending_idx ON outbox_events (created_at) WHERE relayed_at IS NULL;

      CREATE TABLE email_deliveries (
        job_id text PRIMARY KEY,
        template text NOT NULL,
        recipients text NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE account_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('verify-email', 'password-reset')),
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      );
      CREATE UNIQUE INDEX account_tokens_token_hash_key ON account_tokens (token_hash);
      CREATE INDEX account_tokens_user_idx ON account_tokens (user_id, purpose);

      CREATE TABLE share_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        registry_id uuid NOT NULL REFERENCES registries (id) ON DELETE CASCADE,
        email text NOT NULL,
        invited_by uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX share_invitations_registry_created_idx ON share_invitations (registry_id, created_at);

      CREATE TABLE daily_metrics (
        day date PRIMARY KEY,
        signups integer NOT NULL,
        registries integer NOT NULL,
        items integer NOT NULL,
        reservations integer NOT NULL,
        upgrades integer NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE daily_metrics, share_invitations, account_tokens, email_deliveries, outbox_events');
  }
}
