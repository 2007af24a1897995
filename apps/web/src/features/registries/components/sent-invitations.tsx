import { ErrorState } from '@/components/error-state';
import { formatDateTime } from '@/lib/dates';
import { useShareInvitations } from '../api/get-share-invitations';

/** The record of whom the list was e-mailed to, newest first, a resend as its own line. */
export function SentInvitations({ registryId }: { registryId: string }) {
  const sent = useShareInvitations(registryId);
  const invitations = sent.data?.pages.flatMap((page) => page.invitations) ?? [];

  return (
    <div className="stack">
      <h2 id="sent-invitations-title">Invitations sent</h2>
      {sent.isPending ? (
        <p>Loading…</p>
      ) : sent.isError ? (
        <ErrorState title="The invitations did not load" error={sent.error} onRetry={() => void sent.refetch()} />
      ) : invitations.length === 0 ? (
        <p>None yet. The addresses you send the list to show up here, with the day.</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="sent-invitations-table">
              <caption className="visually-hidden">Whom the gift list was e-mailed to, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Guest</th>
                  <th scope="col">Sent</th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((invitation) => (
                  <tr key={invitation.id}>
                    <th scope="row">{invitation.email}</th>
                    <td>
                      <time dateTime={invitation.sentAt}>{formatDateTime(invitation.sentAt)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {sent.hasNextPage && (
            <button type="button" className="button" disabled={sent.isFetchingNextPage} onClick={() => void sent.fetchNextPage()}>
              {sent.isFetchingNextPage ? 'Loading…' : 'Show more'}
            </button>
          )}
        </>
      )}
    </div>
  );
}
