import { useSearchParams } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { useAdminRegistries } from '@/features/admin/api/get-admin-registries';
import { AdminSearch } from '@/features/admin/components/admin-search';
import { LoadMore } from '@/features/admin/components/load-more';
import { RegistryCard } from '@/features/admin/components/registry-card';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /admin/registries?q= — find a registry; change its plan, suspend it with a reason, lift the suspension. */
export function AdminRegistriesPage() {
  useDocumentTitle('Admin · Registries');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const registries = useAdminRegistries(q);
  const list = registries.data?.pages.flatMap((page) => page.registries) ?? [];
  return (
    <div className="stack">
      <h1>Registries</h1>
      <AdminSearch
        key={q}
        label="Find registries"
        hint="Part of the couple's names, the title, the address or an owner's e-mail, or a registry's id."
        initial={q}
        onSearch={(next) => setParams(next ? { q: next } : {}, { replace: true })}
      />
      {registries.isPending ? (
        <LoadingRegion label="Loading registries…">
          <Skeleton height="10rem" />
        </LoadingRegion>
      ) : registries.isError ? (
        <ErrorState title="The registries did not load" error={registries.error} onRetry={() => void registries.refetch()} />
      ) : list.length === 0 ? (
        <p className="muted">No registry matches “{q}”.</p>
      ) : (
        <>
          <ul className="admin-list" aria-label="Registries">
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
