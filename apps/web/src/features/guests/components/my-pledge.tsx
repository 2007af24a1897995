import { useState, type FormEvent } from 'react';
import type { GuestPagePledge } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { MoneyInput } from '@/components/money-input';
import { formatDateTime } from '@/lib/dates';
import { formErrorsFrom } from '@/lib/form-errors';
import { useT, type Translate } from '@/lib/i18n';
import { formatMoney } from '@/lib/money';
import { useReleaseGuestPledge } from '../api/release-guest-pledge';
import { useUpdateGuestPledge } from '../api/update-guest-pledge';
import { BoughtToggle } from './bought-toggle';
import { ConfirmAction } from './confirm-action';

function stageOf(p: GuestPagePledge, t: Translate): string {
  if (p.status === 'received') return t('guest-pages:my-gifts.received-text');
  if (p.boughtAt) return t('guest-pages:my-gifts.pledge.sent', { date: formatDateTime(p.boughtAt) });
  return t('guest-pages:my-gifts.pledge.pledged', { reference: p.reference });
}

/** One pledge on the guest's page: its stage, "I sent it", a new amount within the item's bounds, undo. */
export function MyPledge({ token, pledge }: { token: string; pledge: GuestPagePledge }) {
  const t = useT('guest-pages');
  const update = useUpdateGuestPledge(token);
  const release = useReleaseGuestPledge(token);
  const [editing, setEditing] = useState(false);
  const [amount, setAmount] = useState<number | null>(pledge.amount);
  const errors = formErrorsFrom(update.error ?? release.error);
  const settled = pledge.status === 'received';
  const money = (minor: number) => formatMoney(minor, pledge.currency);
  const what = t('guest-pages:my-gifts.pledge.what', { amount: money(pledge.amount), item: pledge.item.name });
  const range =
    pledge.maxAmount === null
      ? t('guest-pages:my-gifts.pledge.at-least', { min: money(pledge.minAmount) })
      : t('guest-pages:my-gifts.pledge.range', { min: money(pledge.minAmount), max: money(pledge.maxAmount) });
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
        {pledge.boughtAt && !settled && <span className="badge">{t('guest-pages:my-gifts.badge.sent')}</span>}
        {settled && <span className="badge">{t('guest-pages:my-gifts.badge.received')}</span>}
      </div>
      <p className="my-gift-stage">{stageOf(pledge, t)}</p>
      {errors.summary && <Alert>{errors.fields.amount ?? errors.summary}</Alert>}
      {!settled && (
        <div className="button-row">
          <BoughtToggle
            bought={Boolean(pledge.boughtAt)}
            pending={update.isPending}
            onChange={(bought) => update.mutate({ pledgeId: pledge.id, input: { bought } })}
            labels={{ mark: t('guest-pages:my-gifts.pledge.mark'), unmark: t('guest-pages:my-gifts.pledge.unmark') }}
          />
          {!editing && (
            <button type="button" className="button button-small" onClick={() => setEditing(true)}>
              {t('guest-pages:my-gifts.pledge.change')}
            </button>
          )}
          <ConfirmAction
            label={t('guest-pages:my-gifts.pledge.undo')}
            question={t('guest-pages:my-gifts.pledge.undo-question', { amount: money(pledge.amount) })}
            confirmLabel={t('guest-pages:my-gifts.pledge.undo-confirm')}
            pending={release.isPending}
            onConfirm={() => release.mutate(pledge.id)}
          />
        </div>
      )}
      {editing && (
        <form className="my-gift-edit" onSubmit={changeAmount} noValidate>
          <MoneyInput
            label={t('guest-pages:my-gifts.pledge.amount')}
            currency={pledge.currency}
            value={amount}
            onChange={setAmount}
            hint={range}
            error={outOfRange && amount !== null ? range : undefined}
            required
          />
          <div className="button-row">
            <button type="submit" className="button button-small button-primary" disabled={update.isPending || outOfRange}>
              {t('guest-pages:my-gifts.save')}
            </button>
            <button type="button" className="button button-small" onClick={() => setEditing(false)}>
              {t('guest-pages:my-gifts.cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
