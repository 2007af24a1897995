import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { isApiProblem } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { paths } from '@/config/paths';
import { useMe } from '@/features/accounts/api/get-me';
import { useLogout } from '@/features/accounts/api/logout';
import { isUnverifiedEmail, UnverifiedEmailNotice } from '@/features/accounts/components/unverified-email-notice';
import { useAcceptInvitation } from '@/features/registries/api/accept-invitation';
import { invitationHeadline, usePartnerInvitation } from '@/features/registries/api/get-partner-invitation';
import { formErrorsFrom } from '@/lib/form-errors';
import { useDocumentTitle } from '@/lib/use-document-title';

/**
 * /invitations/:token — the partner's link from the invitation e-mail. It says whose list it is and who invited them
 * before anything else; accepting needs an account with the invited address, and a click.
 */
export function Component() {
  const { token = '' } = useParams();
  const location = useLocation();
  const me = useMe();
  const invitation = usePartnerInvitation(token);
  const accept = useAcceptInvitation();
  const navigate = useNavigate();
  // The invitation is for another address: sign out, then sign in with that one and come back here.
  const switchAccount = useLogout({ leave: () => navigate(paths.login(location.pathname)) });
  useDocumentTitle(invitation.data ? `Join ${invitation.data.coupleNames}’s gift list` : 'Join a gift list');

  if (me.isPending || invitation.isPending) {
    return (
      <div className="page">
        <LoadingRegion label="Loading…">
          <Skeleton height="4rem" />
        </LoadingRegion>
      </div>
    );
  }

  // Accepted already (by this person, on another tab) or expired: the link is spent, and accepting would 404 too.
  if (invitation.isError && !accept.isSuccess) {
    return (
      <div className="page">
        <section className="state-panel">
          <h1>This invitation can no longer be used</h1>
          <p>
            {isApiProblem(invitation.error, 'not-found')
              ? 'It has expired, or it was accepted already. If you have not joined the list yet, ask your partner to invite you again from its settings.'
              : formErrorsFrom(invitation.error).summary}
          </p>
          <Link className="button" to={me.data ? paths.dashboard() : paths.login()}>
            {me.data ? 'Go to your gift lists' : 'Log in'}
          </Link>
        </section>
      </div>
    );
  }

  const details = invitation.data;
  return (
    <div className="page">
      <section className="state-panel">
        <h1>{details ? invitationHeadline(details) : 'Join your partner’s gift list'}</h1>
        {details && <p className="lead">“{details.registryTitle}”</p>}
        {accept.isSuccess ? (
          <>
            <Alert tone="success">You now co-own {accept.data.title}.</Alert>
            <Link className="button button-primary" to={paths.registry(accept.data.id)}>
              Open the gift list
            </Link>
          </>
        ) : !me.data ? (
          <>
            <p>
              You will both be able to edit the list and see who reserved what. Create your WhisperGifts account with{' '}
              <strong className="break">{details?.email}</strong>, the address this invitation was sent to, or log in if you have one.
            </p>
            <div className="button-row">
              <Link className="button button-primary" to={paths.signup(location.pathname)}>
                Create your account
              </Link>
              <Link className="button" to={paths.login(location.pathname)}>
                Log in
              </Link>
            </div>
          </>
        ) : (
          <>
            <p>You are signed in as {me.data.email}. Once you accept, you will both be able to edit the list and see who reserved what.</p>
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
