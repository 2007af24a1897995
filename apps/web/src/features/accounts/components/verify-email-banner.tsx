import type { User } from '@whispergifts/api-client';
import { ResendVerificationButton } from './resend-verification-button';

/** Reminds a new couple to confirm their address (that is where reservations and invitations arrive). */
export function VerifyEmailBanner({ user }: { user: User }) {
  if (user.emailVerifiedAt) return null;
  return (
    <div className="alert alert-info verify-banner">
      <p>
        Please confirm your e-mail address: we sent a link to <strong>{user.email}</strong>.
      </p>
      <ResendVerificationButton label="Send the link again" sentMessage="A new link is on its way." />
    </div>
  );
}
