import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QUEUES } from '../queues/queues';
import { LINK_HEALTH_CRON, LINK_HEALTH_JOB } from './link-health.jobs';

/** In the worker: makes sure the weekly link check is scheduled (one scheduler id, so every start updates the same one). */
@Injectable()
export class LinkHealthScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(LinkHealthScheduler.name);

  constructor(@InjectQueue(QUEUES.linkHealth) private readonly queue: Queue) {}

  onApplicationBootstrap() {
    this.queue
      .upsertJobScheduler(LINK_HEALTH_JOB, { pattern: LINK_HEALTH_CRON, tz: 'UTC' }, { name: LINK_HEALTH_JOB, data: {} })
      .catch((error: unknown) => this.logger.error(`could not schedule the link check: ${String(error)}`));
  }
}
