import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Outbox } from '../outbox/outbox.service';
import { QUEUES } from '../queues/queues';
import { DIGEST_LOCAL_HOUR, REMINDER_EMAILS, SWEEP_BATCH, type OwnerDigestEmail } from './reminders.jobs';

/**
 * Owners who chose the daily digest get, from DIGEST_LOCAL_HOUR of their registry's morning on, one e-mail about
 * the previous local day's new reservations and pledges; a quiet day sends nothing. The row (registry, owner,
 * day) is claimed with the e-mail in one transaction, as for reminders, so it goes once. A worker that is down
 * for the whole of a day skips that digest rather than sending two at once the next.
 *
 * Parameters: $1 now, $2 batch size, $3 local hour.
 */
const CLAIM = `
  -- Materialized, so the clock is converted only for zones PostgreSQL knows (see reminder-sweep.ts).
  WITH zones AS MATERIALIZED (
    SELECT g.id, g.time_zone, ($1::timestamptz AT TIME ZONE g.time_zone) AS local_now
      FROM registries g
     WHERE EXISTS (SELECT 1 FROM registry_owners o WHERE o.registry_id = g.id AND o.notify = 'digest')
       AND g.time_zone IN (SELECT name FROM pg_timezone_names)
  ), ready AS (
    SELECT id, time_zone, local_now::date - 1 AS day FROM zones WHERE extract(hour FROM local_now) >= $3
  ), bounds AS (
    SELECT id, day, (day::timestamp AT TIME ZONE time_zone) AS since, ((day + 1)::timestamp AT TIME ZONE time_zone) AS until FROM ready
  )
  INSERT INTO owner_digests (registry_id, user_id, day)
  SELECT o.registry_id, o.user_id, b.day
    FROM bounds b JOIN registry_owners o ON o.registry_id = b.id AND o.notify = 'digest'
   WHERE NOT EXISTS (SELECT 1 FROM owner_digests d WHERE d.registry_id = o.registry_id AND d.user_id = o.user_id AND d.day = b.day)
     AND (EXISTS (SELECT 1 FROM reservations r WHERE r.registry_id = b.id AND r.status = 'active' AND r.created_at >= b.since AND r.created_at < b.until)
       OR EXISTS (SELECT 1 FROM pledges p WHERE p.registry_id = b.id AND p.status <> 'cancelled' AND p.created_at >= b.since AND p.created_at < b.until))
   ORDER BY o.registry_id, o.user_id LIMIT $2
  ON CONFLICT DO NOTHING
  RETURNING registry_id, user_id, day::text AS day`;

@Injectable()
export class OwnerDigestSweep {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** Claims and mails every digest due at `now`; returns how many. Bookkeeping only, so not through RegistryWrites. */
  async sweep(now = new Date()): Promise<number> {
    let total = 0;
    for (;;) {
      const claimed = await this.dataSource.transaction(async (tx) => {
        const rows = (await tx.query(CLAIM, [now, SWEEP_BATCH, DIGEST_LOCAL_HOUR])) as { registry_id: string; user_id: string; day: string }[];
        for (const row of rows) {
          const email: OwnerDigestEmail = { registryId: row.registry_id, userId: row.user_id, day: row.day };
          await this.outbox.add(tx, QUEUES.email, REMINDER_EMAILS.digest, { ...email });
        }
        return rows.length;
      });
      total += claimed;
      if (claimed < SWEEP_BATCH) return total;
    }
  }
}
