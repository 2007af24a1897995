import type { Item } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { Dialog } from '@/components/dialog';
import { errorMessage } from '@/lib/form-errors';
import { useDeleteItem } from '../api/delete-item';
import { useUpdateItem } from '../api/update-item';
import { useWithdrawItem } from '../api/withdraw-item';

/**
 * Deleting a gift, with what it means said up front: a gift nobody reserved goes for good; one guests reserved can be
 * archived (hidden from guests, their reservations kept) or taken off the list with each of those guests told by e-mail;
 * money pledged to a fund or group gift is kept, so that one can only be archived.
 */
export function DeleteItemDialog({ registryId, item, onClose }: { registryId: string; item: Item; onClose: () => void }) {
  const remove = useDeleteItem(registryId);
  const archive = useUpdateItem(registryId);
  const withdraw = useWithdrawItem(registryId);
  const busy = remove.isPending || archive.isPending || withdraw.isPending;
  const failure = remove.error ?? archive.error ?? withdraw.error;
  const done = { onSuccess: onClose };
  const archiveIt = () => archive.mutate({ itemId: item.id, changes: { archived: true }, etag: item.etag }, done);
  const units = item.reserved === 1 ? '1 reserved' : `${item.reserved} reserved`;

  return (
    <Dialog title={`Delete ${item.name}?`} onClose={onClose}>
      <div className="stack">
        {failure ? <Alert>{errorMessage(failure)}</Alert> : null}
        {item.pledgeCount > 0 ? (
          <>
            <p>
              {item.pledgeCount === 1 ? 'A guest has' : `${item.pledgeCount} guests have`} pledged money to {item.name}, so it stays on your records. Archive it
              to hide it from guests.
            </p>
            <div className="button-row">
              <button type="button" className="button button-primary" disabled={busy} onClick={archiveIt}>
                Archive it
              </button>
              <button type="button" className="button" onClick={onClose}>
                Keep it
              </button>
            </div>
          </>
        ) : item.reserved > 0 ? (
          <>
            <p>Guests have reserved this gift ({units}). What should happen to their reservations?</p>
            <ul>
              <li>
                <strong>Archive it</strong>: guests no longer see it; their reservations stay, and you can restore it later.
              </li>
              <li>
                <strong>Remove it and tell the guests</strong>: their reservations are released and each guest gets an e-mail saying so.
              </li>
            </ul>
            <div className="button-row">
              <button type="button" className="button button-primary" disabled={busy} onClick={archiveIt}>
                Archive it
              </button>
              <button type="button" className="button button-danger" disabled={busy} onClick={() => withdraw.mutate(item.id, done)}>
                Remove it and tell the guests
              </button>
              <button type="button" className="button" onClick={onClose}>
                Keep it
              </button>
            </div>
          </>
        ) : (
          <>
            <p>Nobody has reserved it yet. Deleting it cannot be undone.</p>
            <div className="button-row">
              <button type="button" className="button button-danger" disabled={busy} onClick={() => remove.mutate(item, done)}>
                Delete it
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
