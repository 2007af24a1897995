import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '@/components/alert';
import { paths } from '@/config/paths';
import { LoginForm } from '@/features/accounts/components/login-form';
import { invitationHeadline, invitationTokenIn, usePartnerInvitation } from '@/features/registries/api/get-partner-invitation';
import { useDocumentTitle } from '@/lib/use-document-title';
import { safeNext } from './safe-next';

export function Component() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const invitation = usePartnerInvitation(invitationTokenIn(next));
  useDocumentTitle('Log in');
  return (
    <div className="page narrow">
      <h1>Log in</h1>
      {params.get('reset') === '1' && (
        <Alert tone="success">
          Your new password is saved. You are signed out everywhere and your access tokens are revoked: log in with the new password, and create new tokens for
          any scripts that need them.
        </Alert>
      )}
      {invitation.data && <p>{invitationHeadline(invitation.data)}. Log in with the address the invitation was sent to, then accept it.</p>}
      <LoginForm key={invitation.data?.email ?? ''} defaultEmail={invitation.data?.email} onSuccess={() => void navigate(next, { replace: true })} />
      <p>
        <Link to={paths.forgotPassword()}>Forgot your password?</Link>
      </p>
      <p>
        New to WhisperGifts? <Link to={paths.signup(params.get('next') ?? undefined)}>Create an account</Link>
      </p>
    </div>
  );
}
