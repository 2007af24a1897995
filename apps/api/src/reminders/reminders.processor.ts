import { Processor } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { LoggedWorkerHost } from '../queues/logged-worker-host';
import { QUEUES, WORKER_OPTIONS } from '../queues/queues';
import { OwnerDigestSweep } from './owner-digest-sweep';
import { ReminderSweep } from './reminder-sweep';
import { REMINDER_JOBS } from './reminders.jobs';

/** Runs the hourly sweeps. Each claims what is due now, so a late, retried or repeated run sends nothing twice. */
@Processor(QUEUES.reminders, WORKER_OPTIONS)
export class RemindersProcessor extends LoggedWorkerHost {
  constructor(
    private readonly reminders: ReminderSweep,
    private readonly digests: OwnerDigestSweep,
  ) {
    super();
  }

  async process(job: Job): Promise<number> {
    if (job.name === REMINDER_JOBS.reservationReminders) return this.reminders.sweep(new Date());
    if (job.name === REMINDER_JOBS.ownerDigests) return this.digests.sweep(new Date());
    throw new UnrecoverableError(`no reminders job named ${job.name}`);
  }
}
