import { Trans } from '@lingui/react';
import { useParams } from 'react-router';
import { UndoLinkPage } from '@/components/undo-link-page';
import { usePledgeUndoPreview } from '@/features/pledges/api/get-undo-preview';
import { useUndoPledge } from '@/features/pledges/api/undo-pledge';
import { useT } from '@/lib/i18n';
import { formatMoney } from '@/lib/money';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /pledges/undo/:token — the link from the pledge's confirmation e-mail (see UndoLinkPage). */
export function Component() {
  const { token = '' } = useParams();
  const t = useT('guest', 'guest-pages');
  const preview = usePledgeUndoPreview(token);
  const undo = useUndoPledge(preview.data?.registry.slug);
  useDocumentTitle(preview.data ? t('guest-pages:undo.page-title', { name: preview.data.itemName }) : t('guest-pages:undo.pledge.page-title'));
  const data = preview.data;

  return (
    <UndoLinkPage
      title={t('guest-pages:undo.pledge.title')}
      preview={data}
      previewError={preview.error}
      summary={
        data && (
          <>
            <Trans
              id="guest-pages:undo.pledge.summary"
              values={{ amount: formatMoney(data.amount, data.currency), item: data.itemName, couple: data.registry.coupleNames }}
              components={{ 0: <strong />, 1: <strong /> }}
            />
            {data.status === 'received' && ` ${t('guest-pages:undo.pledge.received')}`}
          </>
        )
      }
      alreadyUndone={data?.status === 'cancelled' || Boolean(undo.data?.alreadyUndone)}
      done={undo.data && !undo.data.alreadyUndone ? t('guest-pages:undo.pledge.done', { item: undo.data.item.name }) : null}
      caution={t('guest-pages:undo.pledge.caution')}
      undo={{
        label: t('guest:chip-in.undo'),
        pendingLabel: t('guest:confirmation.undoing'),
        pending: undo.isPending,
        error: undo.error,
        run: () => undo.mutate(token),
      }}
    />
  );
}
