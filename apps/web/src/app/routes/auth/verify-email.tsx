import { Link, useParams } from 'react-router';
import { Alert } from '@/components/alert';
import { paths } from '@/config/paths';
import { useVerifyEmail } from '@/features/accounts/api/verify-email';
import { formErrorsFrom } from '@/lib/form-errors';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /verify-email/:token — the link from the welcome e-mail. A click confirms; opening the page alone changes nothing. */
export function Component() {
  const { token = '' } = useParams();
  const verify = useVerifyEmail();
  const errors = formErrorsFrom(verify.error);
  const t = useT('dashboard');
  useDocumentTitle(t('dashboard:verify.title'));
  return (
    <div className="page">
      <section className="state-panel">
        <h1>{t('dashboard:verify.title')}</h1>
        {verify.isSuccess ? (
          <>
            <Alert tone="success">{t('dashboard:verify.done', { email: verify.data.email })}</Alert>
            <Link className="button button-primary" to={paths.dashboard()}>
              {t('dashboard:nav.go-to-lists')}
            </Link>
          </>
        ) : (
          <>
            {verify.isError && <Alert>{errors.summary ?? errors.fields.token}</Alert>}
            <button type="button" className="button button-primary" disabled={verify.isPending} onClick={() => verify.mutate(token)}>
              {verify.isPending ? t('dashboard:verify.confirming') : t('dashboard:verify.confirm')}
            </button>
          </>
        )}
      </section>
    </div>
  );
}
