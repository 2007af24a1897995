import { Alert } from '@/components/alert';
import { errorMessage } from '@/lib/form-errors';
import { useT } from '@/lib/i18n';
import { useResendVerification } from '../api/resend-verification';

/** Sends the address-confirmation link again; says so once it is on its way. */
export function ResendVerificationButton({ label, sentMessage }: { label: string; sentMessage: string }) {
  const resend = useResendVerification();
  const t = useT('dashboard');
  return (
    <>
      {resend.isSuccess ? (
        <p role="status">{sentMessage}</p>
      ) : (
        <button type="button" className="button button-small" disabled={resend.isPending} onClick={() => resend.mutate()}>
          {resend.isPending ? t('dashboard:auth.sending') : label}
        </button>
      )}
      {resend.isError && <Alert>{errorMessage(resend.error)}</Alert>}
    </>
  );
}
