import type { User } from '@whispergifts/api-client';
import { useT } from '@/lib/i18n';
import { ResendVerificationButton } from './resend-verification-button';

/** Reminds a new couple to confirm their address (that is where reservations and invitations arrive). */
export function VerifyEmailBanner({ user }: { user: User }) {
  const t = useT('dashboard');
  if (user.emailVerifiedAt) return null;
  return (
    <div className="alert alert-info verify-banner">
      <p>
        {t('dashboard:verify.banner')} <strong>{user.email}</strong>.
      </p>
      <ResendVerificationButton label={t('dashboard:verify.resend')} sentMessage={t('dashboard:verify.resent')} />
    </div>
  );
}
