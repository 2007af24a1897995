/** The retention queue's one job and its schedule, shared by the scheduler and the processor. */
export const RETENTION_JOB = 'guest-data-retention';

/**
 * Every hour (at 20 past, UTC): a registry's day for erasure begins at midnight in its own time zone, so an hourly
 * run erases within the hour after it, and never before.
 */
export const RETENTION_CRON = '20 * * * *';

/** Registries erased per query round; a run goes round until none is due. */
export const RETENTION_BATCH = 50;
