import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { useItems } from '@/features/items/api/get-items';
import { PledgesOverview } from '@/features/pledges/components/pledges-overview';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCurrentRegistry } from './registry-layout';

export function Component() {
  const registry = useCurrentRegistry();
  const items = useItems(registry.id);
  const t = useT('dashboard');
  useDocumentTitle(t('dashboard:registry.page-title', { page: t('dashboard:tabs.pledges'), title: registry.title }));
  return (
    <div className="stack">
      <h2>{t('dashboard:tabs.pledges')}</h2>
      {items.isPending ? (
        <LoadingRegion label={t('dashboard:pledges.loading')}>
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
