import { type Language, localeOf } from '@whispergifts/i18n';

/**
 * Dates in e-mails as their reader reads them, in the message's language ("Sunday 19 September 2027", "Sonntag,
 * 19. September 2027"): dates.ts's readableDate, with the language's locale instead of British English. English
 * gives exactly what readableDate gives.
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
