import type { OwnerReservation } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { Dialog } from '@/components/dialog';
import { formErrorsFrom } from '@/lib/form-errors';
import { useT } from '@/lib/i18n';
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
  const t = useT('pledges');
  const release = useReleaseReservation(registryId);

  return (
    <Dialog title={t('pledges:release.title', { gift })} onClose={onClose}>
      <div className="stack">
        {release.isSuccess ? (
          <>
            <Alert tone="success">{t('pledges:release.done', { gift })}</Alert>
            <button type="button" className="button button-primary" onClick={onClose}>
              {t('pledges:release.done-button')}
            </button>
          </>
        ) : (
          <>
            <p>{reservation.guest ? t('pledges:release.text', { gift, guest: reservation.guest.name }) : t('pledges:release.text-hidden', { gift })}</p>
            {release.isError && <Alert>{formErrorsFrom(release.error).summary}</Alert>}
            <div className="button-row">
              <button type="button" className="button button-danger" disabled={release.isPending} onClick={() => release.mutate(reservation.id)}>
                {release.isPending ? t('pledges:release.releasing') : t('pledges:release.button')}
              </button>
              <button type="button" className="button" onClick={onClose}>
                {t('pledges:release.keep')}
              </button>
            </div>
          </>
        )}
      </div>
    </Dialog>
  );
}
