import { useState } from 'react';
import type { Order } from '@whispergifts/api-client';
import { paths } from '@/config/paths';
import { formatMoney } from '@/lib/money';
import { RefundDialog } from './refund-dialog';
import './orders.css';

const PLAN_NAMES: Record<string, string> = { free: 'Free', standard: 'Standard', premium: 'Premium' };
const dateTime = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function state(order: Order): string {
  if (order.status === 'refunded') return `Refunded ${dateTime(order.refundedAt ?? order.createdAt)}`;
  if (order.status === 'paid') return order.refundRequestedAt ? 'Paid · refund asked, waiting for Stripe' : `Paid ${dateTime(order.paidAt ?? order.createdAt)}`;
  return 'Not paid (checkout open or abandoned)';
}

/** The orders of one page, with a Refund button on each paid one when payments are set up. */
export function OrdersTable({ orders, paymentsEnabled }: { orders: Order[]; paymentsEnabled: boolean }) {
  const [refunding, setRefunding] = useState<Order | null>(null);
  return (
    <>
      <div className="table-scroll">
        <table className="orders-table">
          <caption className="visually-hidden">Orders, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Ordered</th>
              <th scope="col">Gift list</th>
              <th scope="col">Buyer</th>
              <th scope="col">Plan</th>
              <th scope="col">Amount</th>
              <th scope="col">State</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {orders.map((order) => (
              <tr key={order.id} className={order.status === 'paid' ? undefined : 'row-muted'}>
                <td>{dateTime(order.createdAt)}</td>
                <td>{order.registrySlug ? <a href={paths.giftList(order.registrySlug)}>{order.registryTitle}</a> : <em>deleted list</em>}</td>
                <td className="break">{order.buyerEmail ?? <em>deleted account</em>}</td>
                <td>
                  {PLAN_NAMES[order.previousPlan] ?? order.previousPlan} → <strong>{PLAN_NAMES[order.plan] ?? order.plan}</strong>
                </td>
                <td>{formatMoney(order.amount, order.currency)}</td>
                <td>{state(order)}</td>
                <td>
                  {paymentsEnabled && order.status === 'paid' && !order.refundRequestedAt && (
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Refund ${formatMoney(order.amount, order.currency)} to ${order.buyerEmail ?? 'the buyer'}`}
                      onClick={() => setRefunding(order)}
                    >
                      Refund
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {refunding && <RefundDialog order={refunding} onClose={() => setRefunding(null)} />}
    </>
  );
}
