import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Observability (issue 19 §1): a job remembers the request that caused it, so one id (nginx's X-Request-ID)
 * follows a reservation from the edge through the API to the e-mail the worker sends. A column, not a payload
 * field: payloads are what a job needs to run; this is only for the logs and error reports.
 */
export class OutboxRequestIds1765080000000 implements MigrationInterface {
  name = 'OutboxRequestIds1765080000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_events ADD COLUMN request_id text CHECK (length(request_id) <= 128)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_events DROP COLUMN request_id`);
  }
}
