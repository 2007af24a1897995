import { lazy, Suspense, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { TrackerStage } from '@whispergifts/api-client';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { useItems } from '@/features/items/api/get-items';
import type { TrackerFilters } from '@/features/tracker/api/get-tracker';
import { TrackerOverview } from '@/features/tracker/components/tracker-overview';
import { STAGES } from '@/features/tracker/utils/stages';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCurrentRegistry } from './registry-layout';
import '@/features/tracker/components/tracker.css';

// recharts is big: its own chunk, fetched only when this page shows the charts (see tracker-charts.tsx).
const TrackerCharts = lazy(() => import('@/features/tracker/components/tracker-charts'));

/** Filters live in the address, so a reload, the back button or a shared link keeps them. */
function useFilters(): [TrackerFilters, (filters: TrackerFilters) => void] {
  const [params, setParams] = useSearchParams();
  const stage = params.get('stage') ?? '';
  const filters: TrackerFilters = {
    stage: (STAGES as string[]).includes(stage) ? (stage as TrackerStage) : '',
    category: params.get('category') ?? '',
    guest: params.get('guest') ?? '',
    q: params.get('q') ?? '',
  };
  const set = (next: TrackerFilters) =>
    setParams(Object.fromEntries(Object.entries(next).filter(([, value]) => value !== '')), { replace: true, preventScrollReset: true });
  return [filters, set];
}

/** /dashboard/registries/:registryId/tracker — after the wedding: every gift from reserved to thanked. */
export function Component() {
  const registry = useCurrentRegistry();
  const items = useItems(registry.id);
  const [filters, setFilters] = useFilters();
  useDocumentTitle(`Tracker · ${registry.title}`);
  const categories = useMemo(
    () => [...new Set((items.data ?? []).map((item) => item.category).filter((c): c is string => Boolean(c)))].sort((a, b) => a.localeCompare(b)),
    [items.data],
  );
  return (
    <div className="stack">
      <h2>Gift tracker</h2>
      <p className="tracker-intro">Every reservation, pledge and gift given outside the list, from reserved to thanked.</p>
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
              <LoadingRegion label="Loading the charts…">
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
