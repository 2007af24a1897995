import { Link, useNavigate, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { SignupForm } from '@/features/accounts/components/signup-form';
import { invitationHeadline, invitationTokenIn, usePartnerInvitation } from '@/features/registries/api/get-partner-invitation';
import { useDocumentTitle } from '@/lib/use-document-title';
import { safeNext } from './safe-next';

export function Component() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  // Arriving from a partner's invitation: say whose list it is and pre-fill the address the invitation was sent to.
  const invitation = usePartnerInvitation(invitationTokenIn(next));
  useDocumentTitle('Create your account');
  return (
    <div className="page narrow">
      <h1>Create your account</h1>
      {invitation.data ? (
        <p>{invitationHeadline(invitation.data)}. Create your account with the address the invitation was sent to, then accept it.</p>
      ) : (
        <p>One account per person; you can invite your partner to your gift list later.</p>
      )}
      {/* Keyed so the address arrives as the starting value once the invitation has loaded. */}
      <SignupForm key={invitation.data?.email ?? ''} defaultEmail={invitation.data?.email} onSuccess={() => void navigate(next, { replace: true })} />
      <p>
        Already have an account? <Link to={paths.login(params.get('next') ?? undefined)}>Log in</Link>
      </p>
    </div>
  );
}
