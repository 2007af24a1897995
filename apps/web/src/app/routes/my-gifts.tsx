import { useState } from 'react';
import { useParams } from 'react-router';
import { isApiProblem } from '@whispergifts/api-client';
import { ErrorState } from '@/components/error-state';
import { GiftListSkeleton } from '@/features/gift-list/components/gift-list-skeleton';
import { useGuestPage } from '@/features/guests/api/get-guest-page';
import { MyGifts } from '@/features/guests/components/my-gifts';
import { useDocumentTitle } from '@/lib/use-document-title';
import { usePageTheme } from '@/lib/use-page-theme';

/** /my-gifts/:token — the guest's own page, from the link in their confirmation or "find my gifts" e-mail. */
export function Component() {
  const { token = '' } = useParams();
  const [forgotten, setForgotten] = useState(false);
  // Once forgotten, the page is not asked for again (it would only say so with a 404).
  const page = useGuestPage(token, !forgotten);
  useDocumentTitle(page.data ? `My gifts for ${page.data.registry.coupleNames}` : 'My gifts');
  usePageTheme(page.data?.registry.theme);

  if (forgotten) {
    return (
      <div className="page">
        <section className="state-panel" role="status">
          <h1>We have forgotten you</h1>
          <p>Your name, e-mail, address and messages are erased from this list. Your gifts stay counted, anonymously. Thank you!</p>
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
            <h1>This link no longer works</h1>
            <p>{page.error.detail}</p>
            <p>Links to your gifts expire after a while. On the couple's gift list, choose “Find my gifts” to get a new one by e-mail.</p>
          </section>
        ) : (
          <ErrorState title="Your gifts did not load" error={page.error} onRetry={() => void page.refetch()} />
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
