import { useParams } from 'react-router';
import { UndoLinkPage } from '@/components/undo-link-page';
import { useReservationUndoPreview } from '@/features/reservations/api/get-undo-preview';
import { useUndoReservation } from '@/features/reservations/api/undo-reservation';
import { inSentence } from '@/lib/gift-names';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /reservations/undo/:token — the link from the confirmation e-mail (see UndoLinkPage). */
export function Component() {
  const { token = '' } = useParams();
  const preview = useReservationUndoPreview(token);
  const undo = useUndoReservation(preview.data?.registry.slug);
  useDocumentTitle(preview.data ? `Undo: ${preview.data.itemName}` : 'Undo a reservation');
  const gift = preview.data && (preview.data.quantity > 1 ? `${preview.data.quantity} × ${preview.data.itemName}` : preview.data.itemName);
  const status = preview.data?.status;

  return (
    <UndoLinkPage
      title="Undo your reservation"
      preview={preview.data}
      previewError={preview.error}
      summary={
        preview.data && (
          <>
            You reserved <strong>{gift}</strong> from {preview.data.registry.coupleNames}’s gift list.
          </>
        )
      }
      alreadyUndone={status === 'cancelled' || status === 'lapsed' || Boolean(undo.data?.alreadyUndone)}
      done={
        undo.data && !undo.data.alreadyUndone ? `Done: your reservation is undone, and someone else can reserve ${inSentence(undo.data.item.name)} now.` : null
      }
      caution="Changed your mind? Undo the reservation, and the gift becomes available to other guests again."
      undo={{ label: 'Undo my reservation', pendingLabel: 'Undoing…', pending: undo.isPending, error: undo.error, run: () => undo.mutate(token) }}
    />
  );
}
