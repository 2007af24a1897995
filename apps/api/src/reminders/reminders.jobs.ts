/** The reminders queue's scheduled jobs, shared by the scheduler and the processor. */
export const REMINDER_JOBS = {
  /** Finds the reservations due a reminder and writes their e-mails to the outbox. */
  reservationReminders: 'reservation-reminders',
  /** Finds the owners due their daily digest and writes it to the outbox. */
  ownerDigests: 'owner-digests',
} as const;

/**
 * Hourly, at different minutes: each run sends only what is due by then (the unique rows make a second run a
 * no-op), and hourly lets both follow each registry's own time zone (reminders in the daytime, digests in the
 * morning) instead of one UTC hour for the world.
 */
export const REMINDER_CRON = { [REMINDER_JOBS.reservationReminders]: '10 * * * *', [REMINDER_JOBS.ownerDigests]: '40 * * * *' } as const;

/** The e-mail templates these jobs fill the outbox with. */
export const REMINDER_EMAILS = { reminder: 'reservation-reminder', digest: 'owner-digest' } as const;

export const REMINDER_PERIODS = ['after-reserving', 'before-event'] as const;
export type ReminderPeriod = (typeof REMINDER_PERIODS)[number];

export interface ReservationReminderEmail {
  reservationId: string;
  period: ReminderPeriod;
  /** The sweep's clock, so the e-mail's "none after the event" check and day counts use the same "now". */
  at: string;
}

export interface OwnerDigestEmail {
  registryId: string;
  userId: string;
  /** The registry's local day (YYYY-MM-DD) the digest covers. */
  day: string;
}

/** Reminders go out between these local hours (inclusive) of the registry's time zone: nobody is woken by one. */
export const REMINDER_LOCAL_HOURS = { from: 9, to: 20 } as const;
/** The digest of a local day goes out from this hour of the next morning on. */
export const DIGEST_LOCAL_HOUR = 8;
/** Two reminders for one reservation are at least this far apart (a late reservation's two periods can meet). */
export const REMINDER_MIN_GAP_DAYS = 2;
/** Rows per transaction, so one sweep over a big backlog never holds one huge transaction. */
export const SWEEP_BATCH = 200;
