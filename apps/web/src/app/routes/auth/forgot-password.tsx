import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { ForgotPasswordForm } from '@/features/accounts/components/forgot-password-form';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /forgot-password — asks for the address to send a reset link to. */
export function Component() {
  const t = useT('dashboard');
  useDocumentTitle(t('dashboard:auth.forgot-link'));
  return (
    <div className="page narrow">
      <h1>{t('dashboard:auth.forgot-link')}</h1>
      <p>{t('dashboard:forgot.intro')}</p>
      <ForgotPasswordForm />
      <p>
        <Link to={paths.login()}>{t('dashboard:forgot.back')}</Link>
      </p>
    </div>
  );
}
