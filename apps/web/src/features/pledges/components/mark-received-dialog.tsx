import { useState, type FormEvent } from 'react';
import { isApiProblem, type OwnerPledge } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { Dialog } from '@/components/dialog';
import { MoneyInput } from '@/components/money-input';
import { formErrorsFrom } from '@/lib/form-errors';
import { useT } from '@/lib/i18n';
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
  const t = useT('pledges', 'dashboard');
  const mark = useMarkPledgeReceived(registryId);
  const [amount, setAmount] = useState<number | null>(pledge.amount);
  const [problem, setProblem] = useState<string | null>(null);
  const stale = isApiProblem(mark.error, 'precondition-failed');
  const errors = formErrorsFrom(stale ? null : mark.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (amount === null || Number.isNaN(amount) || amount <= 0) return setProblem(t('pledges:mark.invalid'));
    setProblem(null);
    mark.mutate({ pledgeId: pledge.id, receivedAmount: amount, etag }, { onSuccess: onClose });
  }

  return (
    <Dialog title={t('pledges:mark.title', { item: pledge.itemName })} onClose={onClose}>
      <p className="dialog-summary">
        {pledge.guest
          ? t('pledges:mark.summary-by', { amount: formatMoney(pledge.amount, currency), guest: pledge.guest.name, reference: pledge.reference })
          : t('pledges:mark.summary', { amount: formatMoney(pledge.amount, currency), reference: pledge.reference })}
      </p>
      {stale && <Alert tone="info">{t('pledges:mark.stale')}</Alert>}
      {errors.summary && <Alert>{errors.summary}</Alert>}
      <form className="form" onSubmit={submit} noValidate>
        <MoneyInput
          label={t('pledges:mark.amount', { currency })}
          currency={currency}
          value={amount}
          onChange={setAmount}
          hint={t('pledges:mark.hint')}
          error={problem ?? errors.fields.receivedAmount}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={mark.isPending}>
            {mark.isPending ? t('dashboard:common.saving') : t('pledges:overview.mark')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('dashboard:common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
