import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { isApiProblem, type ReminderReservation } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { useMarkBought } from '@/features/reminders/api/mark-bought';
import { useReleaseFromReminder } from '@/features/reminders/api/release-reservation';
import { useUnsubscribeFromReminders } from '@/features/reminders/api/unsubscribe';
import { formErrorsFrom } from '@/lib/form-errors';
import { useDocumentTitle } from '@/lib/use-document-title';

const ACTIONS = ['bought', 'release', 'unsubscribe'] as const;
type Action = (typeof ACTIONS)[number];

/**
 * /reminders/:action/:token — the links of a reminder e-mail: "I bought it", "release it", "no more reminders".
 * Like the undo page it asks for one click: mail scanners open links on their own, and a GET must change nothing.
 */
export function Component() {
  const { action = '', token = '' } = useParams();
  if (!(ACTIONS as readonly string[]).includes(action)) {
    return (
      <Page title="We could not find this page">
        <Alert>This link is not complete. Open the whole link from the e-mail.</Alert>
      </Page>
    );
  }
  return action === 'unsubscribe' ? <Unsubscribe token={token} /> : <ReservationAction action={action as Exclude<Action, 'unsubscribe'>} token={token} />;
}

const COPY = {
  bought: {
    title: 'Did you get the gift?',
    intro: "Tell the couple's list you bought it, and we won't remind you again.",
    button: 'Yes, I bought it',
    pending: 'Saving…',
  },
  release: {
    title: 'Release your reservation',
    intro: "Won't get it after all? Release it, and the gift becomes available to other guests again.",
    button: 'Release it for someone else',
    pending: 'Releasing…',
  },
} as const;

function ReservationAction({ action, token }: { action: 'bought' | 'release'; token: string }) {
  const bought = useMarkBought();
  const release = useReleaseFromReminder();
  const mutation = action === 'bought' ? bought : release;
  const copy = COPY[action];
  useDocumentTitle(copy.title);

  if (mutation.isSuccess) {
    const done = mutation.data;
    return (
      <Page title={action === 'bought' ? 'Thank you!' : 'Released'}>
        <Alert tone="success">
          {action === 'bought'
            ? `${what(done)} is marked bought on ${done.coupleNames}'s list. No more reminders about it.`
            : `Done: ${what(done)} is free again for someone else.`}
        </Alert>
        <p>
          <a href={done.giftListUrl}>See the gift list</a>
        </p>
      </Page>
    );
  }
  if (isApiProblem(mutation.error, 'reservation-cancelled')) {
    return (
      <Page title="This reservation is no longer yours">
        <Alert tone="info">It was released, undone or lapsed, so there is nothing to mark bought. The gift may still be free on the list.</Alert>
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
          {action === 'bought' ? "I won't get it: release it" : 'I bought it already'}
        </Link>
      </div>
    </Page>
  );
}

function Unsubscribe({ token }: { token: string }) {
  const unsubscribe = useUnsubscribeFromReminders();
  useDocumentTitle('Stop reminders');
  if (unsubscribe.isSuccess) {
    return (
      <Page title="No more reminders">
        <Alert tone="success">We won't send you reminders about gifts on {unsubscribe.data.coupleNames}'s list again.</Alert>
      </Page>
    );
  }
  if (isApiProblem(unsubscribe.error, 'not-found')) return <NotFound />;
  return (
    <Page title="Stop reminders">
      <p>We send at most two gentle reminders about a reserved gift. Don't want them? Your reservations stay as they are.</p>
      {unsubscribe.isError && <Alert>{formErrorsFrom(unsubscribe.error).summary}</Alert>}
      <button type="button" className="button button-primary" disabled={unsubscribe.isPending} onClick={() => unsubscribe.mutate(token)}>
        {unsubscribe.isPending ? 'Saving…' : 'Stop reminders from this list'}
      </button>
    </Page>
  );
}

const NotFound = () => (
  <Page title="We could not find this reservation">
    <Alert>This link does not match any reservation. Check that you opened the whole link from the e-mail.</Alert>
  </Page>
);

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
