import { Processor } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { LoggedWorkerHost } from '../queues/logged-worker-host';
import { QUEUES, WORKER_OPTIONS } from '../queues/queues';
import { dayBefore } from './days';
import type { DailyMetricsDto } from './dto/metrics.dto';
import { DAILY_METRICS_JOB, DailyMetricsJobData } from './metrics.jobs';
import { MetricsService } from './metrics.service';

/** Runs the daily metrics: on schedule for the day before, or for the day an administrator asked for. */
@Processor(QUEUES.metrics, WORKER_OPTIONS)
export class MetricsProcessor extends LoggedWorkerHost {
  constructor(private readonly metrics: MetricsService) {
    super();
  }

  async process(job: Job<DailyMetricsJobData>): Promise<DailyMetricsDto> {
    if (job.name !== DAILY_METRICS_JOB) throw new UnrecoverableError(`no metrics job named ${job.name}`);
    // A scheduled job carries the time it was due (prevMillis), so a run delayed past midnight, or retried the
    // next day, still counts the day it was meant for.
    const day = job.data.day ?? dayBefore(new Date(job.opts.prevMillis ?? job.timestamp));
    // Jobs can also be added from the queue dashboard: a malformed day would fail every retry the same way.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new UnrecoverableError(`not a day: ${JSON.stringify(day)}`);
    // Job ids restart if Redis is emptied; with the creation time the run id stays unique.
    return this.metrics.computeDay(day, `${job.id}@${job.timestamp}`);
  }
}
