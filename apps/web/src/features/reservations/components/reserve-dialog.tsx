import { useState, type FormEvent } from 'react';
import { isApiProblem, type GiftListItem } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { Dialog } from '@/components/dialog';
import { TextField } from '@/components/field';
import { GuestFields, guestFieldLabels } from '@/components/guest-fields';
import { nameInSentence } from '@/features/gift-list/components/gift-card';
import { useT } from '@/lib/i18n';
import { formErrorsFrom } from '@/lib/form-errors';
import { rememberGuest } from '@/lib/remembered-guest';
import { formatPriceHint } from '@/lib/money';
import { useReserveItem } from '../api/reserve-item';
import { freshItemFrom } from '../utils/gift-list-cache';
import { ReservationConfirmation } from './reservation-confirmation';
import { formText } from '@/lib/form-data';

interface ReserveDialogProps {
  slug: string;
  currency: string;
  item: GiftListItem;
  onClose: () => void;
}

/** The most a guest may ask for: what is left, or the API's limit of 100 for unlimited items. */
const maxQuantity = (item: GiftListItem) => Math.min(item.remaining ?? 100, 100);

const newIdempotencyKey = () => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : undefined);

export function ReserveDialog({ slug, currency, item, onClose }: ReserveDialogProps) {
  const t = useT('guest');
  const LABELS = { ...guestFieldLabels(t), quantity: t('guest:reserve.quantity') };
  const reserve = useReserveItem(slug);
  // One key per attempt: a double click or a retry after a lost answer cannot reserve twice.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [email, setEmail] = useState('');
  const fresh = freshItemFrom(reserve.error);
  const current = fresh ?? item;
  const errors = formErrorsFrom(fresh ? null : reserve.error, LABELS);
  const price = formatPriceHint(current.priceMin, current.priceMax, currency);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      itemId: item.id,
      quantity: Number(formText(form, 'quantity') || 1),
      name: formText(form, 'name').trim(),
      email: formText(form, 'email').trim(),
      message: formText(form, 'message').trim() || undefined,
      address: formText(form, 'address').trim() || undefined,
    };
    setEmail(input.email);
    reserve.mutate(
      { input, idempotencyKey },
      {
        // Filled in next time, in this browser (GuestFields offers "Not you?").
        onSuccess: () => rememberGuest({ name: input.name, email: input.email }),
        // A refusal (4xx) reserved nothing: the next attempt is a new request. After a lost answer or a 5xx the outcome
        // is unknown, so the retry keeps the key and the API returns the first reservation if there was one.
        onError: (error) => {
          if (isApiProblem(error) && error.status < 500) setIdempotencyKey(newIdempotencyKey());
        },
      },
    );
  }

  if (reserve.isSuccess) {
    return (
      <Dialog title={reserve.data.reservation.status === 'held' ? t('guest:reserve.held-title') : t('guest:reserve.done-title')} onClose={onClose}>
        <ReservationConfirmation slug={slug} created={reserve.data} email={email} onDone={onClose} />
      </Dialog>
    );
  }

  const soldOut = current.remaining === 0;
  return (
    <Dialog title={t('guest:reserve.title', { name: nameInSentence(item.name) })} onClose={onClose}>
      {fresh && <Alert tone="info">{soldOut ? t('guest:reserve.sold-out') : t('guest:reserve.fewer-left', { remaining: current.remaining ?? 0 })}</Alert>}
      {soldOut ? (
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('guest:reserve.choose-another')}
        </button>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <p className="dialog-summary">
            {price && <span>{price} · </span>}
            {current.remaining === null ? t('guest:card.needed.unlimited') : t('guest:reserve.still-needed', { remaining: current.remaining })}
          </p>
          {errors.summary && <Alert>{errors.summary}</Alert>}
          {maxQuantity(current) > 1 && (
            <TextField
              label={LABELS.quantity}
              name="quantity"
              type="number"
              inputMode="numeric"
              min={1}
              max={maxQuantity(current)}
              defaultValue={1}
              required
              error={errors.fields.quantity}
            />
          )}
          <GuestFields errors={errors.fields} emailHint={t('guest:reserve.email-hint')} />
          <button type="submit" className="button button-primary" disabled={reserve.isPending}>
            {reserve.isPending ? t('guest:reserve.submitting') : t('guest:reserve.submit')}
          </button>
        </form>
      )}
    </Dialog>
  );
}
