import { useState } from 'react';
import { Trans } from '@lingui/react';
import type { Item, OwnerPledge } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { MoneyProgress } from '@/components/money-progress';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { formatDateTime, formatEventDate } from '@/lib/dates';
import { useT } from '@/lib/i18n';
import { formatMoney } from '@/lib/money';
import { useRegistryPledges } from '../api/get-registry-pledges';
import { MarkReceivedDialog } from './mark-received-dialog';

interface PledgesOverviewProps {
  registryId: string;
  currency: string;
  items: Item[];
}

function StatusText({ pledge, currency }: { pledge: OwnerPledge; currency: string }) {
  const t = useT('pledges');
  if (pledge.status === 'received') {
    return (
      <>
        <span className="badge">{t('pledges:overview.received-badge')}</span>{' '}
        {pledge.receivedAmount !== null && pledge.receivedAmount !== pledge.amount ? formatMoney(pledge.receivedAmount, currency) : ''}
      </>
    );
  }
  if (pledge.status === 'cancelled') return <>{t('pledges:overview.status.cancelled')}</>;
  return <span className="badge badge-muted">{t('pledges:overview.status.pledged')}</span>;
}

/** The couple's money gifts: how far each fund and group gift is, what arrived, and who gave (unless surprise mode hides it). */
export function PledgesOverview({ registryId, currency, items }: PledgesOverviewProps) {
  const t = useT('pledges', 'dashboard');
  const pledges = useRegistryPledges(registryId);
  const [marking, setMarking] = useState<OwnerPledge | null>(null);
  const money = items.filter((item) => item.kind !== 'gift' && !item.archived);

  if (pledges.isPending) {
    return (
      <LoadingRegion label={t('dashboard:pledges.loading')}>
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
      <EmptyState title={t('pledges:overview.empty.title')}>
        <p>{t('pledges:overview.empty.text')}</p>
      </EmptyState>
    );
  }

  return (
    <div className="stack">
      <section className="progress-summary" aria-labelledby="pledge-totals-title">
        <h2 id="pledge-totals-title">{t('pledges:overview.totals.title')}</h2>
        <p>
          <Trans
            id="pledges:overview.totals"
            values={{ pledged: formatMoney(totals.pledgedAmount, currency), count: totals.count, received: formatMoney(totals.receivedAmount, currency) }}
            components={{ 0: <strong />, 1: <strong /> }}
          />
        </p>
      </section>
      {money.length > 0 && (
        <div className="table-scroll">
          <table className="pledge-totals-table">
            <caption className="visually-hidden">{t('pledges:overview.table-caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pledges:col.gift')}</th>
                <th scope="col">{t('pledges:col.progress')}</th>
                <th scope="col">{t('pledges:col.received')}</th>
              </tr>
            </thead>
            <tbody>
              {money.map((item) => (
                <tr key={item.id}>
                  <th scope="row">{item.name}</th>
                  <td>
                    <MoneyProgress pledged={item.pledgedAmount} target={item.targetAmount} givers={item.pledgeCount} currency={currency} name={item.name} />
                  </td>
                  <td>{t('pledges:overview.received-amount', { amount: formatMoney(totalsOf(item.id)?.receivedAmount ?? 0, currency) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hidden && (
        <Alert tone="info">
          {first.revealDate ? t('pledges:overview.surprise-until', { date: formatEventDate(first.revealDate) }) : t('pledges:overview.surprise')}
        </Alert>
      )}
      {all.length === 0 ? (
        <EmptyState title={t('pledges:overview.none.title')}>
          <p>{t('pledges:overview.none.text')}</p>
        </EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="pledges-table">
            <caption className="visually-hidden">{hidden ? t('pledges:overview.caption-hidden') : t('pledges:overview.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pledges:col.gift')}</th>
                {!hidden && <th scope="col">{t('pledges:col.guest')}</th>}
                <th scope="col">{t('pledges:col.amount')}</th>
                <th scope="col">{t('pledges:col.reference')}</th>
                <th scope="col">{t('pledges:col.status')}</th>
                <th scope="col">{t('pledges:col.when')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('pledges:col.actions')}</span>
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
                        aria-label={t('pledges:overview.mark-label', { amount: formatMoney(pledge.amount, currency), item: pledge.itemName })}
                      >
                        {t('pledges:overview.mark')}
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
          {pledges.isFetchingNextPage ? t('dashboard:common.loading') : t('dashboard:common.show-more')}
        </button>
      )}
      {marking && <MarkReceivedDialog registryId={registryId} currency={currency} pledge={marking} etag={first.etag} onClose={() => setMarking(null)} />}
    </div>
  );
}
