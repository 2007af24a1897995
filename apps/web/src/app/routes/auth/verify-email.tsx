import { Link, useParams } from 'react-router';
import { Alert } from '@/components/alert';
import { paths } from '@/config/paths';
import { useVerifyEmail } from '@/features/accounts/api/verify-email';
import { formErrorsFrom } from '@/lib/form-errors';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /verify-email/:token — the link from the welcome e-mail. A click confirms; opening the page alone changes nothing. */
export function Component() {
  const { token = '' } = useParams();
  const verify = useVerifyEmail();
  const errors = formErrorsFrom(verify.error);
  useDocumentTitle('Confirm your e-mail address');
  return (
    <div className="page">
      <section className="state-panel">
        <h1>Confirm your e-mail address</h1>
        {verify.isSuccess ? (
          <>
            <Alert tone="success">Thank you: {verify.data.email} is confirmed.</Alert>
            <Link className="button button-primary" to={paths.dashboard()}>
              Go to your gift lists
            </Link>
          </>
        ) : (
          <>
            {verify.isError && <Alert>{errors.summary ?? errors.fields.token}</Alert>}
            <button type="button" className="button button-primary" disabled={verify.isPending} onClick={() => verify.mutate(token)}>
              {verify.isPending ? 'Confirming…' : 'Confirm my address'}
            </button>
          </>
        )}
      </section>
    </div>
  );
}
