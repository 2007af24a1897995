import { useState } from 'react';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { ORDERS_PAGE_SIZE, type OrderStatusFilter, useOrders } from '@/features/orders/api/get-orders';
import { OrdersTable } from '@/features/orders/components/orders-table';
import { useDocumentTitle } from '@/lib/use-document-title';
import '../dashboard/dashboard.css';

/** /admin/orders — plans bought with Stripe, with refunds (inside the admin area: admin-area.tsx, behind its gate). */
export function AdminOrdersPage() {
  useDocumentTitle('Orders · Admin');
  return <Orders />;
}

function Orders() {
  const [status, setStatus] = useState<OrderStatusFilter>('');
  const [offset, setOffset] = useState(0);
  const orders = useOrders(status, offset);
  const total = orders.data?.total ?? 0;
  return (
    <div className="page stack">
      <h1>Orders</h1>
      <div className="orders-filter">
        <label className="field">
          <span className="field-label">Show</span>
          <select
            value={status}
            onChange={(event) => {
              setStatus(event.target.value as OrderStatusFilter);
              setOffset(0);
            }}
          >
            <option value="">Every order</option>
            <option value="paid">Paid</option>
            <option value="refunded">Refunded</option>
            <option value="pending">Not paid</option>
          </select>
        </label>
        {orders.data && <p className="muted">{total === 1 ? '1 order' : `${total} orders`}</p>}
      </div>
      {orders.data && !orders.data.paymentsEnabled && (
        <p className="alert alert-info">This installation takes no payments (STRIPE_SECRET_KEY is not set), so orders cannot be refunded here.</p>
      )}
      {orders.isPending ? (
        <LoadingRegion label="Loading orders…">
          <Skeleton height="3rem" />
          <Skeleton height="3rem" />
        </LoadingRegion>
      ) : orders.isError ? (
        <ErrorState error={orders.error} onRetry={() => void orders.refetch()} />
      ) : orders.data.orders.length === 0 ? (
        <EmptyState title="No orders yet">When a couple buys a plan, it shows here.</EmptyState>
      ) : (
        <>
          <OrdersTable orders={orders.data.orders} paymentsEnabled={orders.data.paymentsEnabled} />
          {total > ORDERS_PAGE_SIZE && (
            <nav className="button-row" aria-label="Pages of orders">
              <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - ORDERS_PAGE_SIZE))}>
                Newer
              </button>
              <button type="button" className="button" disabled={offset + ORDERS_PAGE_SIZE >= total} onClick={() => setOffset(offset + ORDERS_PAGE_SIZE)}>
                Older
              </button>
            </nav>
          )}
        </>
      )}
    </div>
  );
}
