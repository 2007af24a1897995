import { useT } from '@/lib/i18n';
import { LoadingRegion, Skeleton } from '@/components/skeleton';

export function GiftListSkeleton() {
  const t = useT('guest');
  return (
    <LoadingRegion label={t('guest:page.loading')}>
      <div className="gift-list-header">
        <Skeleton width="40%" />
        <Skeleton width="70%" height="2.2em" />
        <Skeleton width="30%" />
      </div>
      <ul className="gift-grid">
        {[0, 1, 2, 3].map((key) => (
          <li key={key} className="gift-card">
            <div className="gift-card-image">
              <Skeleton height="100%" />
            </div>
            <div className="gift-card-body">
              <Skeleton width="80%" height="1.3em" />
              <Skeleton width="50%" />
              <Skeleton width="40%" />
            </div>
          </li>
        ))}
      </ul>
    </LoadingRegion>
  );
}
