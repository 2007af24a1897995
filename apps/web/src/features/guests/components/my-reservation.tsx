import { useState, type FormEvent } from 'react';
import type { GuestPageReservation } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { TextField } from '@/components/field';
import { formatDateTime } from '@/lib/dates';
import { formErrorsFrom } from '@/lib/form-errors';
import { formText } from '@/lib/form-data';
import { useT, type Translate } from '@/lib/i18n';
import { useReleaseGuestReservation } from '../api/release-guest-reservation';
import { useUpdateGuestReservation } from '../api/update-guest-reservation';
import { BoughtToggle } from './bought-toggle';
import { ConfirmAction } from './confirm-action';

function stageOf(r: GuestPageReservation, t: Translate): string {
  if (r.receivedAt) return t('guest-pages:my-gifts.received-text');
  if (r.status === 'held') return t('guest-pages:my-gifts.reservation.held');
  if (r.boughtAt) return t('guest-pages:my-gifts.reservation.bought', { date: formatDateTime(r.boughtAt) });
  return t('guest-pages:my-gifts.reservation.reserved');
}

/** One reservation on the guest's page: its stage, "I bought it", a new quantity, release. */
export function MyReservation({ token, reservation }: { token: string; reservation: GuestPageReservation }) {
  const t = useT('guest', 'guest-pages');
  const update = useUpdateGuestReservation(token);
  const release = useReleaseGuestReservation(token);
  const [editing, setEditing] = useState(false);
  const errors = formErrorsFrom(update.error ?? release.error);
  const settled = reservation.receivedAt !== null;
  const what = reservation.quantity > 1 ? `${reservation.quantity} × ${reservation.item.name}` : reservation.item.name;

  function changeQuantity(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const quantity = Number(formText(new FormData(event.currentTarget), 'quantity'));
    update.mutate({ reservationId: reservation.id, input: { quantity } }, { onSuccess: () => setEditing(false) });
  }

  return (
    <li className="my-gift" aria-label={what}>
      <div className="my-gift-head">
        <h3>{what}</h3>
        {reservation.boughtAt && !settled && <span className="badge">{t('guest-pages:my-gifts.badge.bought')}</span>}
        {settled && <span className="badge">{t('guest-pages:my-gifts.badge.received')}</span>}
      </div>
      <p className="my-gift-stage">{stageOf(reservation, t)}</p>
      {reservation.item.url && (
        <p className="my-gift-stage">
          <a href={reservation.item.url} rel="noopener noreferrer nofollow" target="_blank">
            {t('guest-pages:my-gifts.reservation.where')}
          </a>
        </p>
      )}
      {errors.summary && <Alert>{errors.fields.quantity ?? errors.summary}</Alert>}
      {!settled && (
        <div className="button-row">
          {reservation.status === 'active' && (
            <BoughtToggle
              bought={Boolean(reservation.boughtAt)}
              pending={update.isPending}
              onChange={(bought) => update.mutate({ reservationId: reservation.id, input: { bought } })}
              labels={{ mark: t('guest-pages:my-gifts.reservation.mark'), unmark: t('guest-pages:my-gifts.reservation.unmark') }}
            />
          )}
          {reservation.maxQuantity > 1 && !editing && (
            <button type="button" className="button button-small" onClick={() => setEditing(true)}>
              {t('guest-pages:my-gifts.reservation.change')}
            </button>
          )}
          <ConfirmAction
            label={t('guest-pages:my-gifts.reservation.release')}
            question={t('guest-pages:my-gifts.reservation.release-question', { what })}
            confirmLabel={t('guest-pages:my-gifts.reservation.release-confirm')}
            pending={release.isPending}
            onConfirm={() => release.mutate(reservation.id)}
          />
        </div>
      )}
      {editing && (
        <form className="my-gift-edit" onSubmit={changeQuantity} noValidate>
          <TextField
            label={t('guest:reserve.quantity')}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={reservation.maxQuantity}
            defaultValue={reservation.quantity}
            hint={t('guest-pages:my-gifts.reservation.up-to', { max: reservation.maxQuantity })}
            required
          />
          <div className="button-row">
            <button type="submit" className="button button-small button-primary" disabled={update.isPending}>
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
