import { ErrorState } from '@/components/error-state';
import { formatDateTime } from '@/lib/dates';
import { currentLocale, useT } from '@/lib/i18n';
import { useShareInvitations } from '../api/get-share-invitations';

/** The record of whom the list was e-mailed to, newest first, a resend as its own line. */
export function SentInvitations({ registryId }: { registryId: string }) {
  const sent = useShareInvitations(registryId);
  const t = useT('dashboard');
  const invitations = sent.data?.pages.flatMap((page) => page.invitations) ?? [];

  return (
    <div className="stack">
      <h2 id="sent-invitations-title">{t('dashboard:sent.title')}</h2>
      {sent.isPending ? (
        <p>{t('dashboard:common.loading')}</p>
      ) : sent.isError ? (
        <ErrorState title={t('dashboard:sent.load-failed')} error={sent.error} onRetry={() => void sent.refetch()} />
      ) : invitations.length === 0 ? (
        <p>{t('dashboard:sent.none')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="sent-invitations-table">
              <caption className="visually-hidden">{t('dashboard:sent.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard:sent.guest')}</th>
                  <th scope="col">{t('dashboard:sent.sent')}</th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((invitation) => (
                  <tr key={invitation.id}>
                    <th scope="row">{invitation.email}</th>
                    <td>
                      <time dateTime={invitation.sentAt}>{formatDateTime(invitation.sentAt, currentLocale())}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {sent.hasNextPage && (
            <button type="button" className="button" disabled={sent.isFetchingNextPage} onClick={() => void sent.fetchNextPage()}>
              {sent.isFetchingNextPage ? t('dashboard:common.loading') : t('dashboard:common.show-more')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
