import type { ReservationCreated } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { formErrorsFrom } from '@/lib/form-errors';
import { useUndoReservation } from '../api/undo-reservation';

interface ReservationConfirmationProps {
  slug: string;
  created: ReservationCreated;
  email: string;
  onDone: () => void;
}

/** Thanks the guest and offers the undo right there, in case they clicked the wrong gift. */
export function ReservationConfirmation({ slug, created, email, onDone }: ReservationConfirmationProps) {
  const undo = useUndoReservation(slug);
  const { reservation, item } = created;

  if (undo.isSuccess) {
    return (
      <div className="stack">
        <Alert tone="info">Your reservation is undone. {item.name} is free again for someone else.</Alert>
        <button type="button" className="button button-primary" onClick={onDone}>
          Back to the gift list
        </button>
      </div>
    );
  }

  return (
    <div className="stack">
      <Alert tone="success">
        Thank you, {reservation.guestName}! {reservation.quantity > 1 ? `${reservation.quantity} × ` : ''}
        {item.name} {reservation.quantity > 1 ? 'are' : 'is'} reserved for you.
      </Alert>
      <p>
        We are sending a confirmation to <strong>{email}</strong> with a link to undo it later. You buy the gift wherever you like.
      </p>
      {undo.isError && <Alert>{formErrorsFrom(undo.error).summary}</Alert>}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onDone}>
          Done
        </button>
        <button type="button" className="button" disabled={undo.isPending} onClick={() => undo.mutate(created.undoToken)}>
          {undo.isPending ? 'Undoing…' : 'Undo reservation'}
        </button>
      </div>
    </div>
  );
}
