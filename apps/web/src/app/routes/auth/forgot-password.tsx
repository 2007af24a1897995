import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { ForgotPasswordForm } from '@/features/accounts/components/forgot-password-form';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /forgot-password — asks for the address to send a reset link to. */
export function Component() {
  useDocumentTitle('Forgot your password?');
  return (
    <div className="page narrow">
      <h1>Forgot your password?</h1>
      <p>Tell us your e-mail address and we will send you a link to choose a new one.</p>
      <ForgotPasswordForm />
      <p>
        <Link to={paths.login()}>Back to log in</Link>
      </p>
    </div>
  );
}
