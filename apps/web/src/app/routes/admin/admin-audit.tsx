import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { paths } from '@/config/paths';
import { useAdminAudit } from '@/features/admin/api/get-admin-audit';
import { AuditLog } from '@/features/admin/components/audit-log';
import { LoadMore } from '@/features/admin/components/load-more';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** /admin/audit?target= — every admin action, or one account's or registry's history. */
export function AdminAuditPage() {
  const t = useT('admin');
  useDocumentTitle(t('admin:title', { page: t('admin:nav.audit') }));
  const [params] = useSearchParams();
  const target = params.get('target') ?? '';
  const targetId = UUID.test(target) ? target : '';
  const audit = useAdminAudit(targetId);
  const entries = audit.data?.pages.flatMap((page) => page.entries) ?? [];
  return (
    <div className="stack">
      <h1>{t('admin:nav.audit')}</h1>
      {targetId && (
        <p>
          {t('admin:audit.history-of', { id: targetId })} <Link to={paths.adminAudit()}>{t('admin:audit.show-all')}</Link>
        </p>
      )}
      {audit.isPending ? (
        <LoadingRegion label={t('admin:audit.loading')}>
          <Skeleton height="10rem" />
        </LoadingRegion>
      ) : audit.isError ? (
        <ErrorState title={t('admin:audit.load-failed')} error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <>
          <AuditLog entries={entries} />
          <LoadMore hasMore={audit.hasNextPage} loading={audit.isFetchingNextPage} onMore={() => void audit.fetchNextPage()} />
        </>
      )}
    </div>
  );
}
