import type { ReservationCreated } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { formatTime } from '@/lib/dates';
import { inSentence } from '@/lib/gift-names';
import { formErrorsFrom } from '@/lib/form-errors';
import { useUndoReservation } from '../api/undo-reservation';

interface ReservationConfirmationProps {
  slug: string;
  created: ReservationCreated;
  email: string;
  onDone: () => void;
}

/** "30 minutes" from now until a hold's deadline (at least one minute). */
function minutesUntil(deadline: string): string {
  const minutes = Math.max(1, Math.round((Date.parse(deadline) - Date.now()) / 60_000));
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/**
 * Thanks the guest and offers the undo right there, in case they clicked the wrong gift. A held reservation
 * (the couple wants confirmations, or the list is busy) says first of all that the guest must confirm by e-mail.
 */
export function ReservationConfirmation({ slug, created, email, onDone }: ReservationConfirmationProps) {
  const undo = useUndoReservation(slug);
  const { reservation, item } = created;

  if (undo.isSuccess) {
    return (
      // Its own key: a new message (and its focus), not the thank-you above with new words.
      <div className="stack" key="undone">
        <Alert tone="info" focus>
          Your reservation is undone: someone else can reserve {inSentence(item.name)} now.
        </Alert>
        <button type="button" className="button button-primary" onClick={onDone}>
          Back to the gift list
        </button>
      </div>
    );
  }

  const what = `${reservation.quantity > 1 ? `${reservation.quantity} × ` : ''}${inSentence(item.name)}`;
  return (
    <div className="stack">
      {reservation.status === 'held' && reservation.heldUntil ? (
        <>
          <Alert tone="info" focus>
            <strong>Check your e-mail to confirm within {minutesUntil(reservation.heldUntil)}.</strong> We are holding {what} for you until{' '}
            {formatTime(reservation.heldUntil)}.
          </Alert>
          <p>
            We sent a confirmation link to <strong>{email}</strong>. Open it and confirm; if you don’t confirm in time, the reservation lapses and the gift is
            free for other guests again.
          </p>
        </>
      ) : (
        <>
          <Alert tone="success" focus>
            Thank you, {reservation.guestName}! You have reserved {what}.
          </Alert>
          <p>
            We are sending a confirmation to <strong>{email}</strong> with a link to undo it later. You buy the gift wherever you like.
          </p>
        </>
      )}
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
