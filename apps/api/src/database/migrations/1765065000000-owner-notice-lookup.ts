import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The couple hears of an undone reservation only if they heard of the reservation (issue 15, item 6): the undo
 * notice looks up the reservation's "a gift was reserved" job in the outbox by its reservation id, which this
 * partial index keeps an index lookup however many events the outbox holds.
 */
export class OwnerNoticeLookup1765065000000 implements MigrationInterface {
  name = 'OwnerNoticeLookup1765065000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX outbox_events_reserved_notice_idx ON outbox_events ((payload->>'reservationId')) WHERE name = 'gift-reserved-notice'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX outbox_events_reserved_notice_idx');
  }
}
