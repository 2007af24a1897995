import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { reportError } from '../observability/error-reporting';

/**
 * A processor that logs its failed and stalled jobs under its own name. A failure that will be retried is a
 * warning; the last attempt is an error (the job now waits in the failed list, see /api/admin/queues).
 */
export abstract class LoggedWorkerHost extends WorkerHost {
  private readonly jobLogger = new Logger(this.constructor.name);

  @OnWorkerEvent('failed')
  onJobFailed(job: Job | undefined, error: Error) {
    const attempts = job?.opts.attempts ?? 1;
    const final = !job || job.attemptsMade >= attempts || error.name === 'UnrecoverableError';
    const requestId = typeof job?.data?.requestId === 'string' ? job.data.requestId : undefined;
    const message =
      `job ${job?.name ?? '?'} ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'} of ${attempts}): ${error.message}` +
      (requestId ? ` (request ${requestId})` : '');
    if (final) {
      this.jobLogger.error(message);
      reportError(error, { requestId, job: job?.name });
    } else this.jobLogger.warn(message);
  }

  /** A worker lost a job's lock (it died, or blocked the event loop too long); the job goes back to the queue. */
  @OnWorkerEvent('stalled')
  onJobStalled(jobId: string) {
    this.jobLogger.warn(`job ${jobId} stalled; it will run again`);
  }
}
