/**
 * Intl formatters, built once per locale and options. Building one loads the locale's data (tens of milliseconds on a
 * slow phone the first time, still a millisecond after); using one costs microseconds. A guest page formats a price on
 * every card, so each card building its own made the list's first render one long task.
 */
const built = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.Collator>();

function once<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.Collator>(key: string, build: () => T): T {
  let formatter = built.get(key) as T | undefined;
  if (!formatter) built.set(key, (formatter = build()));
  return formatter;
}

export const dateTimeFormat = (locale: string | undefined, options: Intl.DateTimeFormatOptions) =>
  once(`date ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string | undefined, options: Intl.NumberFormatOptions) =>
  once(`number ${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

export const collator = (locale: string | undefined) => once(`collator ${locale}`, () => new Intl.Collator(locale));
