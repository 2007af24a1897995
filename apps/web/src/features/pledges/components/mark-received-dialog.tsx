import { useState, type FormEvent } from 'react';
import { isApiProblem, type OwnerPledge } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { Dialog } from '@/components/dialog';
import { MoneyInput } from '@/components/money-input';
import { formErrorsFrom } from '@/lib/form-errors';
import { formatMoney } from '@/lib/money';
import { useMarkPledgeReceived } from '../api/mark-pledge-received';

interface MarkReceivedDialogProps {
  registryId: string;
  currency: string;
  pledge: OwnerPledge;
  /** The pledges list's ETag as last read: after a 412 the list is read again, and the next try sends the fresh one. */
  etag: string;
  onClose: () => void;
}

/** The couple records that the money arrived: the amount pledged, unless the transfer said otherwise. */
export function MarkReceivedDialog({ registryId, currency, pledge, etag, onClose }: MarkReceivedDialogProps) {
  const mark = useMarkPledgeReceived(registryId);
  const [amount, setAmount] = useState<number | null>(pledge.amount);
  const [problem, setProblem] = useState<string | null>(null);
  const stale = isApiProblem(mark.error, 'precondition-failed');
  const errors = formErrorsFrom(stale ? null : mark.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (amount === null || Number.isNaN(amount) || amount <= 0) return setProblem('Enter the amount that arrived, like 50 or 25.50.');
    setProblem(null);
    mark.mutate({ pledgeId: pledge.id, receivedAmount: amount, etag }, { onSuccess: onClose });
  }

  return (
    <Dialog title={`Mark ${pledge.itemName} received`} onClose={onClose}>
      <p className="dialog-summary">
        {formatMoney(pledge.amount, currency)} pledged{pledge.guest ? ` by ${pledge.guest.name}` : ''}, reference {pledge.reference}.
      </p>
      {stale && (
        <Alert tone="info">
          This pledge was changed meanwhile (by your partner, or in another tab). The list now shows it as saved: check it, then mark it again if it is still to
          do.
        </Alert>
      )}
      {errors.summary && <Alert>{errors.summary}</Alert>}
      <form className="form" onSubmit={submit} noValidate>
        <MoneyInput
          label={`Amount received (${currency})`}
          currency={currency}
          value={amount}
          onChange={setAmount}
          hint="What arrived in your account; change it if the transfer was for a different amount."
          error={problem ?? errors.fields.receivedAmount}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={mark.isPending}>
            {mark.isPending ? 'Saving…' : 'Mark received'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
