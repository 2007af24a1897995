import { Suspense, lazy, startTransition, useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiProblem, type GiftListItem } from '@whispergifts/api-client';
import { ErrorState } from '@/components/error-state';
import { paths } from '@/config/paths';
import { useGiftList } from '@/features/gift-list/api/get-gift-list';
import { useGiftListEvents } from '@/features/gift-list/api/gift-list-events';
import { GiftFilters } from '@/features/gift-list/components/gift-filters';
import { GiftGrid } from '@/features/gift-list/components/gift-grid';
import { GiftListHeader } from '@/features/gift-list/components/gift-list-header';
import { GiftListSkeleton } from '@/features/gift-list/components/gift-list-skeleton';
import { SuspendedNotice } from '@/features/gift-list/components/suspended-notice';
import { UnlockForm } from '@/features/gift-list/components/unlock-form';
import { prepareFirstRender } from '@/features/gift-list/utils/prepare-first-render';
import { browseItems, browseOptionsFrom, browseParams, categoriesOf, defaultBrowseOptions, type BrowseOptions } from '@/features/gift-list/utils/browse';
import { FindMyGiftsForm } from '@/features/guests/components/find-my-gifts-form';
import { Trans } from '@lingui/react';
import { followRegistryLanguage, useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { whenIdle } from '@/lib/when-idle';
import { usePageTheme } from '@/lib/use-page-theme';

/**
 * An address that names no list: most often a typo in a typed link, or a list the couple renamed or took down. Says
 * what to check and offers the search, filled in with the address's words ("ana-and-ben" → "ana and ben").
 */
function GiftListNotFound({ slug }: { slug: string }) {
  const t = useT('guest');
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return (
    <section className="state-panel">
      <h1>{t('guest:not-found.heading')}</h1>
      <p>
        <Trans id="guest:not-found.address" values={{ slug }} components={{ 0: <strong className="not-found-address" /> }} />
      </p>
      <p>{t('guest:not-found.search-hint')}</p>
      <Link className="button button-primary" to={paths.findCouple(words || undefined)}>
        {t('guest:not-found.search')}
      </Link>
    </section>
  );
}

// The dialogs are a guest's second step: their code (forms, money input, confirmations) comes once the list is shown
// and the page is idle, so the list's own code is all a phone runs before the gifts show, and a tap finds it there.
const loadReserveDialog = () => import('@/features/reservations/components/reserve-dialog');
const loadChipInDialog = () => import('@/features/pledges/components/chip-in-dialog');
const ReserveDialog = lazy(() => loadReserveDialog().then((module) => ({ default: module.ReserveDialog })));
const ChipInDialog = lazy(() => loadChipInDialog().then((module) => ({ default: module.ChipInDialog })));

/** /r/:slug — what guests open from the invitation: the couple's list, and a dialog to reserve a gift or chip in for one. */
export function Component() {
  const t = useT('guest');
  const { slug = '' } = useParams();
  const giftList = useGiftList(slug);
  // Reservations, pledges and edits by others show up while the list is open.
  useGiftListEvents(slug);
  const [searchParams, setSearchParams] = useSearchParams();
  const [reservingId, setReservingId] = useState<string | null>(null);
  // The couple's names, as the page's server-sent <title> has them (link-previews/page-meta.ts): a guest with ten
  // tabs open finds "Ana & Ben" among them.
  useDocumentTitle(giftList.isError ? t('guest:page.title-not-found') : (giftList.data?.registry.coupleNames ?? t('guest:page.title')));
  usePageTheme(giftList.data?.registry.theme);
  // The couple's language, unless this guest picked their own.
  const registryLanguage = giftList.data?.registry.language;
  useEffect(() => {
    if (registryLanguage) void followRegistryLanguage(registryLanguage);
  }, [registryLanguage]);

  // The list arrives through a store React renders synchronously (TanStack Query): the first render of the whole page
  // would be one long task on a slow phone. It is a transition instead, rendered in slices between frames while the
  // first paint stays on screen, once the formatters it needs are built; from then on the page follows the list
  // directly (optimistic updates show at once).
  const [listShown, setListShown] = useState(false);
  const currency = giftList.data?.registry.currency;
  useEffect(() => {
    if (!currency || listShown) return;
    return prepareFirstRender(currency, () => startTransition(() => setListShown(true)));
  }, [currency, listShown]);

  useEffect(() => {
    if (listShown) return whenIdle(() => void Promise.all([loadReserveDialog(), loadChipInDialog()]));
  }, [listShown]);

  if (giftList.isPending || (giftList.isSuccess && !listShown)) {
    return (
      <div className="page guest-page">
        <GiftListSkeleton />
      </div>
    );
  }
  if (giftList.isError) {
    const error = giftList.error;
    return (
      <div className="page guest-page">
        {isApiProblem(error, 'registry-locked') ? (
          <UnlockForm slug={slug} />
        ) : isApiProblem(error, 'not-found') ? (
          <GiftListNotFound slug={slug} />
        ) : (
          <ErrorState title={t('guest:page.load-failed')} error={error} onRetry={() => void giftList.refetch()} />
        )}
      </div>
    );
  }

  const { registry, items, suspension } = giftList.data;
  if (suspension) {
    return (
      <div className="page guest-page" data-theme={registry.theme}>
        <GiftListHeader registry={registry} />
        <SuspendedNotice suspension={suspension} />
      </div>
    );
  }
  const browse = browseOptionsFrom(searchParams);
  const shown = browseItems(items, browse);
  const setBrowse = (next: BrowseOptions) => setSearchParams(browseParams(next), { replace: true, preventScrollReset: true });
  // The dialog follows the item in the cache, so it shows the fresh state after a 409 or a refetch.
  const reserving = items.find((item) => item.id === reservingId);

  return (
    <div className="page guest-page" data-theme={registry.theme}>
      <GiftListHeader registry={registry} />
      {items.length > 0 && (
        <GiftFilters categories={categoriesOf(items)} value={browse} onChange={setBrowse} shownCount={shown.length} totalCount={items.length} />
      )}
      <GiftGrid
        items={shown}
        totalCount={items.length}
        currency={registry.currency}
        onReserve={(item: GiftListItem) => setReservingId(item.id)}
        onClearFilters={() => setBrowse(defaultBrowseOptions)}
      />
      <FindMyGiftsForm slug={slug} />
      {reserving && (
        <Suspense>
          {reserving.kind === 'gift' ? (
            <ReserveDialog key={reserving.id} slug={slug} currency={registry.currency} item={reserving} onClose={() => setReservingId(null)} />
          ) : (
            <ChipInDialog key={reserving.id} slug={slug} registry={registry} item={reserving} onClose={() => setReservingId(null)} />
          )}
        </Suspense>
      )}
    </div>
  );
}
