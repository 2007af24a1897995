import { useState } from 'react';
import type { Order } from '@whispergifts/api-client';
import { paths } from '@/config/paths';
import { currentLocale, useT, type Translate } from '@/lib/i18n';
import { formatMoney } from '@/lib/money';
import { RefundDialog } from './refund-dialog';
import './orders.css';

/** Plan names stay English in every language (they are the product's names). */
const PLAN_NAMES: Record<string, string> = { free: 'Free', standard: 'Standard', premium: 'Premium' };
const dateTime = (iso: string) => new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

function state(order: Order, t: Translate): string {
  if (order.status === 'refunded') return t('admin:orders.state', { state: 'refunded', date: dateTime(order.refundedAt ?? order.createdAt) });
  if (order.status === 'paid')
    return order.refundRequestedAt
      ? t('admin:orders.state', { state: 'asked', date: '' })
      : t('admin:orders.state', { state: 'paid', date: dateTime(order.paidAt ?? order.createdAt) });
  return t('admin:orders.state', { state: 'pending', date: '' });
}

/** The orders of one page, with a Refund button on each paid one when payments are set up. */
export function OrdersTable({ orders, paymentsEnabled }: { orders: Order[]; paymentsEnabled: boolean }) {
  const t = useT('admin');
  const [refunding, setRefunding] = useState<Order | null>(null);
  return (
    <>
      <div className="table-scroll">
        <table className="orders-table">
          <caption className="visually-hidden">{t('admin:orders.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin:orders.column.ordered')}</th>
              <th scope="col">{t('admin:orders.column.registry')}</th>
              <th scope="col">{t('admin:orders.column.buyer')}</th>
              <th scope="col">{t('admin:orders.column.plan')}</th>
              <th scope="col">{t('admin:orders.column.amount')}</th>
              <th scope="col">{t('admin:orders.column.state')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('admin:orders.column.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {orders.map((order) => (
              <tr key={order.id} className={order.status === 'paid' ? undefined : 'row-muted'}>
                <td>{dateTime(order.createdAt)}</td>
                <td>
                  {order.registrySlug ? <a href={paths.giftList(order.registrySlug)}>{order.registryTitle}</a> : <em>{t('admin:orders.deleted-list')}</em>}
                </td>
                <td className="break">{order.buyerEmail ?? <em>{t('admin:orders.deleted-account')}</em>}</td>
                <td>
                  {PLAN_NAMES[order.previousPlan] ?? order.previousPlan} → <strong>{PLAN_NAMES[order.plan] ?? order.plan}</strong>
                </td>
                <td>{formatMoney(order.amount, order.currency)}</td>
                <td>{state(order, t)}</td>
                <td>
                  {paymentsEnabled && order.status === 'paid' && !order.refundRequestedAt && (
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t('admin:orders.refund.label', {
                        amount: formatMoney(order.amount, order.currency),
                        known: order.buyerEmail ? 'yes' : 'no',
                        buyer: order.buyerEmail ?? '',
                      })}
                      onClick={() => setRefunding(order)}
                    >
                      {t('admin:orders.refund.button')}
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
