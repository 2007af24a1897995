import { useState, type FormEvent } from 'react';
import type { GuestPagePledge } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { MoneyInput } from '@/components/money-input';
import { formatDateTime } from '@/lib/dates';
import { formErrorsFrom } from '@/lib/form-errors';
import { formatMoney } from '@/lib/money';
import { useReleaseGuestPledge } from '../api/release-guest-pledge';
import { useUpdateGuestPledge } from '../api/update-guest-pledge';
import { BoughtToggle } from './bought-toggle';
import { ConfirmAction } from './confirm-action';

function stageOf(p: GuestPagePledge): string {
  if (p.status === 'received') return 'The couple has received it. Thank you!';
  if (p.boughtAt) return `You sent it (${formatDateTime(p.boughtAt)}).`;
  return `Pledged. Quote the reference ${p.reference} with your payment.`;
}

/** One pledge on the guest's page: its stage, "I sent it", a new amount within the item's bounds, undo. */
export function MyPledge({ token, pledge }: { token: string; pledge: GuestPagePledge }) {
  const update = useUpdateGuestPledge(token);
  const release = useReleaseGuestPledge(token);
  const [editing, setEditing] = useState(false);
  const [amount, setAmount] = useState<number | null>(pledge.amount);
  const errors = formErrorsFrom(update.error ?? release.error);
  const settled = pledge.status === 'received';
  const money = (minor: number) => formatMoney(minor, pledge.currency);
  const what = `${money(pledge.amount)} towards ${pledge.item.name}`;
  const range = pledge.maxAmount === null ? `At least ${money(pledge.minAmount)}.` : `From ${money(pledge.minAmount)} to ${money(pledge.maxAmount)}.`;
  const outOfRange = amount === null || Number.isNaN(amount) || amount < pledge.minAmount || (pledge.maxAmount !== null && amount > pledge.maxAmount);

  function changeAmount(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (outOfRange || amount === null) return;
    update.mutate({ pledgeId: pledge.id, input: { amount } }, { onSuccess: () => setEditing(false) });
  }

  return (
    <li className="my-gift" aria-label={what}>
      <div className="my-gift-head">
        <h3>{what}</h3>
        {pledge.boughtAt && !settled && <span className="badge">Sent</span>}
        {settled && <span className="badge">Received</span>}
      </div>
      <p className="my-gift-stage">{stageOf(pledge)}</p>
      {errors.summary && <Alert>{errors.fields.amount ?? errors.summary}</Alert>}
      {!settled && (
        <div className="button-row">
          <BoughtToggle
            bought={Boolean(pledge.boughtAt)}
            pending={update.isPending}
            onChange={(bought) => update.mutate({ pledgeId: pledge.id, input: { bought } })}
            labels={{ mark: 'I sent it', unmark: 'Not sent yet' }}
          />
          {!editing && (
            <button type="button" className="button button-small" onClick={() => setEditing(true)}>
              Change amount
            </button>
          )}
          <ConfirmAction
            label="Undo it"
            question={`Undo your pledge of ${money(pledge.amount)}?`}
            confirmLabel="Yes, undo it"
            pending={release.isPending}
            onConfirm={() => release.mutate(pledge.id)}
          />
        </div>
      )}
      {editing && (
        <form className="my-gift-edit" onSubmit={changeAmount} noValidate>
          <MoneyInput
            label="Amount"
            currency={pledge.currency}
            value={amount}
            onChange={setAmount}
            hint={range}
            error={outOfRange && amount !== null ? range : undefined}
            required
          />
          <div className="button-row">
            <button type="submit" className="button button-small button-primary" disabled={update.isPending || outOfRange}>
              Save
            </button>
            <button type="button" className="button button-small" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
