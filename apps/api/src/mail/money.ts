import { minorDigits } from '../pledges/dto/money';

const formats = new Map<string, Intl.NumberFormat>();

/** An amount in minor units (cents) as people read it in the registry's currency, e.g. 5000 EUR → "€50.00", 5000 JPY → "¥5,000". */
export function formatMoney(amountMinor: number, currency: string): string {
  let format = formats.get(currency);
  if (!format) formats.set(currency, (format = new Intl.NumberFormat('en-GB', { style: 'currency', currency })));
  return format.format(amountMinor / 10 ** minorDigits(currency));
}
