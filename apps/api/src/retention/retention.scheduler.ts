import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QUEUES } from '../queues/queues';
import { RETENTION_CRON, RETENTION_JOB } from './retention.jobs';

/** In the worker: makes sure the hourly retention run is scheduled (as the daily metrics are). */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(RetentionScheduler.name);

  constructor(@InjectQueue(QUEUES.retention) private readonly queue: Queue) {}

  onApplicationBootstrap() {
    // Not awaited: a worker started while Redis is down must still start; the command waits for Redis.
    this.register().catch((error: unknown) => this.logger.error(`could not schedule the guest data retention: ${String(error)}`));
  }

  /** Idempotent: one scheduler id, so every worker start (and every worker) updates the same one. */
  async register(): Promise<void> {
    await this.queue.upsertJobScheduler(RETENTION_JOB, { pattern: RETENTION_CRON, tz: 'UTC' }, { name: RETENTION_JOB, data: {} });
  }
}
