import { Link } from 'react-router';
import { TextField } from '@/components/field';
import { paths } from '@/config/paths';
import { formatDateTime, formatEventDate } from '@/lib/dates';
import { useT } from '@/lib/i18n';
import { rich } from '@/lib/rich-message';

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
  const t = useT('dashboard');
  return (
    <fieldset>
      <legend>{t('dashboard:settings.retention.legend')}</legend>
      <TextField
        label={t('dashboard:settings.retention')}
        type="number"
        inputMode="numeric"
        min={30}
        max={3650}
        step={1}
        required
        value={days}
        onChange={(e) => onChange(e.target.value)}
        hint={t('dashboard:settings.retention.hint')}
        error={error}
      />
      <p className="field-hint" aria-live="polite">
        {day
          ? t('dashboard:settings.retention.erased-on', { date: formatEventDate(day) })
          : eventDate
            ? t('dashboard:settings.retention.choose-days')
            : t('dashboard:settings.retention.no-date')}{' '}
        {erasedAt && t('dashboard:settings.retention.last-erased', { date: formatDateTime(erasedAt) })}{' '}
        {rich(t('dashboard:settings.retention.download'), { link: (words) => <Link to={paths.account()}>{words}</Link> })}{' '}
        {rich(t('dashboard:settings.retention.privacy'), { link: (words) => <Link to={paths.privacy()}>{words}</Link> })}
      </p>
    </fieldset>
  );
}
