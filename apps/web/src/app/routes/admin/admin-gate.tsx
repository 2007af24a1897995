import { lazy, Suspense } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { paths } from '@/config/paths';
import { useMe } from '@/features/accounts/api/get-me';
import { useAccountLanguage } from '@/features/accounts/hooks/use-account-language';
import { NotAllowed } from '@/features/admin/components/not-allowed';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

// The admin area is its own chunk, requested only once the account is known to be an administrator's: everyone
// else gets the "not allowed" page without downloading a line of it. The API refuses them (403) all the same.
const AdminArea = lazy(() => import('./admin-area'));

function Loading({ label }: { label: string }) {
  return (
    <div className="page">
      <LoadingRegion label={label}>
        <Skeleton height="2rem" width="40%" />
      </LoadingRegion>
    </div>
  );
}

/** /admin/* — administrators only; a visitor is sent to log in first, anyone else is told they may not. */
export function Component() {
  const me = useMe();
  const location = useLocation();
  const t = useT('admin');
  useAccountLanguage(me.data?.language);
  useDocumentTitle(t('admin:nav.label'));
  if (me.isPending) return <Loading label={t('admin:gate.loading-account')} />;
  if (me.isError) {
    return (
      <div className="page">
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      </div>
    );
  }
  if (!me.data) return <Navigate to={paths.login(location.pathname + location.search)} replace />;
  if (me.data.role !== 'admin') return <NotAllowed />;
  return (
    <Suspense fallback={<Loading label={t('admin:gate.loading-area')} />}>
      <AdminArea user={me.data} />
    </Suspense>
  );
}
