import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Plans bought with Stripe Checkout (issue 16).
 *
 * - `orders`: one row per checkout, written before the Checkout Session is created (its id is in the session's
 *   metadata), so every webhook can be checked against what we asked for: amount, currency, registry. An order
 *   outlives its registry and buyer (SET NULL): it is a record of money taken. `previous_plan` is the plan the
 *   registry had when the order was made, so a refund knows what to go back to.
 * - `payment_events`: every Stripe event handled, by its id, so a redelivery (Stripe delivers at least once) is
 *   recognised and changes nothing. `payment_intent` lets a refund that arrives before its checkout's completion
 *   (Stripe does not promise order) be found when the completion comes.
 */
export class Orders1765000000000 implements MigrationInterface {
  name = 'Orders1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE orders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        registry_id uuid REFERENCES registries (id) ON DELETE SET NULL,
        user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        plan text NOT NULL CHECK (plan IN ('standard', 'premium')),
        previous_plan text NOT NULL,
        amount integer NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'paid', 'refunded')),
        stripe_session_id text UNIQUE,
        checkout_url text,
        stripe_payment_intent text,
        created_at timestamptz NOT NULL DEFAULT now(),
        paid_at timestamptz,
        refund_requested_at timestamptz,
        refunded_at timestamptz
      );
      CREATE INDEX orders_registry ON orders (registry_id, created_at);
      CREATE INDEX orders_created ON orders (created_at DESC, id DESC);
      CREATE INDEX orders_payment_intent ON orders (stripe_payment_intent) WHERE stripe_payment_intent IS NOT NULL;

      CREATE TABLE payment_events (
        id text PRIMARY KEY,
        type text NOT NULL,
        order_id uuid REFERENCES orders (id) ON DELETE SET NULL,
        payment_intent text,
        outcome text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX payment_events_payment_intent ON payment_events (payment_intent) WHERE payment_intent IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE payment_events; DROP TABLE orders;');
  }
}
