import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { useItems } from '@/features/items/api/get-items';
import { ReservationsOverview } from '@/features/reservations/components/reservations-overview';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCurrentRegistry } from './registry-layout';

export function Component() {
  const registry = useCurrentRegistry();
  const items = useItems(registry.id);
  const t = useT('dashboard');
  useDocumentTitle(t('dashboard:registry.page-title', { page: t('dashboard:tabs.reservations'), title: registry.title }));
  return (
    <div className="stack">
      <h2>{t('dashboard:tabs.reservations')}</h2>
      {items.isPending ? (
        <LoadingRegion label={t('dashboard:reservations.loading')}>
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
