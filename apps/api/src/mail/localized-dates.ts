import { type Language, localeOf } from '@whispergifts/i18n';

/**
 * Dates in e-mails as their reader reads them, in the message's language ("Sunday 19 September 2027", "Sonntag,
 * 19. September 2027"), never as ISO text; instants in the registry's time zone (UTC if the runtime does not know it).
 */
const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };

/** A calendar day (`2027-09-19`, as PostgreSQL's date::text gives it) or the day an instant falls on in `timeZone`. */
export function readableDateIn(language: Language, at: Date | string, timeZone = 'UTC'): string {
  const date = typeof at === 'string' ? new Date(`${at.slice(0, 10)}T12:00:00Z`) : at;
  const locale = localeOf(language);
  try {
    return date.toLocaleDateString(locale, { ...DAY, timeZone: typeof at === 'string' ? 'UTC' : timeZone });
  } catch {
    return date.toLocaleDateString(locale, { ...DAY, timeZone: 'UTC' });
  }
}

/** A day without its weekday ("19 September 2027"), e.g. when an invitation stops working. */
export const longDateIn = (language: Language, at: Date): string =>
  new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeZone: 'UTC' }).format(at);

/** An instant with its time of day in `timeZone`, in the language's words: "Sunday 19 September 2027 at 18:05". */
export function readableDateTimeIn(language: Language, at: Date, timeZone = 'UTC'): string {
  const options: Intl.DateTimeFormatOptions = { ...DAY, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  try {
    return new Intl.DateTimeFormat(localeOf(language), { ...options, timeZone }).format(at);
  } catch {
    return `${new Intl.DateTimeFormat(localeOf(language), { ...options, timeZone: 'UTC' }).format(at)} UTC`;
  }
}
