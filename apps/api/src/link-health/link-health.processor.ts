import { Processor } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { LoggedWorkerHost } from '../queues/logged-worker-host';
import { QUEUES, WORKER_OPTIONS } from '../queues/queues';
import { LINK_HEALTH_JOB } from './link-health.jobs';
import { LinkHealthSweep } from './link-health.sweep';

/** Runs the weekly link check; a repeated or retried run skips what was checked in the last days. */
@Processor(QUEUES.linkHealth, WORKER_OPTIONS)
export class LinkHealthProcessor extends LoggedWorkerHost {
  constructor(private readonly sweep: LinkHealthSweep) {
    super();
  }

  async process(job: Job): Promise<number> {
    if (job.name === LINK_HEALTH_JOB) return this.sweep.sweep(new Date());
    throw new UnrecoverableError(`no link-health job named ${job.name}`);
  }
}
