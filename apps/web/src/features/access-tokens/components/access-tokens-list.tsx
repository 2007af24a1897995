import { useEffect, useRef } from 'react';
import { isApiProblem, type AccessToken } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { EmptyState } from '@/components/empty-state';
import { formatDateTime } from '@/lib/dates';
import { useRevokeAccessToken } from '../api/revoke-access-token';
import { scopeLabel } from '../scopes';

const isExpired = (token: AccessToken) => new Date(token.expiresAt).getTime() <= Date.now();

const expiryText = (token: AccessToken) => (isExpired(token) ? `Expired ${formatDateTime(token.expiresAt)}` : formatDateTime(token.expiresAt));

/**
 * The couple's tokens with what tells them apart (name, last characters, dates), and a Revoke button each.
 * After a revoke, focus moves to the message saying so, since the button that had it is gone.
 */
export function AccessTokensList({ tokens }: { tokens: AccessToken[] }) {
  const revoke = useRevokeAccessToken();
  const outcome = useRef<HTMLDivElement>(null);
  const revoked = revoke.isSuccess ? revoke.variables : null;

  useEffect(() => {
    if (revoke.isSuccess || revoke.isError) outcome.current?.focus();
  }, [revoke.isSuccess, revoke.isError]);

  function confirmRevoke(token: AccessToken) {
    if (window.confirm(`Revoke "${token.name}"? Anything using it stops working at once. This cannot be undone.`)) revoke.mutate(token);
  }

  return (
    <>
      <div ref={outcome} tabIndex={-1} className="access-token-outcome">
        {revoked && <Alert tone="success">“{revoked.name}” is revoked: it no longer works.</Alert>}
        {revoke.isError && <Alert>{isApiProblem(revoke.error) ? revoke.error.detail : 'We could not reach WhisperGifts. Please try again.'}</Alert>}
      </div>
      {tokens.length === 0 ? (
        <EmptyState title="No tokens yet">
          <p>Create one with the form on this page when a script or another service needs to work with your gift lists.</p>
        </EmptyState>
      ) : (
        <ul className="card-list" aria-label="Your access tokens">
          {tokens.map((token) => (
            <li key={token.id} className="card access-token">
              <div className="access-token-header">
                <h3>{token.name}</h3>
                {isExpired(token) && <span className="badge">Expired</span>}
                <button
                  type="button"
                  className="button button-small button-danger"
                  aria-label={`Revoke ${token.name}`}
                  disabled={revoke.isPending && revoke.variables.id === token.id}
                  onClick={() => confirmRevoke(token)}
                >
                  {revoke.isPending && revoke.variables.id === token.id ? 'Revoking…' : 'Revoke'}
                </button>
              </div>
              <dl className="access-token-facts">
                <div>
                  <dt>Ends in</dt>
                  <dd>
                    <code>…{token.hint}</code>
                  </dd>
                </div>
                <div>
                  <dt>May</dt>
                  <dd>{scopeLabel(token.scope)}</dd>
                </div>
                <div>
                  <dt>Created</dt>
                  <dd>{formatDateTime(token.createdAt)}</dd>
                </div>
                <div>
                  <dt>Last used</dt>
                  <dd>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Never'}</dd>
                </div>
                <div>
                  <dt>Expires</dt>
                  <dd>{expiryText(token)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
