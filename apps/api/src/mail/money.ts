import { minorDigits } from '../pledges/dto/money';

const formats = new Map<string, Intl.NumberFormat>();

/** An amount in minor units (cents) as people read it in the registry's currency and a reader's locale (English by default), e.g. 5000 EUR → "€50.00", 5000 JPY → "¥5,000". */
export function formatMoney(amountMinor: number, currency: string, locale = 'en-GB'): string {
  const key = `${locale} ${currency}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, { style: 'currency', currency })));
  return format.format(amountMinor / 10 ** minorDigits(currency));
}
