import { lazy, Suspense, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { TrackerStage } from '@whispergifts/api-client';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { useItems } from '@/features/items/api/get-items';
import type { TrackerFilters } from '@/features/tracker/api/get-tracker';
import { TrackerOverview } from '@/features/tracker/components/tracker-overview';
import { STAGES } from '@/features/tracker/utils/stages';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCurrentRegistry } from './registry-layout';
import '@/features/tracker/components/tracker.css';

// recharts is big: its own chunk, fetched only when this page shows the charts (see tracker-charts.tsx).
const TrackerCharts = lazy(() => import('@/features/tracker/components/tracker-charts'));

const FILTER_NAMES = ['stage', 'category', 'guest', 'q'] as const;

/**
 * Filters live in the address, so a reload, the back button or a shared link keeps them. A change names only the
 * filters it sets and is merged into the address as it is then, so two settling at once (search and guest) both stay.
 */
function useFilters(): [TrackerFilters, (change: Partial<TrackerFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const stage = params.get('stage') ?? '';
  const filters: TrackerFilters = {
    stage: (STAGES as string[]).includes(stage) ? (stage as TrackerStage) : '',
    category: params.get('category') ?? '',
    guest: params.get('guest') ?? '',
    q: params.get('q') ?? '',
  };
  const set = (change: Partial<TrackerFilters>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const name of FILTER_NAMES) {
          const value = change[name];
          if (value === undefined) continue;
          if (value === '') next.delete(name);
          else next.set(name, value);
        }
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  return [filters, set];
}

/** /dashboard/registries/:registryId/tracker — after the wedding: every gift from reserved to thanked. */
export function Component() {
  const registry = useCurrentRegistry();
  const items = useItems(registry.id);
  const [filters, setFilters] = useFilters();
  const t = useT('dashboard');
  useDocumentTitle(t('dashboard:registry.page-title', { page: t('dashboard:tabs.tracker'), title: registry.title }));
  const categories = useMemo(
    () => [...new Set((items.data ?? []).map((item) => item.category).filter((c): c is string => Boolean(c)))].sort((a, b) => a.localeCompare(b)),
    [items.data],
  );
  return (
    <div className="stack">
      <h2>{t('dashboard:tracker.title')}</h2>
      <p className="tracker-intro">{t('dashboard:tracker.intro')}</p>
      <TrackerOverview
        registryId={registry.id}
        slug={registry.slug}
        currency={registry.currency}
        revealDate={registry.revealDate}
        categories={categories}
        filters={filters}
        onFiltersChange={setFilters}
        charts={
          <Suspense
            fallback={
              <LoadingRegion label={t('dashboard:tracker.loading-charts')}>
                <Skeleton height="240px" />
              </LoadingRegion>
            }
          >
            <TrackerCharts registryId={registry.id} />
          </Suspense>
        }
      />
    </div>
  );
}
