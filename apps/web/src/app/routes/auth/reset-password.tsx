import { useNavigate, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { ResetPasswordForm } from '@/features/accounts/components/reset-password-form';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /reset-password/:token — the link from the reset e-mail. Every session is ended, so the next step is logging in. */
export function Component() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const t = useT('dashboard');
  useDocumentTitle(t('dashboard:reset.title'));
  return (
    <div className="page narrow">
      <h1>{t('dashboard:reset.title')}</h1>
      <ResetPasswordForm token={token} onDone={() => void navigate(`${paths.login()}?reset=1`, { replace: true })} />
    </div>
  );
}
