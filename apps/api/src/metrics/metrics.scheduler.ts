import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QUEUES } from '../queues/queues';
import { DAILY_METRICS_CRON, DAILY_METRICS_JOB } from './metrics.jobs';

/** In the worker: makes sure the daily metrics run is scheduled. */
@Injectable()
export class MetricsScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(MetricsScheduler.name);

  constructor(@InjectQueue(QUEUES.metrics) private readonly queue: Queue) {}

  onApplicationBootstrap() {
    // Not awaited: a worker started while Redis is down must still start; the command waits for Redis.
    this.register().catch((error: unknown) => this.logger.error(`could not schedule the daily metrics: ${String(error)}`));
  }

  /**
   * Idempotent: the scheduler has a fixed id, so every worker start (and every worker) updates the same one
   * instead of adding another. Cron in UTC, whatever the server's time zone.
   */
  async register(): Promise<void> {
    await this.queue.upsertJobScheduler(DAILY_METRICS_JOB, { pattern: DAILY_METRICS_CRON, tz: 'UTC' }, { name: DAILY_METRICS_JOB, data: {} });
  }
}
