import { useState } from 'react';
import { Trans } from '@lingui/react';
import type { Item, OwnerReservation } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { formatDateTime, formatEventDate, formatTime } from '@/lib/dates';
import { downloadBlob } from '@/lib/download';
import { useT } from '@/lib/i18n';
import { useRegistryReservations } from '../api/get-registry-reservations';
import { getThankYouList } from '../api/get-thank-you-list';
import { ReleaseReservationDialog } from './release-reservation-dialog';

/** How far the list is: gifts fully reserved, and units reserved of those with a quantity. */
function ProgressSummary({ items }: { items: Item[] }) {
  const t = useT('pledges');
  const shown = items.filter((item) => !item.archived);
  const limited = shown.filter((item) => item.quantity !== null);
  const complete = limited.filter((item) => item.remaining === 0).length;
  const wanted = limited.reduce((sum, item) => sum + (item.quantity ?? 0), 0);
  const reserved = shown.reduce((sum, item) => sum + item.reserved, 0);
  return (
    <section className="progress-summary" aria-labelledby="progress-title">
      <h2 id="progress-title">{t('pledges:reservations.progress.title')}</h2>
      <p>
        {wanted
          ? t('pledges:reservations.progress-wanted', { complete, total: limited.length, reserved, wanted })
          : t('pledges:reservations.progress', { complete, total: limited.length, reserved })}
      </p>
      {limited.length > 0 && <progress max={limited.length} value={complete} aria-label={t('pledges:reservations.progress.bar')} />}
    </section>
  );
}

/** Counts per gift, for surprise mode: how many, never who. */
function CountsTable({ items }: { items: Item[] }) {
  const t = useT('pledges');
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('pledges:col.gift')}</th>
            <th scope="col">{t('pledges:col.reserved')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">{item.name}</th>
              <td>{item.quantity === null ? item.reserved : t('pledges:reservations.count-of', { reserved: item.reserved, quantity: item.quantity })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What a reservation's status means to the couple; held ones say until when the guest may confirm. */
function StatusText({ reservation }: { reservation: OwnerReservation }) {
  const t = useT('pledges');
  switch (reservation.status) {
    case 'held':
      return reservation.heldUntil ? (
        <Trans
          id="pledges:reservations.status.held-until"
          values={{ time: formatTime(reservation.heldUntil) }}
          components={{ 0: <span className="badge badge-muted" /> }}
        />
      ) : (
        <Trans id="pledges:reservations.status.held" components={{ 0: <span className="badge badge-muted" /> }} />
      );
    case 'lapsed':
      return <>{t('pledges:reservations.status.lapsed')}</>;
    case 'cancelled':
      return (
        <>
          {reservation.cancelledAt
            ? t('pledges:reservations.status.cancelled-at', { date: formatDateTime(reservation.cancelledAt) })
            : t('pledges:reservations.status.cancelled')}
        </>
      );
    default:
      return <>{t('pledges:reservations.status.active')}</>;
  }
}

const holdsUnits = (r: OwnerReservation) => r.status === 'active' || r.status === 'held';

/** A gift's line: "2 × Toaster". */
const giftLine = (r: OwnerReservation) => `${r.quantity > 1 ? `${r.quantity} × ` : ''}${r.itemName}`;

export function ReservationsOverview({ registryId, items, slug }: { registryId: string; items: Item[]; slug: string }) {
  const t = useT('pledges', 'dashboard');
  const reservations = useRegistryReservations(registryId);
  const [exportError, setExportError] = useState(false);
  const [releasing, setReleasing] = useState<OwnerReservation | null>(null);

  async function exportCsv() {
    setExportError(false);
    try {
      downloadBlob(`${slug}-gifts.csv`, await getThankYouList(registryId));
    } catch {
      setExportError(true);
    }
  }

  if (reservations.isPending) {
    return (
      <LoadingRegion label={t('dashboard:reservations.loading')}>
        <Skeleton height="6rem" />
      </LoadingRegion>
    );
  }
  if (reservations.isError) return <ErrorState error={reservations.error} onRetry={() => void reservations.refetch()} />;

  const [first] = reservations.data.pages;
  const all = reservations.data.pages.flatMap((page) => page.reservations);
  const hidden = first.surpriseHidden;
  const releaseButton = (r: OwnerReservation) =>
    holdsUnits(r) && (
      <button
        type="button"
        className="button button-small"
        onClick={() => setReleasing(r)}
        aria-label={t('pledges:reservations.release-label', { gift: giftLine(r) })}
      >
        {t('pledges:reservations.release')}
      </button>
    );

  return (
    <div className="stack">
      <ProgressSummary items={items} />
      {hidden && (
        <>
          <Alert tone="info">
            {first.revealDate ? t('pledges:reservations.surprise-until', { date: formatEventDate(first.revealDate) }) : t('pledges:reservations.surprise')}
          </Alert>
          <CountsTable items={items.filter((item) => item.reserved > 0)} />
        </>
      )}
      {all.length === 0 ? (
        !hidden && (
          <EmptyState title={t('pledges:reservations.empty.title')}>
            <p>{t('pledges:reservations.empty.text')}</p>
          </EmptyState>
        )
      ) : (
        <>
          {!hidden && (
            <div className="button-row">
              <button type="button" className="button" onClick={() => void exportCsv()}>
                {t('pledges:reservations.download')}
              </button>
            </div>
          )}
          {exportError && <Alert>{t('pledges:reservations.download-failed')}</Alert>}
          <div className="table-scroll">
            <table className="reservations-table">
              <caption className={hidden ? undefined : 'visually-hidden'}>
                {hidden ? t('pledges:reservations.caption-hidden') : t('pledges:reservations.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('pledges:col.gift')}</th>
                  {!hidden && <th scope="col">{t('pledges:col.guest')}</th>}
                  {!hidden && <th scope="col">{t('pledges:col.message')}</th>}
                  <th scope="col">{t('pledges:col.status')}</th>
                  <th scope="col">{t('pledges:col.when')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('pledges:col.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {all.map((r) => (
                  <tr key={r.id} className={holdsUnits(r) ? undefined : 'row-muted'}>
                    <th scope="row">{giftLine(r)}</th>
                    {!hidden && (
                      <td>
                        {r.guest?.name}
                        <br />
                        <a href={`mailto:${r.guest?.email}`}>{r.guest?.email}</a>
                      </td>
                    )}
                    {!hidden && <td>{r.guest?.message}</td>}
                    <td>
                      <StatusText reservation={r} />
                    </td>
                    <td>{formatDateTime(r.createdAt)}</td>
                    <td>{releaseButton(r)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {reservations.hasNextPage && (
            <button type="button" className="button" disabled={reservations.isFetchingNextPage} onClick={() => void reservations.fetchNextPage()}>
              {reservations.isFetchingNextPage ? t('dashboard:common.loading') : t('dashboard:common.show-more')}
            </button>
          )}
        </>
      )}
      {releasing && <ReleaseReservationDialog registryId={registryId} reservation={releasing} gift={giftLine(releasing)} onClose={() => setReleasing(null)} />}
    </div>
  );
}
