import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { useItems } from '@/features/items/api/get-items';
import { ReservationsOverview } from '@/features/reservations/components/reservations-overview';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCurrentRegistry } from './registry-layout';

export function Component() {
  const registry = useCurrentRegistry();
  const items = useItems(registry.id);
  useDocumentTitle(`Reservations · ${registry.title}`);
  return (
    <div className="stack">
      <h2>Reservations</h2>
      {items.isPending ? (
        <LoadingRegion label="Loading reservations…">
          <Skeleton height="6rem" />
        </LoadingRegion>
      ) : items.isError ? (
        <ErrorState error={items.error} onRetry={() => void items.refetch()} />
      ) : (
        <ReservationsOverview registryId={registry.id} slug={registry.slug} items={items.data} />
      )}
    </div>
  );
}
