import { lazy, Suspense } from 'react';
import { Trans } from '@lingui/react';
import type { GiftListRegistry, PledgeCreated } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { CopyField } from '@/components/copy-field';
import { Skeleton } from '@/components/skeleton';
import { formErrorsFrom } from '@/lib/form-errors';
import { useT } from '@/lib/i18n';
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
  const t = useT('guest');
  const undo = useUndoPledge(slug);
  const { pledge, payment, item } = created;
  const { currency } = registry;
  const amount = formatMoney(pledge.amount, currency);

  if (undo.isSuccess) {
    return (
      // Its own key: a new message (and its focus), not the thank-you above with new words.
      <div className="stack" key="undone">
        <Alert tone="info" focus>
          {t('guest:chip-in.undone')}
        </Alert>
        <button type="button" className="button button-primary" onClick={onDone}>
          {t('guest:confirmation.back')}
        </button>
      </div>
    );
  }

  return (
    <div className="stack pledge-confirmation">
      <Alert tone="success" focus>
        {t('guest:chip-in.thanks', { name: pledge.guestName, amount, item: inSentence(item.name) })}
      </Alert>
      <p>
        <Trans id="guest:chip-in.send-yourself" values={{ couple: registry.coupleNames, email }} components={{ 0: <strong /> }} />
      </p>
      <CopyField
        prominent
        label={t('guest:chip-in.reference-label')}
        value={payment.reference}
        copyLabel={t('guest:chip-in.reference-copy')}
        copiedHint={t('guest:chip-in.reference-copied')}
        blockedHint={t('guest:chip-in.reference-blocked')}
      />
      {payment.epcPayload && (
        <figure className="qr-figure pledge-qr">
          <Suspense fallback={<Skeleton height="18rem" width="18rem" />}>
            <QrCode
              large
              value={payment.epcPayload}
              label={t('guest:chip-in.qr-label', { amount, holder: payment.accountHolder ?? registry.coupleNames, reference: payment.reference })}
            />
          </Suspense>
          <figcaption>{t('guest:chip-in.qr-caption')}</figcaption>
        </figure>
      )}
      {payment.iban && (
        <section className="bank-details" aria-labelledby="bank-details-title">
          <h3 id="bank-details-title">{t('guest:chip-in.bank')}</h3>
          <dl>
            {payment.accountHolder && (
              <>
                <dt>{t('guest:chip-in.account-holder')}</dt>
                <dd>{payment.accountHolder}</dd>
              </>
            )}
            <dt>{t('guest:chip-in.amount-label')}</dt>
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
            copyLabel={t('guest:chip-in.iban-copy')}
            copiedHint={t('guest:chip-in.iban-copied')}
            blockedHint={t('guest:chip-in.iban-blocked')}
          />
        </section>
      )}
      {payment.link && (
        <a className="button button-primary" href={payment.link} target="_blank" rel="noopener noreferrer">
          {t('guest:chip-in.pay-online', { amount })}
        </a>
      )}
      {payment.instructions && (
        <section aria-labelledby="instructions-title">
          <h3 id="instructions-title">{t('guest:chip-in.couple-word', { couple: registry.coupleNames })}</h3>
          <p className="pledge-instructions">{payment.instructions}</p>
        </section>
      )}
      {undo.isError && <Alert>{formErrorsFrom(undo.error).summary}</Alert>}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onDone}>
          {t('guest:confirmation.done')}
        </button>
        <button type="button" className="button" disabled={undo.isPending} onClick={() => undo.mutate(created.undoToken)}>
          {undo.isPending ? t('guest:confirmation.undoing') : t('guest:chip-in.undo')}
        </button>
      </div>
    </div>
  );
}
