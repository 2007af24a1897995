import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';

/**
 * The EPC QR code payload for a SEPA credit transfer ("GiroCode"), per EPC069-12 version 002: one element per
 * line, LF-separated, in this order:
 *   1 service tag `BCD`, 2 version `002`, 3 character set `1` (UTF-8), 4 identification `SCT`,
 *   5 BIC (optional in version 002: empty line), 6 beneficiary name (≤ 70 characters), 7 IBAN,
 *   8 amount `EUR<amount>` with two decimals (EUR0.01 to EUR999999999.99), 9 purpose (empty),
 *   10 structured reference (empty: we use the unstructured one), 11 unstructured remittance (≤ 140: the pledge reference),
 *   12 beneficiary-to-originator information (empty).
 * The last populated element is not followed by a line feed, so an empty element 12 is left out; the whole
 * payload is at most 331 bytes. Null when no valid code can be made: not EUR, no (valid) IBAN, no name, or too long.
 */
export interface EpcTransfer {
  bic?: string | null;
  name?: string | null;
  iban?: string | null;
  amountMinor: number;
  currency: string;
  remittance: string;
}

export const EPC_MAX_BYTES = 331;
const MAX_NAME = 70;
const MAX_REMITTANCE = 140;
const MAX_AMOUNT_CENTS = 99_999_999_999;

export function epcPayload({ bic, name, iban, amountMinor, currency, remittance }: EpcTransfer): string | null {
  if (currency !== 'EUR' || !iban || !name) return null;
  const account = electronicFormatIBAN(iban);
  if (!account || !isValidIBAN(account)) return null;
  const bank = bic ? bic.replace(/\s+/g, '').toUpperCase() : '';
  if (bank && !isValidBIC(bank)) return null;
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 1 || amountMinor > MAX_AMOUNT_CENTS) return null;
  const beneficiary = name.replace(/[\r\n]+/g, ' ').trim();
  if (!beneficiary || [...beneficiary].length > MAX_NAME || [...remittance].length > MAX_REMITTANCE || /[\r\n]/.test(remittance)) return null;
  const amount = `EUR${Math.floor(amountMinor / 100)}.${String(amountMinor % 100).padStart(2, '0')}`;
  const elements = ['BCD', '002', '1', 'SCT', bank, beneficiary, account, amount, '', '', remittance, ''];
  while (elements.at(-1) === '') elements.pop();
  const payload = elements.join('\n');
  return Buffer.byteLength(payload, 'utf8') <= EPC_MAX_BYTES ? payload : null;
}
