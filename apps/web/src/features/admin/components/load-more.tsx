import { useT } from '@/lib/i18n';

/** "Show more" under a paged admin list. */
export function LoadMore({ hasMore, loading, onMore }: { hasMore: boolean; loading: boolean; onMore: () => void }) {
  const t = useT('admin');
  if (!hasMore) return null;
  return (
    <button type="button" className="button" disabled={loading} onClick={onMore}>
      {loading ? t('admin:loading') : t('admin:show-more')}
    </button>
  );
}
