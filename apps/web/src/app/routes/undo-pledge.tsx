import { useParams } from 'react-router';
import { UndoLinkPage } from '@/components/undo-link-page';
import { usePledgeUndoPreview } from '@/features/pledges/api/get-undo-preview';
import { useUndoPledge } from '@/features/pledges/api/undo-pledge';
import { formatMoney } from '@/lib/money';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /pledges/undo/:token — the link from the pledge's confirmation e-mail (see UndoLinkPage). */
export function Component() {
  const { token = '' } = useParams();
  const preview = usePledgeUndoPreview(token);
  const undo = useUndoPledge(preview.data?.registry.slug);
  useDocumentTitle(preview.data ? `Undo: ${preview.data.itemName}` : 'Undo a pledge');
  const data = preview.data;

  return (
    <UndoLinkPage
      title="Undo your pledge"
      preview={data}
      previewError={preview.error}
      summary={
        data && (
          <>
            You pledged <strong>{formatMoney(data.amount, data.currency)}</strong> towards <strong>{data.itemName}</strong> on {data.registry.coupleNames}’s
            gift list.
            {data.status === 'received' && ' The couple has already received it, so it cannot be undone here: contact them directly.'}
          </>
        )
      }
      alreadyUndone={data?.status === 'cancelled' || Boolean(undo.data?.alreadyUndone)}
      done={
        undo.data && !undo.data.alreadyUndone
          ? `Done: your pledge towards ${undo.data.item.name} is undone. If you already sent the money, tell the couple.`
          : null
      }
      caution="Changed your mind? Undo the pledge, and the gift’s progress no longer counts it. Only undo it if you have not sent the money."
      undo={{ label: 'Undo my pledge', pendingLabel: 'Undoing…', pending: undo.isPending, error: undo.error, run: () => undo.mutate(token) }}
    />
  );
}
