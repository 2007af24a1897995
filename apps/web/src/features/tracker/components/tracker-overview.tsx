import { useState, type ReactNode } from 'react';
import type { TrackerEntry } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { formatEventDate } from '@/lib/dates';
import { errorMessage } from '@/lib/form-errors';
import { currentLocale, useT } from '@/lib/i18n';
import { useDeleteOfflineGift } from '../api/delete-offline-gift';
import { useTracker, type TrackerFilters as Filters } from '../api/get-tracker';
import { MAX_BULK_THANKED, useMarkThanked } from '../api/mark-thanked';
import { useUpdateTrackerEntry } from '../api/update-tracker-entry';
import { canMarkThanked, giftLine } from '../utils/stages';
import { OfflineGiftDialog } from './offline-gift-dialog';
import { ThankDialog } from './thank-dialog';
import { TrackerDownloads } from './tracker-downloads';
import { TrackerFilters } from './tracker-filters';
import { TrackerProgress } from './tracker-progress';
import { TrackerRow } from './tracker-row';

interface TrackerOverviewProps {
  registryId: string;
  slug: string;
  currency: string;
  /** The registry's reveal date, for the surprise-mode notice. */
  revealDate: string | null;
  categories: string[];
  filters: Filters;
  /** Sets the filters named in `change`, leaving the others as they are. */
  onFiltersChange: (change: Partial<Filters>) => void;
  /** Shown under the list (the marks are what the couple comes for): the charts, which the page loads lazily. */
  charts?: ReactNode;
}

