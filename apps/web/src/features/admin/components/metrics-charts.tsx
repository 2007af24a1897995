import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { DailyMetrics } from '@whispergifts/api-client';
import { currentLocale, useT } from '@/lib/i18n';

/*
 * The only admin module that imports recharts; the overview loads it with React.lazy, so the chart library is
 * fetched on that admin page only (the tracker's charts share the same chunk). Colours are the theme's custom
 * properties, so a dark theme applies.
 */

const HEIGHT = 240;
const axis = { stroke: 'var(--muted)', tick: { fill: 'var(--muted)', fontSize: 12 } };
const tooltipStyle = { contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' } };
const shortDay = (day: string) =>
  new Intl.DateTimeFormat(currentLocale(), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
const total = (days: DailyMetrics[], key: keyof DailyMetrics) => days.reduce((sum, day) => sum + Number(day[key]), 0);

/** Sign-ups and new registries per day, then items and reservations per day; each with its totals in words. */
export function MetricsCharts({ days }: { days: DailyMetrics[] }) {
  const t = useT('admin');
  if (days.length === 0) return <p className="muted">{t('admin:charts.empty')}</p>;
  const data = days.map((day) => ({ ...day, label: shortDay(day.day) }));
  return (
    <div className="admin-charts">
      <figure className="admin-chart">
        <figcaption>
          <h3>{t('admin:charts.signups.title')}</h3>
          <p className="muted">
            {t('admin:charts.signups.summary', { signups: total(days, 'signups'), registries: total(days, 'registries'), days: days.length })}
          </p>
        </figcaption>
        <LineChart responsive style={{ width: '100%', height: HEIGHT }} data={data} margin={{ left: -20, right: 8 }}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="label" {...axis} />
          <YAxis allowDecimals={false} {...axis} />
          <Tooltip {...tooltipStyle} />
          <Legend />
          <Line dataKey="signups" name={t('admin:charts.series.signups')} stroke="var(--chart-1)" strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line dataKey="registries" name={t('admin:charts.series.registries')} stroke="var(--chart-2)" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </figure>
      <figure className="admin-chart">
        <figcaption>
          <h3>{t('admin:charts.items.title')}</h3>
          <p className="muted">
            {t('admin:charts.items.summary', { items: total(days, 'items'), reservations: total(days, 'reservations'), days: days.length })}
          </p>
        </figcaption>
        <BarChart responsive style={{ width: '100%', height: HEIGHT }} data={data} margin={{ left: -20, right: 8 }} maxBarSize={24}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="label" {...axis} />
          <YAxis allowDecimals={false} {...axis} />
          <Tooltip {...tooltipStyle} cursor={{ fill: 'var(--border)', opacity: 0.4 }} />
          <Legend />
          <Bar dataKey="items" name={t('admin:charts.series.items')} fill="var(--chart-3)" isAnimationActive={false} />
          <Bar dataKey="reservations" name={t('admin:charts.series.reservations')} fill="var(--chart-1)" isAnimationActive={false} />
        </BarChart>
      </figure>
    </div>
  );
}

export default MetricsCharts;
