import { useSearchParams } from 'react-router';
import type { User } from '@whispergifts/api-client';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { useAdminUsers } from '@/features/admin/api/get-admin-users';
import { AdminSearch } from '@/features/admin/components/admin-search';
import { LoadMore } from '@/features/admin/components/load-more';
import { UserCard } from '@/features/admin/components/user-card';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /admin/users?q= — find an account and look after it. The search lives in the address, so a link can share it. */
export function AdminUsersPage({ self }: { self: User }) {
  const t = useT('admin');
  useDocumentTitle(t('admin:title', { page: t('admin:nav.users') }));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const users = useAdminUsers(q);
  const list = users.data?.pages.flatMap((page) => page.users) ?? [];
  return (
    <div className="stack">
      <h1>{t('admin:nav.users')}</h1>
      <AdminSearch
        key={q}
        label={t('admin:users.search')}
        hint={t('admin:users.search-hint')}
        initial={q}
        onSearch={(next) => setParams(next ? { q: next } : {}, { replace: true })}
      />
      {users.isPending ? (
        <LoadingRegion label={t('admin:users.loading')}>
          <Skeleton height="8rem" />
        </LoadingRegion>
      ) : users.isError ? (
        <ErrorState title={t('admin:users.load-failed')} error={users.error} onRetry={() => void users.refetch()} />
      ) : list.length === 0 ? (
        <p className="muted">{t('admin:users.none', { q })}</p>
      ) : (
        <>
          <ul className="admin-list" aria-label={t('admin:users.list-label')}>
            {list.map((user) => (
              <UserCard key={user.id} user={user} self={user.id === self.id} />
            ))}
          </ul>
          <LoadMore hasMore={users.hasNextPage} loading={users.isFetchingNextPage} onMore={() => void users.fetchNextPage()} />
        </>
      )}
    </div>
  );
}