/** Every reservation, pledge and gift given outside the list, from reserved to thanked, with the couple's marks. */
export function TrackerOverview({ registryId, slug, currency, revealDate, categories, filters, onFiltersChange, charts }: TrackerOverviewProps) {
  const t = useT('tracker', 'dashboard');
  const tracker = useTracker(registryId, filters);
  const update = useUpdateTrackerEntry(registryId);
  const bulk = useMarkThanked(registryId);
  const remove = useDeleteOfflineGift(registryId);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [thanking, setThanking] = useState<TrackerEntry | 'selected' | null>(null);
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  if (tracker.isPending) {
    return (
      <LoadingRegion label={t('tracker:loading')}>
        <Skeleton height="6rem" />
      </LoadingRegion>
    );
  }
  if (tracker.isError) return <ErrorState error={tracker.error} onRetry={() => void tracker.refetch()} />;

  const [first] = tracker.data.pages;
  const { counts, etag } = first;
  const entries = tracker.data.pages.flatMap((page) => page.entries);
  const selectable = entries.filter(canMarkThanked);
  // Only rows still shown count: a filter change hides a selection rather than marking gifts the couple cannot see.
  const chosen = selectable.filter((entry) => selected.has(entry.id));
  const allChosen = selectable.length > 0 && chosen.length === selectable.length;
  const filtered = Boolean(filters.stage || filters.category || filters.guest || filters.q);
  const rowError = errorMessage(update.error) ?? errorMessage(remove.error);

  function select(entry: TrackerEntry, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(entry.id);
      else next.delete(entry.id);
      return next;
    });
  }

  // "Dinner plates from Aunt May", or the gift alone when the guest is hidden.
  const giftFrom = (entry: TrackerEntry) => (entry.guest ? t('tracker:gift-from', { gift: giftLine(entry), guest: entry.guest.name }) : giftLine(entry));

  const selectAll = (on: boolean) => setSelected(new Set(on ? selectable.slice(0, MAX_BULK_THANKED).map((entry) => entry.id) : []));

  function thank(note: string) {
    setDone(null);
    if (thanking === 'selected') {
      const entryIds = chosen.slice(0, MAX_BULK_THANKED).map((entry) => entry.id);
      bulk.mutate(
        { entryIds, note },
        {
          onSuccess: ({ entries: marked }) => {
            setSelected(new Set());
            setThanking(null);
            setDone(t('tracker:done.bulk', { count: marked.length }));
          },
        },
      );
    } else if (thanking) {
      const gift = giftLine(thanking);
      update.mutate(
        { entryId: thanking.id, change: { thanked: true, note: note || undefined }, etag },
        {
          onSuccess: () => {
            setThanking(null);
            setDone(t('tracker:done.thanked', { gift }));
          },
        },
      );
    }
  }

  const actions = {
    onReceived: (entry: TrackerEntry, received: boolean) => {
      setDone(null);
      update.mutate(
        { entryId: entry.id, change: { received }, etag },
        {
          onSuccess: () => setDone(received ? t('tracker:done.received', { gift: giftLine(entry) }) : t('tracker:done.unreceived', { gift: giftLine(entry) })),
        },
      );
    },
    onThank: (entry: TrackerEntry) => {
      update.reset();
      setThanking(entry);
    },
    onUnthank: (entry: TrackerEntry) => {
      setDone(null);
      update.mutate(
        { entryId: entry.id, change: { thanked: false }, etag },
        { onSuccess: () => setDone(t('tracker:done.unthanked', { gift: giftLine(entry) })) },
      );
    },
    onRemove: (entry: TrackerEntry) => {
      setDone(null);
      remove.mutate(entry.id, { onSuccess: () => setDone(t('tracker:done.removed', { gift: giftLine(entry) })) });
    },
  };
  // Every mark changes the tracker's version, and the next one must send the new ETag: buttons wait until the list
  // has been read again (the mutations settle after that), instead of a quick second click meeting our own 412.
  const busy = update.isPending || remove.isPending || bulk.isPending;

  return (
    <div className="stack tracker">
      <TrackerProgress counts={counts} />
      {first.surpriseHidden && (
        <Alert tone="info">{revealDate ? t('tracker:surprise-until', { date: formatEventDate(revealDate) }) : t('tracker:surprise')}</Alert>
      )}
      <div className="tracker-toolbar">
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            setDone(null);
            setAdding(true);
          }}
        >
          {t('tracker:add')}
        </button>
        <TrackerDownloads registryId={registryId} slug={slug} />
      </div>
      <TrackerFilters filters={filters} categories={categories} onChange={onFiltersChange} />
      <div className="tracker-status" role="status">
        {done}
      </div>
      {rowError && thanking === null && <Alert>{rowError}</Alert>}
      {entries.length === 0 ? (
        <EmptyState title={filtered ? t('tracker:empty.filtered.title') : t('tracker:empty.title')}>
          <p>{filtered ? t('tracker:empty.filtered.text') : t('tracker:empty.text')}</p>
        </EmptyState>
      ) : (
        <>
          <div className="tracker-bulk" aria-label={t('tracker:bulk.label')} role="group">
            <label className="tracker-select-all">
              <input type="checkbox" checked={allChosen} disabled={selectable.length === 0} onChange={(e) => selectAll(e.target.checked)} />
              {t('tracker:bulk.select-all')}
            </label>
            <span>{chosen.length ? t('tracker:bulk.selected', { count: chosen.length }) : t('tracker:bulk.hint')}</span>
            <button
              type="button"
              className="button button-primary"
              disabled={chosen.length === 0}
              onClick={() => {
                bulk.reset();
                setThanking('selected');
              }}
            >
              {chosen.length ? t('tracker:bulk.mark', { count: chosen.length }) : t('tracker:row.mark-thanked')}
            </button>
          </div>
          <div className="table-scroll">
            <table className="tracker-table">
              {/* Hidden on screen (the page has its heading); the title of the sheet when printed. */}
              <caption className="tracker-caption">{filtered ? t('tracker:caption-filtered') : t('tracker:caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{t('tracker:col.select')}</span>
                  </th>
                  <th scope="col">{t('tracker:col.gift')}</th>
                  <th scope="col">{t('tracker:col.from')}</th>
                  <th scope="col">{t('tracker:col.message')}</th>
                  <th scope="col">{t('tracker:col.stage')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('tracker:col.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <TrackerRow key={entry.id} entry={entry} selected={selected.has(entry.id)} onSelect={select} busy={busy} {...actions} />
                ))}
              </tbody>
            </table>
          </div>
          {tracker.hasNextPage && (
            <button type="button" className="button" disabled={tracker.isFetchingNextPage} onClick={() => void tracker.fetchNextPage()}>
              {tracker.isFetchingNextPage ? t('dashboard:common.loading') : t('dashboard:common.show-more')}
            </button>
          )}
        </>
      )}
      {charts}
      {thanking && (
        <ThankDialog
          title={thanking === 'selected' ? t('tracker:bulk.mark', { count: chosen.length }) : t('tracker:thank.title', { gift: giftLine(thanking) })}
          summary={
            thanking === 'selected'
              ? new Intl.ListFormat(currentLocale(), { type: 'unit', style: 'short' }).format(chosen.map(giftFrom))
              : `${giftFrom(thanking)}.`
          }
          pending={thanking === 'selected' ? bulk.isPending : update.isPending}
          error={thanking === 'selected' ? bulk.error : update.error}
          onSubmit={thank}
          onClose={() => setThanking(null)}
        />
      )}
      {adding && (
        <OfflineGiftDialog
          registryId={registryId}
          currency={currency}
          onClose={() => setAdding(false)}
          onAdded={(gift) => setDone(t('tracker:done.added', { gift }))}
        />
      )}
    </div>
  );
}
