import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QUEUES } from '../queues/queues';
import { REMINDER_CRON, REMINDER_JOBS } from './reminders.jobs';

/** In the worker: makes sure the reminder and digest sweeps are scheduled. */
@Injectable()
export class RemindersScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(RemindersScheduler.name);

  constructor(@InjectQueue(QUEUES.reminders) private readonly queue: Queue) {}

  onApplicationBootstrap() {
    // Not awaited: a worker started while Redis is down must still start; the commands wait for Redis.
    this.register().catch((error: unknown) => this.logger.error(`could not schedule the reminders: ${String(error)}`));
  }

  /**
   * Idempotent: each scheduler has a fixed id, so every worker start (and every worker) updates the same one
   * instead of adding another; and a sweep that runs twice claims nothing the second time.
   */
  async register(): Promise<void> {
    for (const name of Object.values(REMINDER_JOBS)) {
      await this.queue.upsertJobScheduler(name, { pattern: REMINDER_CRON[name], tz: 'UTC' }, { name, data: {} });
    }
  }
}
