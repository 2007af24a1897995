/**
 * Instants shown in a registry's time zone (exports, charts). Formatters are costly to make and an export formats
 * thousands of dates, so one is kept per zone.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** What a clock on the wall in `timeZone` showed at `instant`. */
export function wallTime(instant: Date, timeZone: string): WallTime {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2027-06-12` in the zone. */
export function zonedDate(instant: Date, timeZone: string): string {
  const t = wallTime(instant, timeZone);
  return `${t.year}-${pad(t.month)}-${pad(t.day)}`;
}

/** `2027-06-12 18:05` in the zone. */
export function zonedDateTime(instant: Date, timeZone: string): string {
  const t = wallTime(instant, timeZone);
  return `${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}`;
}

/**
 * A Date whose UTC fields are the zone's wall time: a spreadsheet cell has no time zone, and exceljs writes a Date
 * by its UTC fields, so the cell then shows the time as the couple lived it.
 */
export function wallClockDate(instant: Date, timeZone: string): Date {
  const t = wallTime(instant, timeZone);
  return new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second));
}
