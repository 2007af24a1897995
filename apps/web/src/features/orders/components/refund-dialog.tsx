import type { Order } from '@whispergifts/api-client';
import { isApiProblem } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { Dialog } from '@/components/dialog';
import { formatMoney } from '@/lib/money';
import { useRefundOrder } from '../api/refund-order';

/** Confirms a full refund: what goes back to whom, and what happens to the list. */
export function RefundDialog({ order, onClose }: { order: Order; onClose: () => void }) {
  const refund = useRefundOrder();
  const amount = formatMoney(order.amount, order.currency);
  return (
    <Dialog title={`Refund ${amount}?`} onClose={onClose}>
      <div className="stack">
        <p>
          Stripe returns {amount} to {order.buyerEmail ?? 'the buyer'} for {order.registryTitle ? `“${order.registryTitle}”` : 'a deleted list'}. When Stripe
          confirms, the list goes back to the plan it had before and the couple is told by e-mail. Their gifts all stay.
        </p>
        <p className="muted">This is written to the audit log under your name.</p>
        {refund.isError && (
          <Alert>{isApiProblem(refund.error) ? refund.error.detail : 'We could not reach WhisperGifts. Check your connection and try again.'}</Alert>
        )}
        <div className="button-row">
          <button type="button" className="button button-danger" disabled={refund.isPending} onClick={() => refund.mutate(order.id, { onSuccess: onClose })}>
            {refund.isPending ? 'Refunding…' : `Refund ${amount}`}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Keep the payment
          </button>
        </div>
      </div>
    </Dialog>
  );
}
