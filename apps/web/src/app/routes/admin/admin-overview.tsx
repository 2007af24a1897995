import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { paths } from '@/config/paths';
import { useAdminMetrics } from '@/features/admin/api/get-admin-metrics';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

// recharts is big: its own chunk, fetched only when this page shows the charts.
const MetricsCharts = lazy(() => import('@/features/admin/components/metrics-charts'));

const DAYS = 30;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The last 30 finished UTC days (today is counted tonight). */
function range(): { from: string; to: string } {
  const to = new Date(Date.now() - 86_400_000);
  return { from: isoDay(new Date(to.getTime() - (DAYS - 1) * 86_400_000)), to: isoDay(to) };
}

/** /admin — the daily metrics and the way to everything else. */
export function AdminOverviewPage() {
  const t = useT('admin');
  useDocumentTitle(t('admin:title', { page: t('admin:nav.overview') }));
  const { from, to } = range();
  const metrics = useAdminMetrics(from, to);
  const loading = (
    <LoadingRegion label={t('admin:overview.loading')}>
      <Skeleton height="240px" />
    </LoadingRegion>
  );
  return (
    <div className="stack">
      <h1>{t('admin:nav.overview')}</h1>
      <div className="admin-overview-links">
        <Link to={paths.adminUsers()}>{t('admin:overview.find-account')}</Link>
        <Link to={paths.adminRegistries()}>{t('admin:overview.find-registry')}</Link>
        <a href={paths.adminQueues()} target="_blank" rel="noreferrer">
          {t('admin:overview.queues')}
          <span className="visually-hidden"> {t('admin:new-tab')}</span>
        </a>
      </div>
      <section aria-labelledby="metrics-title" className="stack">
        <h2 id="metrics-title">{t('admin:overview.last-days', { days: DAYS })}</h2>
        {metrics.isPending ? (
          loading
        ) : metrics.isError ? (
          <ErrorState title={t('admin:overview.load-failed')} error={metrics.error} onRetry={() => void metrics.refetch()} />
        ) : (
          <Suspense fallback={loading}>
            <MetricsCharts days={metrics.data.days} />
          </Suspense>
        )}
      </section>
    </div>
  );
}
