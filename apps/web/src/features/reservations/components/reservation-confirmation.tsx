import type { ReservationCreated } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { formatTime } from '@/lib/dates';
import { Trans } from '@lingui/react';
import { nameInSentence } from '@/features/gift-list/components/gift-card';
import { useT } from '@/lib/i18n';
import { formErrorsFrom } from '@/lib/form-errors';
import { useUndoReservation } from '../api/undo-reservation';

interface ReservationConfirmationProps {
  slug: string;
  created: ReservationCreated;
  email: string;
  onDone: () => void;
}

/** Minutes from now until a hold's deadline (at least one). */
const minutesUntil = (deadline: string) => Math.max(1, Math.round((Date.parse(deadline) - Date.now()) / 60_000));

/**
 * Thanks the guest and offers the undo right there, in case they clicked the wrong gift. A held reservation
 * (the couple wants confirmations, or the list is busy) says first of all that the guest must confirm by e-mail.
 */
export function ReservationConfirmation({ slug, created, email, onDone }: ReservationConfirmationProps) {
  const t = useT('guest');
  const undo = useUndoReservation(slug);
  const { reservation, item } = created;

  if (undo.isSuccess) {
    return (
      // Its own key: a new message (and its focus), not the thank-you above with new words.
      <div className="stack" key="undone">
        <Alert tone="info" focus>
          {t('guest:confirmation.undone', { name: nameInSentence(item.name) })}
        </Alert>
        <button type="button" className="button button-primary" onClick={onDone}>
          {t('guest:confirmation.back')}
        </button>
      </div>
    );
  }

  const what = `${reservation.quantity > 1 ? `${reservation.quantity} × ` : ''}${nameInSentence(item.name)}`;
  return (
    <div className="stack">
      {reservation.status === 'held' && reservation.heldUntil ? (
        <>
          <Alert tone="info" focus>
            <Trans
              id="guest:confirmation.held"
              values={{ minutes: minutesUntil(reservation.heldUntil), what, time: formatTime(reservation.heldUntil) }}
              components={{ 0: <strong /> }}
            />
          </Alert>
          <p>
            <Trans id="guest:confirmation.held-link" values={{ email }} components={{ 0: <strong /> }} />
          </p>
        </>
      ) : (
        <>
          <Alert tone="success" focus>
            {t('guest:confirmation.thanks', { name: reservation.guestName, what })}
          </Alert>
          <p>
            <Trans id="guest:confirmation.sending" values={{ email }} components={{ 0: <strong /> }} />
          </p>
        </>
      )}
      {undo.isError && <Alert>{formErrorsFrom(undo.error).summary}</Alert>}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onDone}>
          {t('guest:confirmation.done')}
        </button>
        <button type="button" className="button" disabled={undo.isPending} onClick={() => undo.mutate(created.undoToken)}>
          {undo.isPending ? t('guest:confirmation.undoing') : t('guest:confirmation.undo')}
        </button>
      </div>
    </div>
  );
}
