import { Link } from 'react-router';
import { TextField } from '@/components/field';
import { paths } from '@/config/paths';
import { formatDateTime, formatEventDate } from '@/lib/dates';

/** The day guests' details go: `days` after the wedding date, or null while either is missing or not a number. */
export function erasureDay(eventDate: string, days: string): string | null {
  const count = Number(days);
  if (!eventDate || !Number.isInteger(count) || count < 30 || count > 3650) return null;
  const day = new Date(`${eventDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + count);
  return day.toISOString().slice(0, 10);
}

/** How long guests' names, e-mail and postal addresses and messages are kept (issue 13): 30 days to 10 years after the wedding. */
export function GuestDataRetentionFields({
  days,
  eventDate,
  erasedAt,
  onChange,
  error,
}: {
  days: string;
  eventDate: string;
  erasedAt: string | null;
  onChange: (days: string) => void;
  error?: string;
}) {
  const day = erasureDay(eventDate, days);
  return (
    <fieldset>
      <legend>Guests’ personal data</legend>
      <TextField
        label="Keep guests’ details for (days after the wedding)"
        type="number"
        inputMode="numeric"
        min={30}
        max={3650}
        step={1}
        required
        value={days}
        onChange={(e) => onChange(e.target.value)}
        hint="Their names, e-mail and postal addresses and messages are then erased for good; the gifts stay on your list and in your tracker, anonymous. At least 30 days, at most 3650."
        error={error}
      />
      <p className="field-hint" aria-live="polite">
        {day
          ? `With these settings, guests’ details are erased on ${formatEventDate(day)}.`
          : eventDate
            ? 'Choose a number of days from 30 to 3650.'
            : 'Without a wedding date nothing is erased automatically: set the date above.'}{' '}
        {erasedAt && `Last erased ${formatDateTime(erasedAt)}.`} Download your own copy first from <Link to={paths.account()}>your account</Link>.{' '}
        <Link to={paths.privacy()}>What we keep, and for how long</Link>.
      </p>
    </fieldset>
  );
}
