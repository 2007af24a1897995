import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { isApiProblem } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { paths } from '@/config/paths';
import { useMe } from '@/features/accounts/api/get-me';
import { useLogout } from '@/features/accounts/api/logout';
import { isUnverifiedEmail, UnverifiedEmailNotice } from '@/features/accounts/components/unverified-email-notice';
import { useAcceptInvitation } from '@/features/registries/api/accept-invitation';
import { formErrorsFrom } from '@/lib/form-errors';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /invitations/:token — the partner's link from the invitation e-mail. Accepting needs an account, and a click. */
export function Component() {
  const { token = '' } = useParams();
  const location = useLocation();
  const me = useMe();
  const accept = useAcceptInvitation();
  const navigate = useNavigate();
  // The invitation is for another address: sign out, then sign in with that one and come back here.
  const switchAccount = useLogout({ leave: () => navigate(paths.login(location.pathname)) });
  useDocumentTitle('Join a gift list');

  if (me.isPending) {
    return (
      <div className="page">
        <LoadingRegion label="Loading…">
          <Skeleton height="4rem" />
        </LoadingRegion>
      </div>
    );
  }
  if (!me.data) return <Navigate to={paths.signup(location.pathname)} replace />;

  return (
    <div className="page">
      <section className="state-panel">
        <h1>Join your partner&apos;s gift list</h1>
        {accept.isSuccess ? (
          <>
            <Alert tone="success">You now co-own {accept.data.title}.</Alert>
            <Link className="button button-primary" to={paths.registry(accept.data.id)}>
              Open the gift list
            </Link>
          </>
        ) : (
          <>
            <p>You were invited to co-own a gift list as {me.data.email}. You will both be able to edit it and see reservations.</p>
            {/* Only the invited address may accept: the API says which one (masked) when this account is not it. */}
            {isUnverifiedEmail(accept.error) ? (
              <UnverifiedEmailNotice action="accepts invitations" />
            ) : isApiProblem(accept.error, 'invitation-for-another-address') ? (
              <div className="alert alert-error notice-stack" role="alert">
                <p>{accept.error.detail}</p>
                <button type="button" className="button button-small" disabled={switchAccount.isPending} onClick={() => switchAccount.mutate()}>
                  Sign in with another account
                </button>
              </div>
            ) : (
              accept.isError && <Alert>{formErrorsFrom(accept.error).summary}</Alert>
            )}
            <button type="button" className="button button-primary" disabled={accept.isPending} onClick={() => accept.mutate(token)}>
              {accept.isPending ? 'Joining…' : 'Accept the invitation'}
            </button>
          </>
        )}
      </section>
    </div>
  );
}
