import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { useItems } from '@/features/items/api/get-items';
import { AddItem } from '@/features/items/components/add-item';
import { ItemsEditor } from '@/features/items/components/items-editor';
import { usePlans } from '@/features/plans/api/get-plans';
import { PlanLimitNotice } from '@/features/plans/components/plan-limit-notice';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCurrentRegistry } from './registry-layout';

export function Component() {
  const registry = useCurrentRegistry();
  const items = useItems(registry.id);
  const plans = usePlans();
  useDocumentTitle(`Gifts · ${registry.title}`);
  const categories = [...new Set((items.data ?? []).map((item) => item.category).filter((c): c is string => Boolean(c)))].sort();
  return (
    <div className="stack">
      <h2>Gifts</h2>
      {items.data && plans.data && <PlanLimitNotice registryId={registry.id} plans={plans.data.plans} plan={registry.plan} itemCount={items.data.length} />}
      {items.isPending ? (
        <LoadingRegion label="Loading gifts…">
          <Skeleton height="3rem" />
          <Skeleton height="3rem" />
        </LoadingRegion>
      ) : items.isError ? (
        <ErrorState error={items.error} onRetry={() => void items.refetch()} />
      ) : (
        <ItemsEditor registryId={registry.id} currency={registry.currency} items={items.data} categories={categories} />
      )}
      <AddItem registryId={registry.id} currency={registry.currency} categories={categories} />
    </div>
  );
}
