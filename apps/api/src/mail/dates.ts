/**
 * Dates in e-mails as people read them ("Sunday 19 September 2027"), never as ISO text. The copy is English, so the
 * format is British English; instants are shown in the registry's time zone (UTC if the runtime does not know it).
 */
const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };

/** A calendar day (`2027-09-19`, as PostgreSQL's date::text gives it) or the day an instant falls on in `timeZone`. */
export function readableDate(at: Date | string, timeZone = 'UTC'): string {
  const date = typeof at === 'string' ? new Date(`${at.slice(0, 10)}T12:00:00Z`) : at;
  try {
    return date.toLocaleDateString('en-GB', { ...DAY, timeZone: typeof at === 'string' ? 'UTC' : timeZone });
  } catch {
    return date.toLocaleDateString('en-GB', { ...DAY, timeZone: 'UTC' });
  }
}

/** An instant with its time of day in `timeZone`: "Sunday 19 September 2027 at 18:05". */
export function readableDateTime(at: Date, timeZone = 'UTC'): string {
  const time = (zone: string) => at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone });
  try {
    return `${readableDate(at, timeZone)} at ${time(timeZone)}`;
  } catch {
    return `${readableDate(at, 'UTC')} at ${time('UTC')} UTC`;
  }
}
