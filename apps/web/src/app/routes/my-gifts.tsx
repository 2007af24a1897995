import { useState } from 'react';
import { useParams } from 'react-router';
import { isApiProblem } from '@whispergifts/api-client';
import { ErrorState } from '@/components/error-state';
import { GiftListSkeleton } from '@/features/gift-list/components/gift-list-skeleton';
import { useGuestPage } from '@/features/guests/api/get-guest-page';
import { MyGifts } from '@/features/guests/components/my-gifts';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { usePageTheme } from '@/lib/use-page-theme';

/** /my-gifts/:token — the guest's own page, from the link in their confirmation or "find my gifts" e-mail. */
export function Component() {
  const { token = '' } = useParams();
  const t = useT('guest', 'guest-pages');
  const [forgotten, setForgotten] = useState(false);
  // Once forgotten, the page is not asked for again (it would only say so with a 404).
  const page = useGuestPage(token, !forgotten);
  useDocumentTitle(page.data ? t('guest-pages:my-gifts.heading', { couple: page.data.registry.coupleNames }) : t('guest-pages:my-gifts.page-title'));
  usePageTheme(page.data?.registry.theme);

  if (forgotten) {
    return (
      <div className="page">
        <section className="state-panel" role="status">
          <h1>{t('guest-pages:my-gifts.forgotten.title')}</h1>
          <p>{t('guest-pages:my-gifts.forgotten.text')}</p>
        </section>
      </div>
    );
  }
  if (page.isPending) {
    return (
      <div className="page guest-page">
        <GiftListSkeleton />
      </div>
    );
  }
  if (page.isError) {
    return (
      <div className="page">
        {isApiProblem(page.error, 'not-found') ? (
          <section className="state-panel" role="alert">
            <h1>{t('guest-pages:my-gifts.expired.title')}</h1>
            <p>{page.error.detail}</p>
            <p>{t('guest-pages:my-gifts.expired.text', { find: t('guest:find-mine.open') })}</p>
          </section>
        ) : (
          <ErrorState title={t('guest-pages:my-gifts.load-failed')} error={page.error} onRetry={() => void page.refetch()} />
        )}
      </div>
    );
  }
  return (
    <div className="page guest-page" data-theme={page.data.registry.theme}>
      <MyGifts token={token} page={page.data} onForgotten={() => setForgotten(true)} />
    </div>
  );
}
