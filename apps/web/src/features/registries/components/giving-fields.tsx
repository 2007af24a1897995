import { electronicFormatIBAN, friendlyFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import { TextAreaField, TextField } from '@/components/field';
import { formatMoney, moneyInputValue } from '@/lib/money';

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
export function givingProblems(draft: GivingDraft): Record<string, string> {
  const problems: Record<string, string> = {};
  const iban = checkIban(draft.iban);
  if (iban && !iban.valid) problems['giving.iban'] = 'This is not a valid IBAN: check the country code, the length and each digit.';
  const bic = draft.bic.replace(/\s+/g, '').toUpperCase();
  if (bic && !isValidBIC(bic)) problems['giving.bic'] = 'A BIC has 8 or 11 letters and digits, like DEUTDEFF or DEUTDEFF500.';
  const link = draft.paymentLinkTemplate.trim();
  if (link && !/^https:\/\/\S+$/.test(link)) problems['giving.paymentLinkTemplate'] = 'Enter a link starting with https://';
  else if (link && !link.includes('{amount}'))
    problems['giving.paymentLinkTemplate'] = 'Put {amount} where the amount goes, like https://paypal.me/you/{amount}';
  return problems;
}

/** The IBAN said back as it will be used, checked as it is typed: the bank's grouping when valid, what to check when not. */
function IbanStatus({ typed }: { typed: string }) {
  const iban = checkIban(typed);
  return (
    <p className={iban && !iban.valid ? 'field-hint iban-status iban-invalid' : 'field-hint iban-status'} role="status">
      {!iban ? '' : iban.valid ? `✓ Valid IBAN: ${friendlyFormatIBAN(iban.electronic)}` : 'Not a valid IBAN yet.'}
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
  const example = formatMoney(5000, currency);
  return (
    <fieldset>
      <legend>Money gifts</legend>
      <p className="field-hint">
        Guests who chip in for a fund or a group gift send the money straight to you. They see these details after pledging, with a reference to put on the
        transfer.
      </p>
      <TextField
        label="Account holder"
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
        label="BIC (optional)"
        autoComplete="off"
        spellCheck={false}
        maxLength={14}
        value={draft.bic}
        onChange={(e) => onChange('bic', e.target.value)}
        error={errors['giving.bic']}
      />
      <TextField
        label="Payment link (optional)"
        type="url"
        placeholder="https://paypal.me/anaben/{amount}"
        value={draft.paymentLinkTemplate}
        onChange={(e) => onChange('paymentLinkTemplate', e.target.value)}
        hint={
          <>
            Write <code>{'{amount}'}</code> where the amount goes: a guest giving {example} opens your link with <code>{'{amount}'}</code> replaced by{' '}
            <code>{moneyInputValue(5000, currency)}</code>.
          </>
        }
        error={errors['giving.paymentLinkTemplate']}
      />
      <TextAreaField
        label="Instructions for guests (optional)"
        maxLength={2000}
        value={draft.instructions}
        onChange={(e) => onChange('instructions', e.target.value)}
        hint="For example: “We are saving for a week in Lisbon. Thank you!”"
        error={errors['giving.instructions']}
      />
    </fieldset>
  );
}
