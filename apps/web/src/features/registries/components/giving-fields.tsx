import { electronicFormatIBAN, friendlyFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import { TextAreaField, TextField } from '@/components/field';
import { useT, type Translate } from '@/lib/i18n';
import { formatMoney, moneyInputValue } from '@/lib/money';
import { rich } from '@/lib/rich-message';

/** How guests send money gifts, as the settings form edits it ('' for "none"). */
export interface GivingDraft {
  instructions: string;
  accountHolder: string;
  iban: string;
  bic: string;
  paymentLinkTemplate: string;
}

/** An IBAN as typed ("de89 3704 0044…") → its electronic form and whether its checksum holds; null when empty. */
export function checkIban(typed: string): { electronic: string; valid: boolean } | null {
  const electronic = electronicFormatIBAN(typed) ?? '';
  return electronic ? { electronic, valid: isValidIBAN(electronic) } : null;
}

/** Field errors found before saving, keyed as the API keys them (`giving.iban`), so they sit where its own would. */
export function givingProblems(draft: GivingDraft, t: Translate): Record<string, string> {
  const problems: Record<string, string> = {};
  const iban = checkIban(draft.iban);
  if (iban && !iban.valid) problems['giving.iban'] = t('dashboard:settings.giving.iban-invalid');
  const bic = draft.bic.replace(/\s+/g, '').toUpperCase();
  if (bic && !isValidBIC(bic)) problems['giving.bic'] = t('dashboard:settings.giving.bic-invalid');
  const link = draft.paymentLinkTemplate.trim();
  if (link && !/^https:\/\/\S+$/.test(link)) problems['giving.paymentLinkTemplate'] = t('dashboard:settings.giving.link-https');
  else if (link && !link.includes('{amount}'))
    problems['giving.paymentLinkTemplate'] = t('dashboard:settings.giving.link-amount', { amount: '{amount}', example: 'https://paypal.me/you/{amount}' });
  return problems;
}

/** The IBAN said back as it will be used, checked as it is typed: the bank's grouping when valid, what to check when not. */
function IbanStatus({ typed }: { typed: string }) {
  const iban = checkIban(typed);
  const t = useT('dashboard');
  return (
    <p className={iban && !iban.valid ? 'field-hint iban-status iban-invalid' : 'field-hint iban-status'} role="status">
      {!iban
        ? ''
        : iban.valid
          ? t('dashboard:settings.giving.iban-valid', { iban: friendlyFormatIBAN(iban.electronic) ?? iban.electronic })
          : t('dashboard:settings.giving.iban-not-yet')}
    </p>
  );
}

interface GivingFieldsProps {
  draft: GivingDraft;
  currency: string;
  onChange: (key: keyof GivingDraft, value: string) => void;
  errors: Record<string, string>;
}

/**
 * Where money gifts go. WhisperGifts never holds money: guests pay the couple directly, by bank transfer (with an EPC QR
 * code their banking app scans, for EUR) or through the couple's own payment link.
 */
export function GivingFields({ draft, currency, onChange, errors }: GivingFieldsProps) {
  const t = useT('dashboard');
  const example = formatMoney(5000, currency);
  return (
    <fieldset>
      <legend>{t('dashboard:settings.giving')}</legend>
      <p className="field-hint">{t('dashboard:settings.giving.intro')}</p>
      <TextField
        label={t('dashboard:settings.giving.account-holder')}
        autoComplete="off"
        maxLength={70}
        value={draft.accountHolder}
        onChange={(e) => onChange('accountHolder', e.target.value)}
        error={errors['giving.accountHolder']}
      />
      <TextField
        label="IBAN"
        autoComplete="off"
        spellCheck={false}
        maxLength={42}
        value={draft.iban}
        onChange={(e) => onChange('iban', e.target.value)}
        error={errors['giving.iban']}
      />
      <IbanStatus typed={draft.iban} />
      <TextField
        label={t('dashboard:settings.giving.bic-optional')}
        autoComplete="off"
        spellCheck={false}
        maxLength={14}
        value={draft.bic}
        onChange={(e) => onChange('bic', e.target.value)}
        error={errors['giving.bic']}
      />
      <TextField
        label={t('dashboard:settings.giving.payment-link-optional')}
        type="url"
        placeholder="https://paypal.me/anaben/{amount}"
        value={draft.paymentLinkTemplate}
        onChange={(e) => onChange('paymentLinkTemplate', e.target.value)}
        hint={rich(t('dashboard:settings.giving.link-hint', { amount: '{amount}', example, value: moneyInputValue(5000, currency) }), {
          code: (words) => <code>{words}</code>,
        })}
        error={errors['giving.paymentLinkTemplate']}
      />
      <TextAreaField
        label={t('dashboard:settings.giving.instructions-optional')}
        maxLength={2000}
        value={draft.instructions}
        onChange={(e) => onChange('instructions', e.target.value)}
        hint={t('dashboard:settings.giving.instructions-hint')}
        error={errors['giving.instructions']}
      />
    </fieldset>
  );
}
