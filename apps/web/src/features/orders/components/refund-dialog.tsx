import type { Order } from '@whispergifts/api-client';
import { isApiProblem } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { Dialog } from '@/components/dialog';
import { useT } from '@/lib/i18n';
import { formatMoney } from '@/lib/money';
import { useRefundOrder } from '../api/refund-order';

/** Confirms a full refund: what goes back to whom, and what happens to the list. */
export function RefundDialog({ order, onClose }: { order: Order; onClose: () => void }) {
  const t = useT('admin');
  const refund = useRefundOrder();
  const amount = formatMoney(order.amount, order.currency);
  return (
    <Dialog title={t('admin:orders.refund.title', { amount })} onClose={onClose}>
      <div className="stack">
        <p>
          {t('admin:orders.refund.what', {
            amount,
            known: order.buyerEmail ? 'yes' : 'no',
            buyer: order.buyerEmail ?? '',
            listed: order.registryTitle ? 'yes' : 'no',
            list: order.registryTitle ?? '',
          })}
        </p>
        <p className="muted">{t('admin:orders.refund.audit')}</p>
        {refund.isError && <Alert>{isApiProblem(refund.error) ? refund.error.detail : t('admin:orders.refund.unreachable')}</Alert>}
        <div className="button-row">
          <button type="button" className="button button-danger" disabled={refund.isPending} onClick={() => refund.mutate(order.id, { onSuccess: onClose })}>
            {refund.isPending ? t('admin:orders.refund.pending') : t('admin:orders.refund.confirm', { amount })}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('admin:orders.refund.keep')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
