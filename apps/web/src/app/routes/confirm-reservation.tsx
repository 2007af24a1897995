import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { isApiProblem } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { useConfirmReservation } from '@/features/reservations/api/confirm-reservation';
import { inSentence } from '@/lib/gift-names';
import { formErrorsFrom } from '@/lib/form-errors';
import { useDocumentTitle } from '@/lib/use-document-title';

/**
 * /reservations/confirm/:token — the link from a held reservation's e-mail. Like the undo page it asks for a
 * click: mail scanners open links on their own, and only the guest should confirm.
 */
export function Component() {
  const { token = '' } = useParams();
  const confirm = useConfirmReservation();
  useDocumentTitle('Confirm your reservation');

  if (confirm.isSuccess) {
    const { reservation, item } = confirm.data;
    return (
      <Page title="Reservation confirmed">
        <Alert tone="success">
          Thank you, {reservation.guestName}! You have reserved {reservation.quantity > 1 ? `${reservation.quantity} × ` : ''}
          {inSentence(item.name)}.
        </Alert>
        <p>We are sending you a confirmation with a link to undo it later. You buy the gift wherever you like.</p>
      </Page>
    );
  }
  if (isApiProblem(confirm.error, 'reservation-lapsed')) {
    return (
      <Page title="This reservation has lapsed">
        <Alert tone="info">
          It was not confirmed in time, so {confirm.error.body.item ? itemName(confirm.error.body.item) : 'the gift'} is no longer set aside for you.
        </Alert>
        <p>The gift may still be free: open the gift list again and reserve it once more, then confirm from the new e-mail straight away.</p>
      </Page>
    );
  }
  if (isApiProblem(confirm.error, 'reservation-cancelled')) {
    return (
      <Page title="This reservation was cancelled">
        <Alert tone="info">It was undone or released by the couple, so there is nothing to confirm.</Alert>
      </Page>
    );
  }
  if (isApiProblem(confirm.error, 'not-found')) {
    return (
      <Page title="We could not find this reservation">
        <Alert>This link does not match any reservation. Check that you opened the whole link from the e-mail.</Alert>
      </Page>
    );
  }
  return (
    <Page title="Confirm your reservation">
      <p>You asked to reserve a gift and we are holding it for you. Confirm it now, or it lapses and other guests can choose it again.</p>
      {confirm.isError && <Alert>{formErrorsFrom(confirm.error).summary}</Alert>}
      <button type="button" className="button button-primary" disabled={confirm.isPending} onClick={() => confirm.mutate(token)}>
        {confirm.isPending ? 'Confirming…' : 'Confirm my reservation'}
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

const itemName = (item: unknown) => (typeof item === 'object' && item !== null && 'name' in item && typeof item.name === 'string' ? item.name : 'the gift');
