import { useState, type FormEvent } from 'react';
import type { GuestPageReservation } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { TextField } from '@/components/field';
import { formatDateTime } from '@/lib/dates';
import { formErrorsFrom } from '@/lib/form-errors';
import { formText } from '@/lib/form-data';
import { useReleaseGuestReservation } from '../api/release-guest-reservation';
import { useUpdateGuestReservation } from '../api/update-guest-reservation';
import { BoughtToggle } from './bought-toggle';
import { ConfirmAction } from './confirm-action';

function stageOf(r: GuestPageReservation): string {
  if (r.receivedAt) return 'The couple has received it. Thank you!';
  if (r.status === 'held') return 'Waiting for you to confirm it with the link we e-mailed you.';
  if (r.boughtAt) return `You bought it (${formatDateTime(r.boughtAt)}).`;
  return 'Reserved for you: nobody else can take it.';
}

/** One reservation on the guest's page: its stage, "I bought it", a new quantity, release. */
export function MyReservation({ token, reservation }: { token: string; reservation: GuestPageReservation }) {
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
        {reservation.boughtAt && !settled && <span className="badge">Bought</span>}
        {settled && <span className="badge">Received</span>}
      </div>
      <p className="my-gift-stage">{stageOf(reservation)}</p>
      {reservation.item.url && (
        <p className="my-gift-stage">
          <a href={reservation.item.url} rel="noopener noreferrer nofollow" target="_blank">
            Where the couple saw it
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
              labels={{ mark: 'I bought it', unmark: 'Not bought yet' }}
            />
          )}
          {reservation.maxQuantity > 1 && !editing && (
            <button type="button" className="button button-small" onClick={() => setEditing(true)}>
              Change quantity
            </button>
          )}
          <ConfirmAction
            label="Release it"
            question={`Release ${what}? It becomes free for other guests again.`}
            confirmLabel="Yes, release it"
            pending={release.isPending}
            onConfirm={() => release.mutate(reservation.id)}
          />
        </div>
      )}
      {editing && (
        <form className="my-gift-edit" onSubmit={changeQuantity} noValidate>
          <TextField
            label="How many"
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={reservation.maxQuantity}
            defaultValue={reservation.quantity}
            hint={`Up to ${reservation.maxQuantity}.`}
            required
          />
          <div className="button-row">
            <button type="submit" className="button button-small button-primary" disabled={update.isPending}>
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
