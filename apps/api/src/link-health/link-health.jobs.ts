/** The weekly link check: its job, its schedule, and the e-mail it writes to the outbox. */
export const LINK_HEALTH_JOB = 'link-health';
/** Mondays at 05:00 UTC, a quiet hour for most shops. */
export const LINK_HEALTH_CRON = '0 5 * * 1';
export const LINK_HEALTH_EMAIL = 'link-health-summary';
/** A link checked less than this long ago is not checked again (a retried or repeated run costs the shops nothing). */
export const RECHECK_AFTER_DAYS = 6;
/** Hosts checked at once; one host's links are checked one after another, LINK_CHECK_HOST_DELAY_MS apart. */
export const LINK_CHECK_CONCURRENCY = 4;
/** Most links one run checks; the rest wait for the next run. */
export const LINK_CHECK_MAX_PER_RUN = 5000;

export interface LinkHealthEmail {
  registryId: string;
  itemIds: string[];
}
