import { Processor } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { Clock } from '../common/clock';
import { LoggedWorkerHost } from '../queues/logged-worker-host';
import { QUEUES, WORKER_OPTIONS } from '../queues/queues';
import { RETENTION_JOB } from './retention.jobs';
import { GuestDataRetention, RetentionRun } from './retention.service';

/** Runs the hourly erasure of guests' personal data that has reached the end of its registry's retention. */
@Processor(QUEUES.retention, WORKER_OPTIONS)
export class RetentionProcessor extends LoggedWorkerHost {
  constructor(
    private readonly retention: GuestDataRetention,
    private readonly clock: Clock,
  ) {
    super();
  }

  async process(job: Job): Promise<RetentionRun> {
    if (job.name !== RETENTION_JOB) throw new UnrecoverableError(`no retention job named ${job.name}`);
    // The time of the run, not of the schedule: a run delayed or retried erases what is due by then, and no more.
    return this.retention.run(this.clock.now());
  }
}
