import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { useItems } from '@/features/items/api/get-items';
import { PledgesOverview } from '@/features/pledges/components/pledges-overview';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCurrentRegistry } from './registry-layout';

export function Component() {
  const registry = useCurrentRegistry();
  const items = useItems(registry.id);
  useDocumentTitle(`Pledges · ${registry.title}`);
  return (
    <div className="stack">
      <h2>Pledges</h2>
      {items.isPending ? (
        <LoadingRegion label="Loading pledges…">
          <Skeleton height="6rem" />
        </LoadingRegion>
      ) : items.isError ? (
        <ErrorState error={items.error} onRetry={() => void items.refetch()} />
      ) : (
        <PledgesOverview registryId={registry.id} currency={registry.currency} items={items.data} />
      )}
    </div>
  );
}
