import { lazy, Suspense } from 'react';
import type { GiftListRegistry, PledgeCreated } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { CopyField } from '@/components/copy-field';
import { Skeleton } from '@/components/skeleton';
import { formErrorsFrom } from '@/lib/form-errors';
import { inSentence } from '@/lib/gift-names';
import { formatMoney } from '@/lib/money';
import { useUndoPledge } from '../api/undo-pledge';
import { groupedIban } from '../utils/amounts';

// The QR encoder (7 KB) loads only once a guest has pledged, so the gift list stays light for everyone else.
const QrCode = lazy(() => import('@/components/qr-code').then(({ QrCode }) => ({ default: QrCode })));

interface PledgeConfirmationProps {
  slug: string;
  registry: GiftListRegistry;
  created: PledgeCreated;
  email: string;
  onDone: () => void;
}

/**
 * After chipping in: WhisperGifts holds no money, so this is how the guest pays the couple. The reference first (it ties
 * the transfer to the pledge), then the bank's QR code that fills in the whole transfer, the account by hand, the
 * couple's payment link and their own words; the undo last, in case of a wrong click.
 */
export function PledgeConfirmation({ slug, registry, created, email, onDone }: PledgeConfirmationProps) {
  const undo = useUndoPledge(slug);
  const { pledge, payment, item } = created;
  const { currency } = registry;
  const amount = formatMoney(pledge.amount, currency);

  if (undo.isSuccess) {
    return (
      // Its own key: a new message (and its focus), not the thank-you above with new words.
      <div className="stack" key="undone">
        <Alert tone="info" focus>
          Your pledge is undone: there is nothing to send.
        </Alert>
        <button type="button" className="button button-primary" onClick={onDone}>
          Back to the gift list
        </button>
      </div>
    );
  }

  return (
    <div className="stack pledge-confirmation">
      <Alert tone="success" focus>
        Thank you, {pledge.guestName}! You are giving {amount} towards {inSentence(item.name)}.
      </Alert>
      <p>
        You send the money yourself, straight to {registry.coupleNames}: WhisperGifts never handles it. We are e-mailing these details to{' '}
        <strong>{email}</strong>.
      </p>
      <CopyField
        prominent
        label="Your payment reference: write it on the transfer"
        value={payment.reference}
        what="reference"
        copiedHint="Copied: paste it as the transfer's reference or message."
      />
      {payment.epcPayload && (
        <figure className="qr-figure pledge-qr">
          <Suspense fallback={<Skeleton height="18rem" width="18rem" />}>
            <QrCode
              large
              value={payment.epcPayload}
              label={`Bank transfer QR code: ${amount} to ${payment.accountHolder ?? registry.coupleNames}, reference ${payment.reference}`}
            />
          </Suspense>
          <figcaption>Scan it with your banking app: it fills in the account, the amount and the reference.</figcaption>
        </figure>
      )}
      {payment.iban && (
        <section className="bank-details" aria-labelledby="bank-details-title">
          <h3 id="bank-details-title">Bank transfer</h3>
          <dl>
            {payment.accountHolder && (
              <>
                <dt>Account holder</dt>
                <dd>{payment.accountHolder}</dd>
              </>
            )}
            <dt>Amount</dt>
            <dd>{amount}</dd>
            {payment.bic && (
              <>
                <dt>BIC</dt>
                <dd>{payment.bic}</dd>
              </>
            )}
          </dl>
          <CopyField
            label="IBAN"
            value={groupedIban(payment.iban)}
            copyValue={payment.iban.replace(/\s+/g, '')}
            what="IBAN"
            copiedHint="Copied: paste it in your banking app."
          />
        </section>
      )}
      {payment.link && (
        <a className="button button-primary" href={payment.link} target="_blank" rel="noopener noreferrer">
          Pay {amount} online (opens in a new tab)
        </a>
      )}
      {payment.instructions && (
        <section aria-labelledby="instructions-title">
          <h3 id="instructions-title">A word from {registry.coupleNames}</h3>
          <p className="pledge-instructions">{payment.instructions}</p>
        </section>
      )}
      {undo.isError && <Alert>{formErrorsFrom(undo.error).summary}</Alert>}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onDone}>
          Done
        </button>
        <button type="button" className="button" disabled={undo.isPending} onClick={() => undo.mutate(created.undoToken)}>
          {undo.isPending ? 'Undoing…' : 'Undo my pledge'}
        </button>
      </div>
    </div>
  );
}
