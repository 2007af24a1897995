/** "Show more" under a paged admin list. */
export function LoadMore({ hasMore, loading, onMore }: { hasMore: boolean; loading: boolean; onMore: () => void }) {
  if (!hasMore) return null;
  return (
    <button type="button" className="button" disabled={loading} onClick={onMore}>
      {loading ? 'Loading…' : 'Show more'}
    </button>
  );
}
