import { Link, useNavigate, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { SignupForm } from '@/features/accounts/components/signup-form';
import { invitationHeadline, invitationTokenIn, usePartnerInvitation } from '@/features/registries/api/get-partner-invitation';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { safeNext } from './safe-next';

export function Component() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  // Arriving from a partner's invitation: say whose list it is and pre-fill the address the invitation was sent to.
  const invitation = usePartnerInvitation(invitationTokenIn(next));
  const t = useT('dashboard');
  useDocumentTitle(t('dashboard:signup.title'));
  return (
    <div className="page narrow">
      <h1>{t('dashboard:signup.title')}</h1>
      {invitation.data ? <p>{t('dashboard:signup.invited', { headline: invitationHeadline(invitation.data, t) })}</p> : <p>{t('dashboard:signup.intro')}</p>}
      {/* Keyed so the address arrives as the starting value once the invitation has loaded. */}
      <SignupForm key={invitation.data?.email ?? ''} defaultEmail={invitation.data?.email} onSuccess={() => void navigate(next, { replace: true })} />
      <p>
        {t('dashboard:signup.have-account')} <Link to={paths.login(params.get('next') ?? undefined)}>{t('dashboard:login.title')}</Link>
      </p>
    </div>
  );
}
