import { dateTimeFormat } from '@/lib/formatters';
import { currentLocale } from '@/lib/i18n/language';
/**
 * Formats a calendar date from the API ("2027-06-12") for people. Read as UTC so that the day never shifts
 * with the reader's time zone.
 */
export function formatEventDate(isoDate: string, locale = currentLocale()): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** A moment from the API (ISO 8601 with time) in the reader's time zone. */
export function formatDateTime(isoDateTime: string, locale = currentLocale()): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(isoDateTime));
}

/** A time of day, e.g. "4:35 PM" (a deadline within the hour). */
export function formatTime(isoDateTime: string, locale = currentLocale()): string {
  return dateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(isoDateTime));
}
