import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '@/components/alert';
import { paths } from '@/config/paths';
import { LoginForm } from '@/features/accounts/components/login-form';
import { invitationHeadline, invitationTokenIn, usePartnerInvitation } from '@/features/registries/api/get-partner-invitation';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { safeNext } from './safe-next';

export function Component() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const invitation = usePartnerInvitation(invitationTokenIn(next));
  const t = useT('dashboard');
  useDocumentTitle(t('dashboard:login.title'));
  return (
    <div className="page narrow">
      <h1>{t('dashboard:login.title')}</h1>
      {params.get('reset') === '1' && <Alert tone="success">{t('dashboard:login.after-reset')}</Alert>}
      {invitation.data && <p>{t('dashboard:login.invited', { headline: invitationHeadline(invitation.data, t) })}</p>}
      <LoginForm key={invitation.data?.email ?? ''} defaultEmail={invitation.data?.email} onSuccess={() => void navigate(next, { replace: true })} />
      <p>
        <Link to={paths.forgotPassword()}>{t('dashboard:auth.forgot-link')}</Link>
      </p>
      <p>
        {t('dashboard:login.new')} <Link to={paths.signup(params.get('next') ?? undefined)}>{t('dashboard:login.create-link')}</Link>
      </p>
    </div>
  );
}
