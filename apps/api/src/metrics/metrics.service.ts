import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { validationProblem } from '../common/problem/problem';
import { Outbox } from '../outbox/outbox.service';
import { QUEUES } from '../queues/queues';
import { addDays, daysInRange, startOfDay, utcDay } from './days';
import type { DailyMetricsDto } from './dto/metrics.dto';
import { DAILY_METRICS_JOB, DailyMetricsJobData } from './metrics.jobs';

/** The e-mail template (mail/templates) that renders a day's row for the administrators. */
const DIGEST_TEMPLATE = 'daily-metrics-digest';
export const MAX_RANGE_DAYS = 366;

interface MetricsRow {
  day: string;
  signups: number;
  registries: number;
  items: number;
  reservations: number;
  upgrades: number;
  computed_at: Date;
}

const COLUMNS = 'day::text AS day, signups, registries, items, reservations, upgrades, computed_at';

@Injectable()
export class MetricsService {
  constructor(
    private readonly db: DataSource,
    private readonly outbox: Outbox,
    @InjectQueue(QUEUES.metrics) private readonly queue: Queue,
  ) {}

  /**
   * Counts what was created on `day` (UTC), stores it (a recomputation replaces the row) and queues the digest
   * e-mail in the same transaction, so the row and its e-mail exist together. `runId` (the job id) makes a
   * retried run queue its e-mail once. Counts are of rows that still exist: deleted users or items are gone.
   */
  async computeDay(day: string, runId: string): Promise<DailyMetricsDto> {
    return this.db.transaction(async (tx) => {
      const [row] = (await tx.query(
        `INSERT INTO daily_metrics (day, signups, registries, items, reservations, upgrades, computed_at)
         SELECT $1::date,
                (SELECT count(*) FROM users WHERE created_at >= $2 AND created_at < $3),
                (SELECT count(*) FROM registries WHERE created_at >= $2 AND created_at < $3),
                (SELECT count(*) FROM items WHERE created_at >= $2 AND created_at < $3),
                (SELECT count(*) FROM reservations WHERE created_at >= $2 AND created_at < $3),
                -- Upgrades: plans paid for that day (a refund later does not undo that it was bought).
                (SELECT count(*) FROM orders WHERE paid_at >= $2 AND paid_at < $3),
                now()
         ON CONFLICT (day) DO UPDATE SET signups = EXCLUDED.signups, registries = EXCLUDED.registries, items = EXCLUDED.items,
                reservations = EXCLUDED.reservations, upgrades = EXCLUDED.upgrades, computed_at = EXCLUDED.computed_at
         RETURNING ${COLUMNS}`,
        [day, startOfDay(day).toISOString(), startOfDay(addDays(day, 1)).toISOString()],
      )) as MetricsRow[];
      const [queued] = (await tx.query(`SELECT 1 FROM outbox_events WHERE name = $1 AND payload->>'runId' = $2`, [DIGEST_TEMPLATE, runId])) as unknown[];
      if (!queued) await this.outbox.add(tx, QUEUES.email, DIGEST_TEMPLATE, { day, runId });
      return toDto(row);
    });
  }

  /** The stored days from `from` to `to`, oldest first. Days never computed are left out, not reported as zero. */
  async series(from: string, to: string): Promise<DailyMetricsDto[]> {
    if (from > to) throw validationProblem([{ pointer: '#/to', code: 'too-small', detail: 'to must be the same day as from or later' }]);
    if (daysInRange(from, to) > MAX_RANGE_DAYS)
      throw validationProblem([{ pointer: '#/to', code: 'too-large', limit: MAX_RANGE_DAYS, detail: `ask for at most ${MAX_RANGE_DAYS} days at once` }]);
    const rows = (await this.db.query(`SELECT ${COLUMNS} FROM daily_metrics WHERE day BETWEEN $1 AND $2 ORDER BY day`, [from, to])) as MetricsRow[];
    return rows.map(toDto);
  }

  /** Queues a run for a finished day. The API never runs jobs itself; a second request while one waits is the same run. */
  async requestRun(day: string): Promise<{ day: string; jobId: string }> {
    if (day >= utcDay(new Date()))
      throw validationProblem([{ pointer: '#/day', code: 'too-large', detail: 'day must be before today (UTC): a day is counted once it is over' }]);
    const job = await this.queue.add(DAILY_METRICS_JOB, { day } satisfies DailyMetricsJobData, { deduplication: { id: `${DAILY_METRICS_JOB}:${day}` } });
    return { day, jobId: String(job.id) };
  }
}

function toDto(row: MetricsRow): DailyMetricsDto {
  return {
    day: row.day,
    signups: row.signups,
    registries: row.registries,
    items: row.items,
    reservations: row.reservations,
    upgrades: row.upgrades,
    computedAt: row.computed_at.toISOString(),
  };
}
