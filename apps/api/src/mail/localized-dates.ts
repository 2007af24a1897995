import { type Language, localeOf } from '@whispergifts/i18n';

/**
 * Dates in e-mails as their reader reads them, in the message's language ("Sunday 19 September 2027", "Sonntag,
 * 19. September 2027"), never as ISO text; instants in the registry's time zone (UTC if the runtime does not know it).
 */
const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };

/** A calendar day (`2027-09-19`, as PostgreSQL's date::text gives it) or the day an instant falls on in `timeZone`. */
export function readableDateIn(language: Language, at: Date | string, timeZone = 'UTC'): string {
  // A calendar day has no zone: noon UTC falls on that day, read in UTC.
  if (typeof at === 'string') return formatIn(language, new Date(`${at.slice(0, 10)}T12:00:00Z`), DAY, 'UTC');
  return formatIn(language, at, DAY, timeZone);
}

/** A day without its weekday ("19 September 2027"), e.g. when an invitation stops working. */
export const longDateIn = (language: Language, at: Date): string =>
  new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeZone: 'UTC' }).format(at);

/** An instant with its time of day in `timeZone`, in the language's words: "Sunday 19 September 2027 at 18:05". */
export const readableDateTimeIn = (language: Language, at: Date, timeZone = 'UTC'): string =>
  formatIn(language, at, { ...DAY, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, timeZone);

/**
 * `at` in `timeZone`, or in UTC when the runtime does not know the zone (Intl throws a RangeError). A time of day
 * shown in UTC then says so, lest the reader take it for local time; a day is left as it is.
 */
function formatIn(language: Language, at: Date, options: Intl.DateTimeFormatOptions, timeZone: string): string {
  const locale = localeOf(language);
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(at);
  } catch {
    const text = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(at);
    return options.hour === undefined ? text : `${text} UTC`;
  }
}
