import { useState } from 'react';
import type { Item, OwnerPledge } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { MoneyProgress } from '@/components/money-progress';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { formatDateTime, formatEventDate } from '@/lib/dates';
import { formatMoney } from '@/lib/money';
import { useRegistryPledges } from '../api/get-registry-pledges';
import { MarkReceivedDialog } from './mark-received-dialog';

interface PledgesOverviewProps {
  registryId: string;
  currency: string;
  items: Item[];
}

function StatusText({ pledge, currency }: { pledge: OwnerPledge; currency: string }) {
  if (pledge.status === 'received') {
    return (
      <>
        <span className="badge">Received</span>{' '}
        {pledge.receivedAmount !== null && pledge.receivedAmount !== pledge.amount ? formatMoney(pledge.receivedAmount, currency) : ''}
      </>
    );
  }
  if (pledge.status === 'cancelled') return <>Undone by the guest</>;
  return <span className="badge badge-muted">Awaiting the transfer</span>;
}

/** The couple's money gifts: how far each fund and group gift is, what arrived, and who gave (unless surprise mode hides it). */
export function PledgesOverview({ registryId, currency, items }: PledgesOverviewProps) {
  const pledges = useRegistryPledges(registryId);
  const [marking, setMarking] = useState<OwnerPledge | null>(null);
  const money = items.filter((item) => item.kind !== 'gift' && !item.archived);

  if (pledges.isPending) {
    return (
      <LoadingRegion label="Loading pledges…">
        <Skeleton height="6rem" />
      </LoadingRegion>
    );
  }
  if (pledges.isError) return <ErrorState error={pledges.error} onRetry={() => void pledges.refetch()} />;

  const [first] = pledges.data.pages;
  const { totals } = first;
  const all = pledges.data.pages.flatMap((page) => page.pledges);
  const hidden = first.surpriseHidden;
  const totalsOf = (itemId: string) => totals.items.find((row) => row.itemId === itemId);

  if (money.length === 0 && all.length === 0) {
    return (
      <EmptyState title="No money gifts yet">
        <p>Add a fund (a honeymoon, a new sofa) or a group gift several guests can chip in for, and pledges show up here.</p>
      </EmptyState>
    );
  }

  return (
    <div className="stack">
      <section className="progress-summary" aria-labelledby="pledge-totals-title">
        <h2 id="pledge-totals-title">In all</h2>
        <p>
          <strong>{formatMoney(totals.pledgedAmount, currency)}</strong> pledged by {totals.count} {totals.count === 1 ? 'guest' : 'guests'} ·{' '}
          <strong>{formatMoney(totals.receivedAmount, currency)}</strong> received
        </p>
      </section>
      {money.length > 0 && (
        <div className="table-scroll">
          <table className="pledge-totals-table">
            <caption className="visually-hidden">Each fund and group gift</caption>
            <thead>
              <tr>
                <th scope="col">Gift</th>
                <th scope="col">Progress</th>
                <th scope="col">Received</th>
              </tr>
            </thead>
            <tbody>
              {money.map((item) => (
                <tr key={item.id}>
                  <th scope="row">{item.name}</th>
                  <td>
                    <MoneyProgress pledged={item.pledgedAmount} target={item.targetAmount} givers={item.pledgeCount} currency={currency} name={item.name} />
                  </td>
                  <td>{formatMoney(totalsOf(item.id)?.receivedAmount ?? 0, currency)} received</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hidden && (
        <Alert tone="info">
          Surprise mode is on: you see each pledge’s gift and amount, not who gave it{first.revealDate ? `, until ${formatEventDate(first.revealDate)}` : ''}.
        </Alert>
      )}
      {all.length === 0 ? (
        <EmptyState title="No pledges yet">
          <p>Share your list: when guests chip in, each pledge shows up here with its payment reference.</p>
        </EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="pledges-table">
            <caption className="visually-hidden">{hidden ? 'Each pledge, newest first (guests hidden)' : 'Who pledged what, newest first'}</caption>
            <thead>
              <tr>
                <th scope="col">Gift</th>
                {!hidden && <th scope="col">Guest</th>}
                <th scope="col">Amount</th>
                <th scope="col">Reference</th>
                <th scope="col">Status</th>
                <th scope="col">When</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {all.map((pledge) => (
                <tr key={pledge.id} className={pledge.status === 'cancelled' ? 'row-muted' : undefined}>
                  <th scope="row">{pledge.itemName}</th>
                  {!hidden && (
                    <td>
                      {pledge.guest?.name}
                      <br />
                      <a href={`mailto:${pledge.guest?.email}`}>{pledge.guest?.email}</a>
                      {pledge.guest?.message && <p className="pledge-message">{pledge.guest.message}</p>}
                    </td>
                  )}
                  <td>{formatMoney(pledge.amount, currency)}</td>
                  <td>
                    <code>{pledge.reference}</code>
                  </td>
                  <td>
                    <StatusText pledge={pledge} currency={currency} />
                  </td>
                  <td>{formatDateTime(pledge.createdAt)}</td>
                  <td>
                    {pledge.status === 'pledged' && (
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => setMarking(pledge)}
                        aria-label={`Mark ${formatMoney(pledge.amount, currency)} for ${pledge.itemName} received`}
                      >
                        Mark received
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pledges.hasNextPage && (
        <button type="button" className="button" disabled={pledges.isFetchingNextPage} onClick={() => void pledges.fetchNextPage()}>
          {pledges.isFetchingNextPage ? 'Loading…' : 'Show more'}
        </button>
      )}
      {marking && <MarkReceivedDialog registryId={registryId} currency={currency} pledge={marking} etag={first.etag} onClose={() => setMarking(null)} />}
    </div>
  );
}
