import { useState } from 'react';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { ORDERS_PAGE_SIZE, type OrderStatusFilter, useOrders } from '@/features/orders/api/get-orders';
import { OrdersTable } from '@/features/orders/components/orders-table';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import '../dashboard/dashboard.css';

/** /admin/orders — plans bought with Stripe, with refunds (inside the admin area: admin-area.tsx, behind its gate). */
export function AdminOrdersPage() {
  const t = useT('admin');
  useDocumentTitle(t('admin:title', { page: t('admin:nav.orders') }));
  return <Orders />;
}

function Orders() {
  const t = useT('admin');
  const [status, setStatus] = useState<OrderStatusFilter>('');
  const [offset, setOffset] = useState(0);
  const orders = useOrders(status, offset);
  const total = orders.data?.total ?? 0;
  return (
    <div className="page stack">
      <h1>{t('admin:nav.orders')}</h1>
      <div className="orders-filter">
        <label className="field">
          <span className="field-label">{t('admin:orders.show')}</span>
          <select
            value={status}
            onChange={(event) => {
              setStatus(event.target.value as OrderStatusFilter);
              setOffset(0);
            }}
          >
            <option value="">{t('admin:orders.every')}</option>
            <option value="paid">{t('admin:orders.paid')}</option>
            <option value="refunded">{t('admin:orders.refunded')}</option>
            <option value="pending">{t('admin:orders.pending')}</option>
          </select>
        </label>
        {orders.data && <p className="muted">{t('admin:orders.count', { count: total })}</p>}
      </div>
      {orders.data && !orders.data.paymentsEnabled && <p className="alert alert-info">{t('admin:orders.no-payments')}</p>}
      {orders.isPending ? (
        <LoadingRegion label={t('admin:orders.loading')}>
          <Skeleton height="3rem" />
          <Skeleton height="3rem" />
        </LoadingRegion>
      ) : orders.isError ? (
        <ErrorState error={orders.error} onRetry={() => void orders.refetch()} />
      ) : orders.data.orders.length === 0 ? (
        <EmptyState title={t('admin:orders.empty.title')}>{t('admin:orders.empty.detail')}</EmptyState>
      ) : (
        <>
          <OrdersTable orders={orders.data.orders} paymentsEnabled={orders.data.paymentsEnabled} />
          {total > ORDERS_PAGE_SIZE && (
            <nav className="button-row" aria-label={t('admin:orders.pages')}>
              <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - ORDERS_PAGE_SIZE))}>
                {t('admin:orders.newer')}
              </button>
              <button type="button" className="button" disabled={offset + ORDERS_PAGE_SIZE >= total} onClick={() => setOffset(offset + ORDERS_PAGE_SIZE)}>
                {t('admin:orders.older')}
              </button>
            </nav>
          )}
        </>
      )}
    </div>
  );
}
