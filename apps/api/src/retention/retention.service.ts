import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { eraseGuestData } from '../guests/erase-guest-data';
import { Registry } from '../registries/registry.entity';
import { RegistryWrites } from '../registries/registry-writes.service';
import { RETENTION_BATCH } from './retention.jobs';

/**
 * When a registry's guests' personal data is due for erasure, in SQL (`r` is the registry, $1 the time now):
 * from midnight, in the registry's time zone, of the day `guest_data_retention_days` after the event date. A time
 * zone PostgreSQL does not know counts as UTC rather than failing the whole run. A registry without an event date
 * has no day, so it is never erased by the job (the settings page says so).
 */
const DUE = `r.event_date IS NOT NULL
  AND r.event_date + r.guest_data_retention_days <= ($1::timestamptz AT TIME ZONE 'UTC')::date + 1
  AND ((r.event_date + r.guest_data_retention_days)::timestamp AT TIME ZONE
        (CASE WHEN EXISTS (SELECT 1 FROM pg_timezone_names z WHERE z.name = r.time_zone) THEN r.time_zone ELSE 'UTC' END)) <= $1`;

/** Something is left to erase: never erased yet, or a guest has given data since (a late reservation). */
const PENDING = `(r.guest_data_erased_at IS NULL
  OR EXISTS (SELECT 1 FROM reservations x WHERE x.registry_id = r.id AND x.personal_data_erased_at IS NULL)
  OR EXISTS (SELECT 1 FROM pledges x WHERE x.registry_id = r.id AND x.personal_data_erased_at IS NULL)
  OR EXISTS (SELECT 1 FROM offline_gifts x WHERE x.registry_id = r.id AND x.personal_data_erased_at IS NULL))`;

export interface RetentionRun {
  /** Registries whose guests' data was erased. */
  registries: number;
  /** Reservations, pledges and offline gifts erased. */
  rows: number;
}

/**
 * Erases guests' personal data N days after the event (the registry's guestDataRetentionDays, 30 to 3650, 365 by
 * default): names, e-mail and postal addresses, messages; the gifts stay, anonymous (eraseGuestData). Each
 * registry is one write through RegistryWrites, so its version moves and no cache keeps the names; the due check
 * runs again under the registry's lock, so a change of the setting meanwhile is respected.
 */
@Injectable()
export class GuestDataRetention {
  private readonly logger = new Logger(GuestDataRetention.name);

  constructor(
    private readonly db: DataSource,
    private readonly writes: RegistryWrites,
  ) {}

  async run(now: Date): Promise<RetentionRun> {
    const run: RetentionRun = { registries: 0, rows: 0 };
    const failed: string[] = [];
    for (;;) {
      const due = (await this.db.query(
        `SELECT r.id FROM registries r WHERE ${DUE} AND ${PENDING} AND NOT (r.id = ANY($2::uuid[])) ORDER BY r.event_date LIMIT $3`,
        [now, failed, RETENTION_BATCH],
      )) as { id: string }[];
      if (!due.length) return run;
      for (const { id } of due) {
        try {
          const rows = await this.erase(id, now);
          if (rows !== null) {
            run.registries++;
            run.rows += rows;
          }
        } catch (error) {
          // One registry that fails (deleted meanwhile, a broken row) must not hold up the others; the next run retries it.
          failed.push(id);
          this.logger.warn(`could not erase the guests' data of registry ${id}: ${String(error)}`);
        }
      }
    }
  }

  /** Erases one registry's guests' data if it is (still) due; null when it was not. */
  private erase(registryId: string, now: Date): Promise<number | null> {
    return this.writes.byId(registryId, async (tx) => {
      if (!(await isDue(tx, registryId, now))) return null;
      const rows = await eraseGuestData(tx, { registryId }, now);
      await tx.update(Registry, { id: registryId }, { guestDataErasedAt: now });
      return rows;
    });
  }
}

async function isDue(tx: EntityManager, registryId: string, now: Date): Promise<boolean> {
  const rows = (await tx.query(`SELECT 1 FROM registries r WHERE r.id = $2 AND ${DUE}`, [now, registryId])) as unknown[];
  return rows.length > 0;
}
