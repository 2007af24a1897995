import { useState } from 'react';
import type { Item, OwnerReservation } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { formatDateTime, formatEventDate, formatTime } from '@/lib/dates';
import { downloadBlob } from '@/lib/download';
import { useRegistryReservations } from '../api/get-registry-reservations';
import { getThankYouList } from '../api/get-thank-you-list';
import { ReleaseReservationDialog } from './release-reservation-dialog';

/** How far the list is: gifts fully reserved, and units reserved of those with a quantity. */
function ProgressSummary({ items }: { items: Item[] }) {
  const shown = items.filter((item) => !item.archived);
  const limited = shown.filter((item) => item.quantity !== null);
  const complete = limited.filter((item) => item.remaining === 0).length;
  const wanted = limited.reduce((sum, item) => sum + (item.quantity ?? 0), 0);
  const reserved = shown.reduce((sum, item) => sum + item.reserved, 0);
  return (
    <section className="progress-summary" aria-labelledby="progress-title">
      <h2 id="progress-title">Progress</h2>
      <p>
        {complete} of {limited.length} gifts fully reserved · {reserved} reserved in all{wanted ? ` (${wanted} wanted, not counting unlimited gifts)` : ''}
      </p>
      {limited.length > 0 && <progress max={limited.length} value={complete} aria-label="Gifts fully reserved" />}
    </section>
  );
}

/** Counts per gift, for surprise mode: how many, never who. */
function CountsTable({ items }: { items: Item[] }) {
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Gift</th>
            <th scope="col">Reserved</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">{item.name}</th>
              <td>{item.quantity === null ? item.reserved : `${item.reserved} of ${item.quantity}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What a reservation's status means to the couple; held ones say until when the guest may confirm. */
function StatusText({ reservation }: { reservation: OwnerReservation }) {
  switch (reservation.status) {
    case 'held':
      return (
        <>
          <span className="badge badge-muted">Awaiting confirmation</span> by the guest
          {reservation.heldUntil ? `, until ${formatTime(reservation.heldUntil)}` : ''}
        </>
      );
    case 'lapsed':
      return <>Lapsed: not confirmed in time</>;
    case 'cancelled':
      return <>Cancelled {reservation.cancelledAt ? formatDateTime(reservation.cancelledAt) : ''}</>;
    default:
      return <>Reserved</>;
  }
}

const holdsUnits = (r: OwnerReservation) => r.status === 'active' || r.status === 'held';

/** A gift's line: "2 × Toaster". */
const giftLine = (r: OwnerReservation) => `${r.quantity > 1 ? `${r.quantity} × ` : ''}${r.itemName}`;

export function ReservationsOverview({ registryId, items, slug }: { registryId: string; items: Item[]; slug: string }) {
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
      <LoadingRegion label="Loading reservations…">
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
      <button type="button" className="button button-small" onClick={() => setReleasing(r)} aria-label={`Release ${giftLine(r)}`}>
        Release
      </button>
    );

  return (
    <div className="stack">
      <ProgressSummary items={items} />
      {hidden && (
        <>
          <Alert tone="info">
            Surprise mode is on: you see how many of each gift are reserved, not by whom
            {first.revealDate ? `, until ${formatEventDate(first.revealDate)}` : ''}.
          </Alert>
          <CountsTable items={items.filter((item) => item.reserved > 0)} />
        </>
      )}
      {all.length === 0 ? (
        !hidden && (
          <EmptyState title="No reservations yet">
            <p>Share your list, and reservations will show up here.</p>
          </EmptyState>
        )
      ) : (
        <>
          {!hidden && (
            <div className="button-row">
              <button type="button" className="button" onClick={() => void exportCsv()}>
                Download for thank-you notes (CSV)
              </button>
            </div>
          )}
          {exportError && <Alert>The download did not work. Please try again.</Alert>}
          <div className="table-scroll">
            <table className="reservations-table">
              <caption className={hidden ? undefined : 'visually-hidden'}>
                {hidden ? 'Each reservation, newest first (guests hidden)' : 'Who reserved what, newest first'}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Gift</th>
                  {!hidden && <th scope="col">Guest</th>}
                  {!hidden && <th scope="col">Message</th>}
                  <th scope="col">Status</th>
                  <th scope="col">When</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
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
              {reservations.isFetchingNextPage ? 'Loading…' : 'Show more'}
            </button>
          )}
        </>
      )}
      {releasing && <ReleaseReservationDialog registryId={registryId} reservation={releasing} gift={giftLine(releasing)} onClose={() => setReleasing(null)} />}
    </div>
  );
}
