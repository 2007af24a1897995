import type { Item } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { Dialog } from '@/components/dialog';
import { errorMessage } from '@/lib/form-errors';
import { useT } from '@/lib/i18n';
import { useDeleteItem } from '../api/delete-item';
import { useUpdateItem } from '../api/update-item';
import { useWithdrawItem } from '../api/withdraw-item';

/**
 * Deleting a gift, with what it means said up front: a gift nobody reserved goes for good; one guests reserved can be
 * archived (hidden from guests, their reservations kept) or taken off the list with each of those guests told by e-mail;
 * money pledged to a fund or group gift is kept, so that one can only be archived.
 */
export function DeleteItemDialog({ registryId, item, onClose }: { registryId: string; item: Item; onClose: () => void }) {
  const t = useT('gifts');
  const remove = useDeleteItem(registryId);
  const archive = useUpdateItem(registryId);
  const withdraw = useWithdrawItem(registryId);
  const busy = remove.isPending || archive.isPending || withdraw.isPending;
  const failure = remove.error ?? archive.error ?? withdraw.error;
  const done = { onSuccess: onClose };
  const archiveIt = () => archive.mutate({ itemId: item.id, changes: { archived: true }, etag: item.etag }, done);

  return (
    <Dialog title={t('gifts:delete.title', { name: item.name })} onClose={onClose}>
      <div className="stack">
        {failure ? <Alert>{errorMessage(failure)}</Alert> : null}
        {item.pledgeCount > 0 ? (
          <>
            <p>{t('gifts:delete.pledged', { count: item.pledgeCount, name: item.name })}</p>
            <div className="button-row">
              <button type="button" className="button button-primary" disabled={busy} onClick={archiveIt}>
                {t('gifts:delete.archive')}
              </button>
              <button type="button" className="button" onClick={onClose}>
                {t('gifts:delete.keep')}
              </button>
            </div>
          </>
        ) : item.reserved > 0 ? (
          <>
            <p>{t('gifts:delete.reserved', { count: item.reserved })}</p>
            <ul>
              <li>
                <strong>{t('gifts:delete.archive')}</strong>: {t('gifts:delete.archive-means')}
              </li>
              <li>
                <strong>{t('gifts:delete.withdraw')}</strong>: {t('gifts:delete.withdraw-means')}
              </li>
            </ul>
            <div className="button-row">
              <button type="button" className="button button-primary" disabled={busy} onClick={archiveIt}>
                {t('gifts:delete.archive')}
              </button>
              <button type="button" className="button button-danger" disabled={busy} onClick={() => withdraw.mutate(item.id, done)}>
                {t('gifts:delete.withdraw')}
              </button>
              <button type="button" className="button" onClick={onClose}>
                {t('gifts:delete.keep')}
              </button>
            </div>
          </>
        ) : (
          <>
            <p>{t('gifts:delete.unreserved')}</p>
            <div className="button-row">
              <button type="button" className="button button-danger" disabled={busy} onClick={() => remove.mutate(item, done)}>
                {t('gifts:delete.delete')}
              </button>
              <button type="button" className="button" onClick={onClose}>
                {t('gifts:delete.keep')}
              </button>
            </div>
          </>
        )}
      </div>
    </Dialog>
  );
}
