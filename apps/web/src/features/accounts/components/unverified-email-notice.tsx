import { isApiProblem } from '@whispergifts/api-client';
import { useT } from '@/lib/i18n';
import { ResendVerificationButton } from './resend-verification-button';

/** True when the API refused because the account's address is not verified yet (403 `email-unverified`). */
export const isUnverifiedEmail = (error: unknown) => isApiProblem(error, 'email-unverified');

/** What to do about a 403 `email-unverified`: confirm the address from the e-mail, or have the link sent again. */
/** `action`: what waits for the confirmed address (each language words it its own way). */
export function UnverifiedEmailNotice({ action }: { action: 'accept' | 'guests' | 'partner' }) {
  const t = useT('dashboard');
  return (
    <div className="alert alert-error notice-stack" role="alert">
      <p>{t('dashboard:verify.required', { action })}</p>
      <ResendVerificationButton label={t('dashboard:verify.resend-confirmation')} sentMessage={t('dashboard:verify.resent-confirmation')} />
    </div>
  );
}
