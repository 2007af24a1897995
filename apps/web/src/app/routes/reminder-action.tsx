import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { isApiProblem, type ReminderReservation } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { useMarkBought } from '@/features/reminders/api/mark-bought';
import { useReleaseFromReminder } from '@/features/reminders/api/release-reservation';
import { useUnsubscribeFromReminders } from '@/features/reminders/api/unsubscribe';
import { formErrorsFrom } from '@/lib/form-errors';
import { useT, type Translate } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

const ACTIONS = ['bought', 'release', 'unsubscribe'] as const;
type Action = (typeof ACTIONS)[number];

/**
 * /reminders/:action/:token — the links of a reminder e-mail: "I bought it", "release it", "no more reminders".
 * Like the undo page it asks for one click: mail scanners open links on their own, and a GET must change nothing.
 */
export function Component() {
  const { action = '', token = '' } = useParams();
  const t = useT('guest-pages');
  if (!(ACTIONS as readonly string[]).includes(action)) {
    return (
      <Page title={t('guest-pages:reminder-action.incomplete.title')}>
        <Alert>{t('guest-pages:reminder-action.incomplete.text')}</Alert>
      </Page>
    );
  }
  return action === 'unsubscribe' ? <Unsubscribe token={token} /> : <ReservationAction action={action as Exclude<Action, 'unsubscribe'>} token={token} />;
}

const copyOf = (t: Translate) => ({
  bought: {
    title: t('guest-pages:reminder-action.bought.title'),
    intro: t('guest-pages:reminder-action.bought.intro'),
    button: t('guest-pages:reminder-action.bought.button'),
    pending: t('guest-pages:reminder-action.saving'),
  },
  release: {
    title: t('guest-pages:reminder-action.release.title'),
    intro: t('guest-pages:reminder-action.release.intro'),
    button: t('guest-pages:reminder-action.release.button'),
    pending: t('guest-pages:reminder-action.releasing'),
  },
});

function ReservationAction({ action, token }: { action: 'bought' | 'release'; token: string }) {
  const bought = useMarkBought();
  const release = useReleaseFromReminder();
  const mutation = action === 'bought' ? bought : release;
  const t = useT('guest-pages');
  const copy = copyOf(t)[action];
  useDocumentTitle(copy.title);

  if (mutation.isSuccess) {
    const done = mutation.data;
    return (
      <Page title={action === 'bought' ? t('guest-pages:reminder-action.thanks') : t('guest-pages:reminder-action.released')}>
        <Alert tone="success">
          {action === 'bought'
            ? t('guest-pages:reminder-action.bought.done', { what: what(done), couple: done.coupleNames })
            : t('guest-pages:reminder-action.release.done', { what: what(done) })}
        </Alert>
        <p>
          <a href={done.giftListUrl}>{t('guest-pages:reminder-action.see-list')}</a>
        </p>
      </Page>
    );
  }
  if (isApiProblem(mutation.error, 'reservation-cancelled')) {
    return (
      <Page title={t('guest-pages:reminder-action.gone.title')}>
        <Alert tone="info">{t('guest-pages:reminder-action.gone.text')}</Alert>
      </Page>
    );
  }
  if (isApiProblem(mutation.error, 'not-found')) return <NotFound />;
  return (
    <Page title={copy.title}>
      <p>{copy.intro}</p>
      {mutation.isError && <Alert>{formErrorsFrom(mutation.error).summary}</Alert>}
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={mutation.isPending} onClick={() => mutation.mutate(token)}>
          {mutation.isPending ? copy.pending : copy.button}
        </button>
        <Link className="button" to={`/reminders/${action === 'bought' ? 'release' : 'bought'}/${token}`}>
          {action === 'bought' ? t('guest-pages:reminder-action.release-instead') : t('guest-pages:reminder-action.bought-already')}
        </Link>
      </div>
    </Page>
  );
}

function Unsubscribe({ token }: { token: string }) {
  const unsubscribe = useUnsubscribeFromReminders();
  const t = useT('guest-pages');
  useDocumentTitle(t('guest-pages:reminder-action.stop.title'));
  if (unsubscribe.isSuccess) {
    return (
      <Page title={t('guest-pages:reminder-action.stopped.title')}>
        <Alert tone="success">{t('guest-pages:reminder-action.stopped.text', { couple: unsubscribe.data.coupleNames })}</Alert>
      </Page>
    );
  }
  if (isApiProblem(unsubscribe.error, 'not-found')) return <NotFound />;
  return (
    <Page title={t('guest-pages:reminder-action.stop.title')}>
      <p>{t('guest-pages:reminder-action.stop.intro')}</p>
      {unsubscribe.isError && <Alert>{formErrorsFrom(unsubscribe.error).summary}</Alert>}
      <button type="button" className="button button-primary" disabled={unsubscribe.isPending} onClick={() => unsubscribe.mutate(token)}>
        {unsubscribe.isPending ? t('guest-pages:reminder-action.saving') : t('guest-pages:reminder-action.stop.button')}
      </button>
    </Page>
  );
}

function NotFound() {
  const t = useT('guest-pages');
  return (
    <Page title={t('guest-pages:confirm.not-found.title')}>
      <Alert>{t('guest-pages:confirm.not-found.text')}</Alert>
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

const what = (r: ReminderReservation) => (r.quantity > 1 ? `${r.quantity} × ${r.itemName}` : r.itemName);
