import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrackerSummary } from '@whispergifts/api-client';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { currentLocale, useT } from '@/lib/i18n';
import { formatMoney, minorUnitDigits } from '@/lib/money';
import { useTrackerSummary } from '../api/get-tracker-summary';

/*
 * This module is the only one that imports recharts, and the tracker page loads it with React.lazy: the chart library
 * is its own chunk, fetched on this dashboard page only, never by a guest opening a gift list.
 * Colours are the theme's custom properties (dashboard.css), so the charts follow a dark theme too.
 */

const HEIGHT = 240;
/** A day or category alone would otherwise fill the whole chart with one slab. */
const MAX_BAR = 48;
const axis = { stroke: 'var(--muted)', tick: { fill: 'var(--muted)', fontSize: 12 } };
const tooltipStyle = { contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' } };

/** "2026-11-21" (already in the registry's time zone) → "21 Nov", without shifting the day. */
const shortDay = (date: string) =>
  new Intl.DateTimeFormat(currentLocale(), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

function Chart({ title, summary, children }: { title: string; summary: string; children: ReactNode }) {
  return (
    <figure className="tracker-chart">
      <figcaption>
        <h3>{title}</h3>
        <p className="tracker-chart-summary">{summary}</p>
      </figcaption>
      {children}
    </figure>
  );
}

function OverTime({ summary }: { summary: TrackerSummary }) {
  const t = useT('tracker');
  const data = summary.overTime.map((day) => ({ ...day, label: shortDay(day.date) }));
  const reservations = data.reduce((sum, day) => sum + day.reservations, 0);
  const pledges = data.reduce((sum, day) => sum + day.pledges, 0);
  return (
    <Chart title={t('tracker:charts.over-time.title')} summary={t('tracker:charts.over-time.summary', { reservations, pledges, days: data.length })}>
      {data.length === 0 ? (
        <p className="tracker-muted">{t('tracker:charts.nothing')}</p>
      ) : (
        <BarChart responsive style={{ width: '100%', height: HEIGHT }} data={data} margin={{ left: -20, right: 8 }} maxBarSize={MAX_BAR}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="label" {...axis} />
          <YAxis allowDecimals={false} {...axis} />
          <Tooltip {...tooltipStyle} cursor={{ fill: 'var(--border)', opacity: 0.4 }} />
          <Legend />
          <Bar dataKey="reservations" name={t('tracker:charts.reservations')} stackId="day" fill="var(--chart-1)" />
          <Bar dataKey="pledges" name={t('tracker:charts.pledges')} stackId="day" fill="var(--chart-2)" />
        </BarChart>
      )}
    </Chart>
  );
}

function Categories({ summary }: { summary: TrackerSummary }) {
  const t = useT('tracker');
  const data = summary.categories.map((row) => ({ ...row, label: row.category ?? t('tracker:charts.no-category') }));
  return (
    <Chart
      title={t('tracker:charts.categories.title')}
      summary={
        data.map((row) => t('tracker:charts.category-line', { category: row.label, reserved: row.reserved, wanted: row.wanted })).join(' · ') ||
        t('tracker:charts.no-gifts')
      }
    >
      {data.length > 0 && (
        <BarChart responsive style={{ width: '100%', height: HEIGHT }} data={data} margin={{ left: -20, right: 8 }} maxBarSize={MAX_BAR}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="label" {...axis} />
          <YAxis allowDecimals={false} {...axis} />
          <Tooltip {...tooltipStyle} cursor={{ fill: 'var(--border)', opacity: 0.4 }} />
          <Legend />
          <Bar dataKey="wanted" name={t('tracker:charts.wanted')} fill="var(--chart-3)" />
          <Bar dataKey="reserved" name={t('tracker:charts.reserved')} fill="var(--chart-1)" />
        </BarChart>
      )}
    </Chart>
  );
}

function Funds({ summary }: { summary: TrackerSummary }) {
  const t = useT('tracker');
  const { currency } = summary;
  const scale = 10 ** minorUnitDigits(currency);
  const money = (minor: number) => formatMoney(minor, currency);
  const data = summary.funds.map((fund) => ({
    title: fund.title,
    target: fund.targetAmount === null ? null : fund.targetAmount / scale,
    pledged: fund.pledgedAmount / scale,
    received: fund.receivedAmount / scale,
  }));
  const text = summary.funds
    .map((fund) =>
      fund.targetAmount === null
        ? t('tracker:charts.fund-line-open', { fund: fund.title, pledged: money(fund.pledgedAmount), received: money(fund.receivedAmount) })
        : t('tracker:charts.fund-line', {
            fund: fund.title,
            pledged: money(fund.pledgedAmount),
            target: money(fund.targetAmount),
            received: money(fund.receivedAmount),
          }),
    )
    .join(' · ');
  if (data.length === 0) return null;
  return (
    <Chart title={t('tracker:charts.funds.title')} summary={text}>
      <BarChart
        responsive
        layout="vertical"
        style={{ width: '100%', height: Math.max(120, 70 * data.length + 60) }}
        data={data}
        margin={{ right: 16 }}
        maxBarSize={24}
      >
        <CartesianGrid stroke="var(--border)" horizontal={false} />
        <XAxis type="number" {...axis} tickFormatter={(value: number) => money(value * scale).replace(/[.,]00$/, '')} />
        <YAxis type="category" dataKey="title" width={110} {...axis} />
        <Tooltip {...tooltipStyle} cursor={{ fill: 'var(--border)', opacity: 0.4 }} formatter={(value) => money(Number(value) * scale)} />
        <Legend />
        <Bar dataKey="target" name={t('tracker:charts.target')} fill="var(--chart-3)" />
        <Bar dataKey="pledged" name={t('tracker:charts.pledged')} fill="var(--chart-1)" />
        <Bar dataKey="received" name={t('tracker:charts.received')} fill="var(--chart-2)" />
      </BarChart>
    </Chart>
  );
}

function Thanks({ summary }: { summary: TrackerSummary }) {
  const t = useT('tracker');
  const { thanked, active } = summary.counts;
  const data = [
    { name: t('tracker:charts.thanked'), value: thanked },
    { name: t('tracker:charts.to-thank'), value: Math.max(active - thanked, 0) },
  ];
  const percent = active ? Math.round((thanked / active) * 100) : 0;
  return (
    <Chart
      title={t('tracker:charts.thanks.title')}
      summary={t('tracker:charts.thanks.summary', {
        thanked,
        active,
        percent: new Intl.NumberFormat(currentLocale(), { style: 'percent' }).format(percent / 100),
      })}
    >
      <div className="tracker-donut">
        <PieChart responsive style={{ width: '100%', height: HEIGHT }}>
          <Pie
            data={data}
            dataKey="value"
            nameKey="name"
            innerRadius="60%"
            outerRadius="85%"
            startAngle={90}
            endAngle={-270}
            stroke="var(--surface)"
            isAnimationActive={false}
          >
            <Cell fill="var(--chart-1)" />
            <Cell fill="var(--chart-3)" />
          </Pie>
          <Tooltip {...tooltipStyle} />
          <Legend />
        </PieChart>
        <span className="tracker-donut-label" aria-hidden="true">
          {new Intl.NumberFormat(currentLocale(), { style: 'percent' }).format(percent / 100)}
        </span>
      </div>
    </Chart>
  );
}

/** The tracker's four charts; each has its figures in words too, for screen readers and for a glance. */
export function TrackerCharts({ registryId }: { registryId: string }) {
  const t = useT('tracker', 'dashboard');
  const summary = useTrackerSummary(registryId);
  if (summary.isPending) {
    return (
      <LoadingRegion label={t('dashboard:tracker.loading-charts')}>
        <Skeleton height={`${HEIGHT}px`} />
      </LoadingRegion>
    );
  }
  if (summary.isError) return <ErrorState title={t('tracker:charts.failed')} error={summary.error} onRetry={() => void summary.refetch()} />;
  return (
    <section className="tracker-charts" aria-labelledby="tracker-charts-title">
      <h2 id="tracker-charts-title">{t('tracker:charts.title')}</h2>
      <div className="tracker-chart-grid">
        <Thanks summary={summary.data} />
        <OverTime summary={summary.data} />
        <Categories summary={summary.data} />
        <Funds summary={summary.data} />
      </div>
    </section>
  );
}

export default TrackerCharts;
