import { isApiProblem } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { errorMessage } from '@/lib/form-errors';
import { useResendVerification } from '../api/resend-verification';

/** True when the API refused because the account's address is not verified yet (403 `email-unverified`). */
export const isUnverifiedEmail = (error: unknown) => isApiProblem(error, 'email-unverified');

/** What to do about a 403 `email-unverified`: confirm the address from the e-mail, or have the link sent again. */
export function UnverifiedEmailNotice({ action }: { action: string }) {
  const resend = useResendVerification();
  return (
    <div className="alert alert-error notice-stack" role="alert">
      <p>
        Please confirm your e-mail address first: WhisperGifts only {action} for accounts whose address is confirmed. Open the link we e-mailed you when you
        signed up, then try again.
      </p>
      {resend.isSuccess ? (
        <p role="status">A new confirmation link is on its way. Open it, then come back here.</p>
      ) : (
        <button type="button" className="button button-small" disabled={resend.isPending} onClick={() => resend.mutate()}>
          {resend.isPending ? 'Sending…' : 'Send the confirmation link again'}
        </button>
      )}
      {resend.isError && <Alert>{errorMessage(resend.error)}</Alert>}
    </div>
  );
}
