import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrackerSummary } from '@whispergifts/api-client';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
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
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const axis = { stroke: 'var(--muted)', tick: { fill: 'var(--muted)', fontSize: 12 } };
const tooltipStyle = { contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' } };

/** "2026-11-21" (already in the registry's time zone) → "21 Nov", without shifting the day. */
const shortDay = (date: string) =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

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
  const data = summary.overTime.map((day) => ({ ...day, label: shortDay(day.date) }));
  const reservations = data.reduce((sum, day) => sum + day.reservations, 0);
  const pledges = data.reduce((sum, day) => sum + day.pledges, 0);
  return (
    <Chart
      title="Reservations and pledges over time"
      summary={`${count(reservations, 'reservation', 'reservations')} and ${count(pledges, 'pledge', 'pledges')} over ${count(data.length, 'day', 'days')}.`}
    >
      {data.length === 0 ? (
        <p className="tracker-muted">Nothing yet.</p>
      ) : (
        <BarChart responsive style={{ width: '100%', height: HEIGHT }} data={data} margin={{ left: -20, right: 8 }} maxBarSize={MAX_BAR}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="label" {...axis} />
          <YAxis allowDecimals={false} {...axis} />
          <Tooltip {...tooltipStyle} cursor={{ fill: 'var(--border)', opacity: 0.4 }} />
          <Legend />
          <Bar dataKey="reservations" name="Reservations" stackId="day" fill="var(--chart-1)" />
          <Bar dataKey="pledges" name="Pledges" stackId="day" fill="var(--chart-2)" />
        </BarChart>
      )}
    </Chart>
  );
}

function Categories({ summary }: { summary: TrackerSummary }) {
  const data = summary.categories.map((row) => ({ ...row, label: row.category ?? 'No category' }));
  return (
    <Chart
      title="Wanted and reserved, by category"
      summary={data.map((row) => `${row.label}: ${row.reserved} of ${row.wanted}`).join(' · ') || 'No gifts yet.'}
    >
      {data.length > 0 && (
        <BarChart responsive style={{ width: '100%', height: HEIGHT }} data={data} margin={{ left: -20, right: 8 }} maxBarSize={MAX_BAR}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="label" {...axis} />
          <YAxis allowDecimals={false} {...axis} />
          <Tooltip {...tooltipStyle} cursor={{ fill: 'var(--border)', opacity: 0.4 }} />
          <Legend />
          <Bar dataKey="wanted" name="Wanted" fill="var(--chart-3)" />
          <Bar dataKey="reserved" name="Reserved" fill="var(--chart-1)" />
        </BarChart>
      )}
    </Chart>
  );
}

function Funds({ summary }: { summary: TrackerSummary }) {
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
    .map(
      (fund) =>
        `${fund.title}: ${money(fund.pledgedAmount)}${fund.targetAmount === null ? '' : ` of ${money(fund.targetAmount)}`} pledged, ${money(fund.receivedAmount)} received`,
    )
    .join(' · ');
  if (data.length === 0) return null;
  return (
    <Chart title="Each fund’s progress" summary={text}>
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
        <Bar dataKey="target" name="Target" fill="var(--chart-3)" />
        <Bar dataKey="pledged" name="Pledged" fill="var(--chart-1)" />
        <Bar dataKey="received" name="Received" fill="var(--chart-2)" />
      </BarChart>
    </Chart>
  );
}

function Thanks({ summary }: { summary: TrackerSummary }) {
  const { thanked, active } = summary.counts;
  const data = [
    { name: 'Thanked', value: thanked },
    { name: 'Still to thank', value: Math.max(active - thanked, 0) },
  ];
  const percent = active ? Math.round((thanked / active) * 100) : 0;
  return (
    <Chart title="Thank-you notes" summary={`${thanked} of ${active} thanked (${percent}%).`}>
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
          {percent}%
        </span>
      </div>
    </Chart>
  );
}

/** The tracker's four charts; each has its figures in words too, for screen readers and for a glance. */
export function TrackerCharts({ registryId }: { registryId: string }) {
  const summary = useTrackerSummary(registryId);
  if (summary.isPending) {
    return (
      <LoadingRegion label="Loading the charts…">
        <Skeleton height={`${HEIGHT}px`} />
      </LoadingRegion>
    );
  }
  if (summary.isError) return <ErrorState title="The charts did not load" error={summary.error} onRetry={() => void summary.refetch()} />;
  return (
    <section className="tracker-charts" aria-labelledby="tracker-charts-title">
      <h2 id="tracker-charts-title">At a glance</h2>
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
