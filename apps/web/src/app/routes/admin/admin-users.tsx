import { useSearchParams } from 'react-router';
import type { User } from '@whispergifts/api-client';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { useAdminUsers } from '@/features/admin/api/get-admin-users';
import { AdminSearch } from '@/features/admin/components/admin-search';
import { LoadMore } from '@/features/admin/components/load-more';
import { UserCard } from '@/features/admin/components/user-card';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /admin/users?q= — find an account and look after it. The search lives in the address, so a link can share it. */
export function AdminUsersPage({ self }: { self: User }) {
  useDocumentTitle('Admin · Users');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const users = useAdminUsers(q);
  const list = users.data?.pages.flatMap((page) => page.users) ?? [];
  return (
    <div className="stack">
      <h1>Users</h1>
      <AdminSearch
        key={q}
        label="Find accounts"
        hint="Part of an e-mail address or a name, or an account's id."
        initial={q}
        onSearch={(next) => setParams(next ? { q: next } : {}, { replace: true })}
      />
      {users.isPending ? (
        <LoadingRegion label="Loading accounts…">
          <Skeleton height="8rem" />
        </LoadingRegion>
      ) : users.isError ? (
        <ErrorState title="The accounts did not load" error={users.error} onRetry={() => void users.refetch()} />
      ) : list.length === 0 ? (
        <p className="muted">No account matches “{q}”.</p>
      ) : (
        <>
          <ul className="admin-list" aria-label="Accounts">
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
