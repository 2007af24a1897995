import type { User } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { formErrorsFrom } from '@/lib/form-errors';
import { useResendVerification } from '../api/resend-verification';

/** Reminds a new couple to confirm their address (that is where reservations and invitations arrive). */
export function VerifyEmailBanner({ user }: { user: User }) {
  const resend = useResendVerification();
  if (user.emailVerifiedAt) return null;
  return (
    <div className="alert alert-info verify-banner">
      <p>
        Please confirm your e-mail address: we sent a link to <strong>{user.email}</strong>.
      </p>
      {resend.isSuccess ? (
        <p role="status">A new link is on its way.</p>
      ) : (
        <button type="button" className="button button-small" disabled={resend.isPending} onClick={() => resend.mutate()}>
          {resend.isPending ? 'Sending…' : 'Send the link again'}
        </button>
      )}
      {resend.isError && <Alert>{formErrorsFrom(resend.error).summary}</Alert>}
    </div>
  );
}
