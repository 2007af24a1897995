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
import { useT } from '@/lib/i18n';
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
  const t = useT('dashboard');
  useDocumentTitle(invitation.data ? t('dashboard:invitation.join-title', { coupleNames: invitation.data.coupleNames }) : t('dashboard:invitation.join-any'));

  if (me.isPending || invitation.isPending) {
    return (
      <div className="page">
        <LoadingRegion label={t('dashboard:common.loading')}>
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
          <h1>{t('dashboard:invitation.spent.title')}</h1>
          <p>{isApiProblem(invitation.error, 'not-found') ? t('dashboard:invitation.spent.detail') : formErrorsFrom(invitation.error).summary}</p>
          <Link className="button" to={me.data ? paths.dashboard() : paths.login()}>
            {me.data ? t('dashboard:nav.go-to-lists') : t('dashboard:login.title')}
          </Link>
        </section>
      </div>
    );
  }

  const details = invitation.data;
  return (
    <div className="page">
      <section className="state-panel">
        <h1>{details ? invitationHeadline(details, t) : t('dashboard:invitation.join-partner')}</h1>
        {details && <p className="lead">“{details.registryTitle}”</p>}
        {accept.isSuccess ? (
          <>
            <Alert tone="success">{t('dashboard:invitation.accepted', { title: accept.data.title })}</Alert>
            <Link className="button button-primary" to={paths.registry(accept.data.id)}>
              {t('dashboard:invitation.open-list')}
            </Link>
          </>
        ) : !me.data ? (
          <>
            <p>
              {t('dashboard:invitation.signed-out.before')} <strong className="break">{details?.email}</strong>
              {t('dashboard:invitation.signed-out.after')}
            </p>
            <div className="button-row">
              <Link className="button button-primary" to={paths.signup(location.pathname)}>
                {t('dashboard:signup.title')}
              </Link>
              <Link className="button" to={paths.login(location.pathname)}>
                {t('dashboard:login.title')}
              </Link>
            </div>
          </>
        ) : (
          <>
            <p>{t('dashboard:invitation.signed-in', { email: me.data.email })}</p>
            {/* Only the invited address may accept: the API says which one (masked) when this account is not it. */}
            {isUnverifiedEmail(accept.error) ? (
              <UnverifiedEmailNotice action="accept" />
            ) : isApiProblem(accept.error, 'invitation-for-another-address') ? (
              <div className="alert alert-error notice-stack" role="alert">
                <p>{accept.error.detail}</p>
                <button type="button" className="button button-small" disabled={switchAccount.isPending} onClick={() => switchAccount.mutate()}>
                  {t('dashboard:invitation.switch-account')}
                </button>
              </div>
            ) : (
              accept.isError && <Alert>{formErrorsFrom(accept.error).summary}</Alert>
            )}
            <button type="button" className="button button-primary" disabled={accept.isPending} onClick={() => accept.mutate(token)}>
              {accept.isPending ? t('dashboard:invitation.joining') : t('dashboard:invitation.accept')}
            </button>
          </>
        )}
      </section>
    </div>
  );
}
