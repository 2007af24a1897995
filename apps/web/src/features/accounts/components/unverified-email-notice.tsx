import { isApiProblem } from '@whispergifts/api-client';
import { ResendVerificationButton } from './resend-verification-button';

/** True when the API refused because the account's address is not verified yet (403 `email-unverified`). */
export const isUnverifiedEmail = (error: unknown) => isApiProblem(error, 'email-unverified');

/** What to do about a 403 `email-unverified`: confirm the address from the e-mail, or have the link sent again. */
export function UnverifiedEmailNotice({ action }: { action: string }) {
  return (
    <div className="alert alert-error notice-stack" role="alert">
      <p>
        Please confirm your e-mail address first: WhisperGifts only {action} for accounts whose address is confirmed. Open the link we e-mailed you when you
        signed up, then try again.
      </p>
      <ResendVerificationButton label="Send the confirmation link again" sentMessage="A new confirmation link is on its way. Open it, then come back here." />
    </div>
  );
}
