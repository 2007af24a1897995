import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { isApiProblem } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { useConfirmReservation } from '@/features/reservations/api/confirm-reservation';
import { inSentence } from '@/lib/gift-names';
import { formErrorsFrom } from '@/lib/form-errors';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

/**
 * /reservations/confirm/:token — the link from a held reservation's e-mail. Like the undo page it asks for a
 * click: mail scanners open links on their own, and only the guest should confirm.
 */
export function Component() {
  const { token = '' } = useParams();
  const confirm = useConfirmReservation();
  const t = useT('guest', 'guest-pages');
  useDocumentTitle(t('guest-pages:confirm.title'));

  if (confirm.isSuccess) {
    const { reservation, item } = confirm.data;
    return (
      <Page title={t('guest-pages:confirm.confirmed')}>
        <Alert tone="success">
          {t('guest:confirmation.thanks', {
            name: reservation.guestName,
            what: `${reservation.quantity > 1 ? `${reservation.quantity} × ` : ''}${inSentence(item.name)}`,
          })}
        </Alert>
        <p>{t('guest-pages:confirm.sending')}</p>
      </Page>
    );
  }
  if (isApiProblem(confirm.error, 'reservation-lapsed')) {
    return (
      <Page title={t('guest-pages:confirm.lapsed.title')}>
        <Alert tone="info">
          {lapsedName(confirm.error.body.item)
            ? t('guest-pages:confirm.lapsed.text', { item: lapsedName(confirm.error.body.item) as string })
            : t('guest-pages:confirm.lapsed.text-unnamed')}
        </Alert>
        <p>{t('guest-pages:confirm.lapsed.hint')}</p>
      </Page>
    );
  }
  if (isApiProblem(confirm.error, 'reservation-cancelled')) {
    return (
      <Page title={t('guest-pages:confirm.cancelled.title')}>
        <Alert tone="info">{t('guest-pages:confirm.cancelled.text')}</Alert>
      </Page>
    );
  }
  if (isApiProblem(confirm.error, 'not-found')) {
    return (
      <Page title={t('guest-pages:confirm.not-found.title')}>
        <Alert>{t('guest-pages:confirm.not-found.text')}</Alert>
      </Page>
    );
  }
  return (
    <Page title={t('guest-pages:confirm.title')}>
      <p>{t('guest-pages:confirm.intro')}</p>
      {confirm.isError && <Alert>{formErrorsFrom(confirm.error).summary}</Alert>}
      <button type="button" className="button button-primary" disabled={confirm.isPending} onClick={() => confirm.mutate(token)}>
        {confirm.isPending ? t('guest-pages:confirm.confirming') : t('guest-pages:confirm.button')}
      </button>
    </Page>
  );
}

function Page({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="page">
      <section className="state-panel">
        <h1>{title}</h1>
        {children}
      </section>
    </div>
  );
}

/** The lapsed gift's name, as the problem carries it, or null when it does not. */
const lapsedName = (item: unknown): string | null =>
  typeof item === 'object' && item !== null && 'name' in item && typeof item.name === 'string' ? item.name : null;
