/** Calendar days as `YYYY-MM-DD`, always in UTC: metrics count what happened between two UTC midnights. */
const DAY_MS = 86_400_000;

export function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export function startOfDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function addDays(day: string, days: number): string {
  return utcDay(new Date(startOfDay(day).getTime() + days * DAY_MS));
}

/** The day a run that fired at `instant` reports on: the last complete UTC day before it. */
export function dayBefore(instant: Date): string {
  return addDays(utcDay(instant), -1);
}

/** How many days from `from` to `to`, both included (0 when `to` is before `from`). */
export function daysInRange(from: string, to: string): number {
  return Math.max(0, Math.round((startOfDay(to).getTime() - startOfDay(from).getTime()) / DAY_MS) + 1);
}
