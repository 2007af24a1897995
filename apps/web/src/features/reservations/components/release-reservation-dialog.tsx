import type { OwnerReservation } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { Dialog } from '@/components/dialog';
import { formErrorsFrom } from '@/lib/form-errors';
import { useReleaseReservation } from '../api/release-reservation';

interface ReleaseReservationDialogProps {
  registryId: string;
  reservation: OwnerReservation;
  /** "2 × Toaster" */
  gift: string;
  onClose: () => void;
}

/** Asks before the couple releases a reservation: the guest is told by e-mail, and it cannot be taken back. */
export function ReleaseReservationDialog({ registryId, reservation, gift, onClose }: ReleaseReservationDialogProps) {
  const release = useReleaseReservation(registryId);
  const guest = reservation.guest?.name ?? 'The guest';

  return (
    <Dialog title={`Release ${gift}?`} onClose={onClose}>
      <div className="stack">
        {release.isSuccess ? (
          <>
            <Alert tone="success">Released. {gift} is free for other guests again, and we are letting the guest know.</Alert>
            <button type="button" className="button button-primary" onClick={onClose}>
              Done
            </button>
          </>
        ) : (
          <>
            <p>
              {gift} becomes available to other guests again. {guest} gets an e-mail saying you released the reservation
              {reservation.guest ? '' : ' (we still won’t tell you who it was)'}. This cannot be undone.
            </p>
            {release.isError && <Alert>{formErrorsFrom(release.error).summary}</Alert>}
            <div className="button-row">
              <button type="button" className="button button-danger" disabled={release.isPending} onClick={() => release.mutate(reservation.id)}>
                {release.isPending ? 'Releasing…' : 'Release reservation'}
              </button>
              <button type="button" className="button" onClick={onClose}>
                Keep it
              </button>
            </div>
          </>
        )}
      </div>
    </Dialog>
  );
}
