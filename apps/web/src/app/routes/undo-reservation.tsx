import { useParams } from 'react-router';
import { Alert } from '@/components/alert';
import { useUndoReservation } from '@/features/reservations/api/undo-reservation';
import { formErrorsFrom } from '@/lib/form-errors';
import { useDocumentTitle } from '@/lib/use-document-title';

/**
 * /reservations/undo/:token — the link from the confirmation e-mail. It asks before undoing: mail scanners open
 * links on their own, and a GET must never cancel a guest's reservation.
 */
export function Component() {
  const { token = '' } = useParams();
  const undo = useUndoReservation();
  useDocumentTitle('Undo a reservation');

  return (
    <div className="page">
      <section className="state-panel">
        <h1>Undo your reservation</h1>
        {undo.isSuccess ? (
          <Alert tone="success">Done: your reservation is undone, and {undo.data.item.name} is free again for someone else.</Alert>
        ) : (
          <>
            <p>Changed your mind? Undo the reservation, and the gift becomes available to other guests again.</p>
            {undo.isError && <Alert>{formErrorsFrom(undo.error).summary}</Alert>}
            <button type="button" className="button button-primary" disabled={undo.isPending} onClick={() => undo.mutate(token)}>
              {undo.isPending ? 'Undoing…' : 'Undo my reservation'}
            </button>
          </>
        )}
      </section>
    </div>
  );
}
