import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { Outbox } from '../outbox/outbox.service';
import { QUEUES } from '../queues/queues';
import { OPT_OUT_EMAIL_HASH_SQL } from './reminder-links';
import {
  REMINDER_EMAILS,
  REMINDER_LOCAL_HOURS,
  REMINDER_MIN_GAP_DAYS,
  SWEEP_BATCH,
  type ReminderPeriod,
  type ReservationReminderEmail,
} from './reminders.jobs';

/**
 * Due reminders, claimed by inserting their row: the primary key (reservation, period) lets exactly one
 * transaction claim each, whichever worker and however often the sweep runs, and the e-mail goes to the outbox
 * in that same transaction, so a claimed reminder is always mailed and a mailed one always claimed.
 *
 * - 'after-reserving': REMINDER_AFTER_DAYS after reserving, unless the event is REMINDER_BEFORE_EVENT_DAYS away
 *   or closer (then the next one covers it).
 * - 'before-event': from REMINDER_BEFORE_EVENT_DAYS before the event (in the registry's time zone), for
 *   reservations made before that day; someone who reserved three days before the wedding needs no nudge.
 * - Never on or after the event day; only active, not yet bought, with an address (not erased), on a registry
 *   with reminders on, to an address that did not unsubscribe; and in the registry's daytime.
 *
 * Parameters: $1 now, $2 after-days, $3 before-event days, $4 batch size, $5 gap days, $6/$7 local hours.
 */
const CLAIM = `
  -- Materialized, so the clock is converted only for zones PostgreSQL knows: an unknown one (the column is free
  -- text) would fail the whole sweep; that registry waits until it is corrected.
  WITH zones AS MATERIALIZED (
    SELECT g.id, g.event_date, g.time_zone, ($1::timestamptz AT TIME ZONE g.time_zone) AS local_now
      FROM registries g
     WHERE g.reminders_enabled AND g.time_zone IN (SELECT name FROM pg_timezone_names)
  ), candidates AS (
    SELECT r.id, r.created_at, z.event_date, z.time_zone, z.local_now::date AS today
      FROM reservations r JOIN zones z ON z.id = r.registry_id
     WHERE r.status = 'active' AND r.bought_at IS NULL AND r.personal_data_erased_at IS NULL AND r.guest_email <> ''
       AND r.created_at <= $1
       AND extract(hour FROM z.local_now) BETWEEN $6 AND $7
       AND NOT EXISTS (SELECT 1 FROM reminder_opt_outs o WHERE o.registry_id = z.id AND o.email_hash = ${OPT_OUT_EMAIL_HASH_SQL('r.guest_email')})
       AND NOT EXISTS (SELECT 1 FROM reservation_reminders x WHERE x.reservation_id = r.id AND x.sent_at > $1::timestamptz - make_interval(days => $5))
  ), due AS (
    SELECT id, 'after-reserving' AS period FROM candidates
     WHERE created_at <= $1::timestamptz - make_interval(days => $2)
       AND (event_date IS NULL OR today < event_date - $3::int)
    UNION ALL
    SELECT id, 'before-event' FROM candidates
     WHERE event_date IS NOT NULL AND today >= event_date - $3::int AND today < event_date
       AND created_at < ((event_date - $3::int)::timestamp AT TIME ZONE time_zone)
  )
  INSERT INTO reservation_reminders (reservation_id, period, sent_at)
  SELECT id, period, $1 FROM due
   WHERE NOT EXISTS (SELECT 1 FROM reservation_reminders x WHERE x.reservation_id = due.id AND x.period = due.period)
   ORDER BY id LIMIT $4
  ON CONFLICT DO NOTHING
  RETURNING reservation_id, period`;

@Injectable()
export class ReminderSweep {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly config: AppConfig,
  ) {}

  /**
   * Claims and mails every reminder due at `now` (the clock is a parameter so tests can move it); returns how
   * many. Not through RegistryWrites: it changes no registry, item or reservation (nothing cached moves), only
   * its own bookkeeping, like email_deliveries.
   */
  async sweep(now = new Date()): Promise<number> {
    let total = 0;
    for (;;) {
      const claimed = await this.dataSource.transaction(async (tx) => {
        const rows = (await tx.query(CLAIM, [
          now,
          this.config.reminderAfterDays,
          this.config.reminderBeforeEventDays,
          SWEEP_BATCH,
          REMINDER_MIN_GAP_DAYS,
          REMINDER_LOCAL_HOURS.from,
          REMINDER_LOCAL_HOURS.to,
        ])) as { reservation_id: string; period: ReminderPeriod }[];
        for (const row of rows) {
          const email: ReservationReminderEmail = { reservationId: row.reservation_id, period: row.period, at: now.toISOString() };
          await this.outbox.add(tx, QUEUES.email, REMINDER_EMAILS.reminder, { ...email });
        }
        return rows.length;
      });
      total += claimed;
      if (claimed < SWEEP_BATCH) return total;
    }
  }
}
