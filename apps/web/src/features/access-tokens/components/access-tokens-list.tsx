import { useEffect, useRef } from 'react';
import { isApiProblem, type AccessToken } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { EmptyState } from '@/components/empty-state';
import { formatDateTime } from '@/lib/dates';
import { currentLocale, useT } from '@/lib/i18n';

import { useRevokeAccessToken } from '../api/revoke-access-token';
import { scopeLabel } from '../scopes';

const isExpired = (token: AccessToken) => new Date(token.expiresAt).getTime() <= Date.now();

/**
 * The couple's tokens with what tells them apart (name, last characters, dates), and a Revoke button each.
 * After a revoke, focus moves to the message saying so, since the button that had it is gone.
 */
export function AccessTokensList({ tokens }: { tokens: AccessToken[] }) {
  const revoke = useRevokeAccessToken();
  const t = useT('dashboard');
  const when = (iso: string) => formatDateTime(iso, currentLocale());
  const outcome = useRef<HTMLDivElement>(null);
  const revoked = revoke.isSuccess ? revoke.variables : null;

  useEffect(() => {
    if (revoke.isSuccess || revoke.isError) outcome.current?.focus();
  }, [revoke.isSuccess, revoke.isError]);

  function confirmRevoke(token: AccessToken) {
    if (window.confirm(t('dashboard:tokens.revoke.confirm', { name: token.name }))) revoke.mutate(token);
  }

  return (
    <>
      <div ref={outcome} tabIndex={-1} className="access-token-outcome">
        {revoked && <Alert tone="success">{t('dashboard:tokens.revoke.done', { name: revoked.name })}</Alert>}
        {revoke.isError && <Alert>{isApiProblem(revoke.error) ? revoke.error.detail : t('dashboard:common.offline')}</Alert>}
      </div>
      {tokens.length === 0 ? (
        <EmptyState title={t('dashboard:tokens.empty.title')}>
          <p>{t('dashboard:tokens.empty.detail')}</p>
        </EmptyState>
      ) : (
        <ul className="card-list" aria-label={t('dashboard:tokens.list-label')}>
          {tokens.map((token) => (
            <li key={token.id} className="card access-token">
              <div className="access-token-header">
                <h3>{token.name}</h3>
                {isExpired(token) && <span className="badge">{t('dashboard:tokens.expired')}</span>}
                <button
                  type="button"
                  className="button button-small button-danger"
                  aria-label={t('dashboard:tokens.revoke.label', { name: token.name })}
                  disabled={revoke.isPending && revoke.variables.id === token.id}
                  onClick={() => confirmRevoke(token)}
                >
                  {revoke.isPending && revoke.variables.id === token.id ? t('dashboard:tokens.revoke.pending') : t('dashboard:tokens.revoke.button')}
                </button>
              </div>
              <dl className="access-token-facts">
                <div>
                  <dt>{t('dashboard:tokens.ends-in')}</dt>
                  <dd>
                    <code>…{token.hint}</code>
                  </dd>
                </div>
                <div>
                  <dt>{t('dashboard:tokens.may')}</dt>
                  <dd>{scopeLabel(token.scope, t)}</dd>
                </div>
                <div>
                  <dt>{t('dashboard:tokens.created')}</dt>
                  <dd>{when(token.createdAt)}</dd>
                </div>
                <div>
                  <dt>{t('dashboard:tokens.last-used')}</dt>
                  <dd>{token.lastUsedAt ? when(token.lastUsedAt) : t('dashboard:tokens.never')}</dd>
                </div>
                <div>
                  <dt>{t('dashboard:tokens.expires')}</dt>
                  <dd>{isExpired(token) ? t('dashboard:tokens.expired-on', { date: when(token.expiresAt) }) : when(token.expiresAt)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
