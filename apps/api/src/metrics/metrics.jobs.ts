/** The metrics queue's job and its schedule, shared by the scheduler, the processor and the admin trigger. */
export const DAILY_METRICS_JOB = 'daily-metrics';

/** Five past midnight UTC: yesterday is over, with a few minutes for late transactions to commit. */
export const DAILY_METRICS_CRON = '5 0 * * *';

/** A run for a given day (admin trigger), or none: a scheduled run reports on the day before it fired. */
export interface DailyMetricsJobData {
  day?: string;
}
