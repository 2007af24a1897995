import { Trans } from '@lingui/react';
import { useParams } from 'react-router';
import { UndoLinkPage } from '@/components/undo-link-page';
import { useReservationUndoPreview } from '@/features/reservations/api/get-undo-preview';
import { useUndoReservation } from '@/features/reservations/api/undo-reservation';
import { inSentence } from '@/lib/gift-names';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /reservations/undo/:token — the link from the confirmation e-mail (see UndoLinkPage). */
export function Component() {
  const { token = '' } = useParams();
  const t = useT('guest', 'guest-pages');
  const preview = useReservationUndoPreview(token);
  const undo = useUndoReservation(preview.data?.registry.slug);
  useDocumentTitle(preview.data ? t('guest-pages:undo.page-title', { name: preview.data.itemName }) : t('guest-pages:undo.reservation.page-title'));
  const gift = preview.data && (preview.data.quantity > 1 ? `${preview.data.quantity} × ${preview.data.itemName}` : preview.data.itemName);
  const status = preview.data?.status;

  return (
    <UndoLinkPage
      title={t('guest-pages:undo.reservation.title')}
      preview={preview.data}
      previewError={preview.error}
      summary={
        preview.data && (
          <Trans id="guest-pages:undo.reservation.summary" values={{ gift, couple: preview.data.registry.coupleNames }} components={{ 0: <strong /> }} />
        )
      }
      alreadyUndone={status === 'cancelled' || status === 'lapsed' || Boolean(undo.data?.alreadyUndone)}
      done={undo.data && !undo.data.alreadyUndone ? t('guest-pages:undo.reservation.done', { item: inSentence(undo.data.item.name) }) : null}
      caution={t('guest-pages:undo.reservation.caution')}
      undo={{
        label: t('guest-pages:undo.reservation.button'),
        pendingLabel: t('guest:confirmation.undoing'),
        pending: undo.isPending,
        error: undo.error,
        run: () => undo.mutate(token),
      }}
    />
  );
}
