import { useRef, useState, type FormEvent } from 'react';
import { isApiProblem, type GiftListItem, type GiftListRegistry } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { Dialog } from '@/components/dialog';
import { GuestFields, guestFieldLabels } from '@/components/guest-fields';
import { useT } from '@/lib/i18n';
import { MoneyInput } from '@/components/money-input';
import { MoneyProgress } from '@/components/money-progress';
import { formText } from '@/lib/form-data';
import { formErrorsFrom } from '@/lib/form-errors';
import { rememberGuest } from '@/lib/remembered-guest';
import { inSentence } from '@/lib/gift-names';
import { formatMoney } from '@/lib/money';
import { useCreatePledge } from '../api/create-pledge';
import { amountProblem, capOf } from '../utils/amounts';
import { PledgeConfirmation } from './pledge-confirmation';

interface ChipInDialogProps {
  slug: string;
  registry: GiftListRegistry;
  item: GiftListItem;
  onClose: () => void;
}

const newIdempotencyKey = () => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : undefined);

/** What is left after a 409 `pledge-exceeds-target`: the API says how much still fits. */
const remainingFrom = (error: unknown): number | null => {
  if (!isApiProblem(error, 'pledge-exceeds-target')) return null;
  const remaining = error.body.remainingAmount;
  return typeof remaining === 'number' ? remaining : null;
};

/**
 * A guest gives towards a group gift or a fund: a suggested amount or their own, checked here against the minimum and
 * what is left before anything is sent. If others chipped in meanwhile (409), it offers to give exactly what is left.
 */
export function ChipInDialog({ slug, registry, item, onClose }: ChipInDialogProps) {
  const { currency } = registry;
  const pledge = useCreatePledge(slug);
  const form = useRef<HTMLFormElement>(null);
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [amount, setAmount] = useState<number | null>(null);
  const [checked, setChecked] = useState(false);
  const [email, setEmail] = useState('');
  const left = remainingFrom(pledge.error);
  const t = useT('guest');
  const errors = formErrorsFrom(left === null ? pledge.error : null, {
    ...guestFieldLabels(t),
    // The API counts in minor units; the guest reads the amount in their currency.
    amount: { label: t('guest:chip-in.amount'), messages: { 'too-small': (min) => t('guest:chip-in.too-small', { amount: formatMoney(min ?? 0, currency) }) } },
  });
  const cap = capOf(item);
  const problem = amountProblem(amount, item, currency, t);
  const suggested = item.suggestedAmounts.filter((suggestion) => cap === null || suggestion <= cap);

  function send(value: number | null) {
    setChecked(true);
    if (!form.current || amountProblem(value, item, currency, t)) return;
    const fields = new FormData(form.current);
    const input = {
      itemId: item.id,
      amount: value as number,
      name: formText(fields, 'name').trim(),
      email: formText(fields, 'email').trim(),
      message: formText(fields, 'message').trim() || undefined,
      address: formText(fields, 'address').trim() || undefined,
    };
    setEmail(input.email);
    pledge.mutate(
      { input, idempotencyKey },
      {
        // Filled in next time, in this browser (GuestFields offers "Not you?").
        onSuccess: () => rememberGuest({ name: input.name, email: input.email }),
        // A refusal pledged nothing: the next attempt is a new request. After a lost answer the retry keeps the key.
        onError: (error) => {
          if (isApiProblem(error) && error.status < 500) setIdempotencyKey(newIdempotencyKey());
        },
      },
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send(amount);
  }

  function giveWhatIsLeft(remaining: number) {
    setAmount(remaining);
    send(remaining);
  }

  if (pledge.isSuccess) {
    return (
      <Dialog title={t('guest:chip-in.done-title')} onClose={onClose}>
        <PledgeConfirmation slug={slug} registry={registry} created={pledge.data} email={email} onDone={onClose} />
      </Dialog>
    );
  }

  const funded = left === 0 || cap === 0;
  return (
    <Dialog title={t('guest:chip-in.title', { name: inSentence(item.name) })} onClose={onClose}>
      <MoneyProgress pledged={item.pledgedAmount} target={item.targetAmount} givers={item.pledgeCount} currency={currency} name={item.name} />
      {left !== null && (
        <Alert tone="info">
          {left === 0 ? t('guest:chip-in.funded-meanwhile') : t('guest:chip-in.left-meanwhile', { amount: formatMoney(left, currency) })}
        </Alert>
      )}
      {left !== null && left > 0 && (
        <button type="button" className="button button-primary" disabled={pledge.isPending} onClick={() => giveWhatIsLeft(left)}>
          {t('guest:chip-in.give-left', { amount: formatMoney(left, currency) })}
        </button>
      )}
      {funded ? (
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('guest:reserve.choose-another')}
        </button>
      ) : (
        <form ref={form} className="form" onSubmit={submit} noValidate>
          {errors.summary && <Alert>{errors.summary}</Alert>}
          {suggested.length > 0 && (
            <div className="field">
              <span className="field-label" id={`${item.id}-suggested`}>
                {t('guest:chip-in.choose-amount')}
              </span>
              <div className="amount-choices" role="group" aria-labelledby={`${item.id}-suggested`}>
                {suggested.map((suggestion) => (
                  <button
                    key={suggestion}
                    type="button"
                    className="button amount-choice"
                    aria-pressed={amount === suggestion}
                    // The dialog opens on the first choice, not on its × (components/dialog.tsx).
                    data-autofocus={suggestion === suggested[0] || undefined}
                    onClick={() => setAmount(suggestion)}
                  >
                    {formatMoney(suggestion, currency)}
                  </button>
                ))}
              </div>
            </div>
          )}
          <MoneyInput
            label={suggested.length ? t('guest:chip-in.own-amount', { currency }) : t('guest:chip-in.your-amount', { currency })}
            name="amount"
            currency={currency}
            value={amount}
            onChange={setAmount}
            required
            hint={cap === null ? undefined : t('guest:chip-in.cap-hint', { amount: formatMoney(cap, currency) })}
            error={(checked && problem) || errors.fields.amount}
          />
          <GuestFields errors={errors.fields} emailHint={t('guest:chip-in.email-hint')} />
          <button type="submit" className="button button-primary" disabled={pledge.isPending}>
            {pledge.isPending
              ? t('guest:chip-in.sending')
              : amount && !problem
                ? t('guest:chip-in.give-amount', { amount: formatMoney(amount, currency) })
                : t('guest:chip-in.give')}
          </button>
        </form>
      )}
    </Dialog>
  );
}
