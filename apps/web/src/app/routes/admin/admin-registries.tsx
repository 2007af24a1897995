import { useSearchParams } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { useAdminRegistries } from '@/features/admin/api/get-admin-registries';
import { AdminSearch } from '@/features/admin/components/admin-search';
import { LoadMore } from '@/features/admin/components/load-more';
import { RegistryCard } from '@/features/admin/components/registry-card';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /admin/registries?q= — find a registry; change its plan, suspend it with a reason, lift the suspension. */
export function AdminRegistriesPage() {
  const t = useT('admin');
  useDocumentTitle(t('admin:title', { page: t('admin:nav.registries') }));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const registries = useAdminRegistries(q);
  const list = registries.data?.pages.flatMap((page) => page.registries) ?? [];
  return (
    <div className="stack">
      <h1>{t('admin:nav.registries')}</h1>
      <AdminSearch
        key={q}
        label={t('admin:registries.search')}
        hint={t('admin:registries.search-hint')}
        initial={q}
        onSearch={(next) => setParams(next ? { q: next } : {}, { replace: true })}
      />
      {registries.isPending ? (
        <LoadingRegion label={t('admin:registries.loading')}>
          <Skeleton height="10rem" />
        </LoadingRegion>
      ) : registries.isError ? (
        <ErrorState title={t('admin:registries.load-failed')} error={registries.error} onRetry={() => void registries.refetch()} />
      ) : list.length === 0 ? (
        <p className="muted">{t('admin:registries.none', { q })}</p>
      ) : (
        <>
          <ul className="admin-list" aria-label={t('admin:nav.registries')}>
            {list.map((registry) => (
              <RegistryCard key={registry.id} registry={registry} />
            ))}
          </ul>
          <LoadMore hasMore={registries.hasNextPage} loading={registries.isFetchingNextPage} onMore={() => void registries.fetchNextPage()} />
        </>
      )}
    </div>
  );
}
