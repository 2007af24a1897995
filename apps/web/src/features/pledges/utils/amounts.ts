import type { GiftListItem } from '@whispergifts/api-client';
import { formatMoney, minorUnitDigits } from '@/lib/money';

/** What is left to give, or null when any amount fits (an open-ended fund, or one that welcomes more than its target). */
export const capOf = (item: GiftListItem): number | null => (item.allowOverfunding ? null : item.remainingAmount);

/** The smallest contribution: the couple's, else the currency's 5 units; never more than what is left, so the last gap can be closed. */
export function minimumOf(item: GiftListItem, currency: string): number {
  const minimum = item.minContribution ?? 5 * 10 ** minorUnitDigits(currency);
  const cap = capOf(item);
  return cap === null ? minimum : Math.min(minimum, cap);
}

/** Why an amount cannot be given, in words, or null when it can. NaN is text that is not an amount. */
export function amountProblem(amount: number | null, item: GiftListItem, currency: string): string | null {
  if (amount === null) return 'Choose an amount, or type your own.';
  if (Number.isNaN(amount) || amount <= 0) return 'Enter an amount like 50 or 25.50.';
  const minimum = minimumOf(item, currency);
  if (amount < minimum) return `The smallest contribution is ${formatMoney(minimum, currency)}.`;
  const cap = capOf(item);
  if (cap !== null && amount > cap) return `Only ${formatMoney(cap, currency)} is still needed: please give that much or less.`;
  return null;
}

/** An IBAN as people read it: in groups of four ("DE89 3704 0044 0532 0130 00"). */
export const groupedIban = (iban: string) =>
  iban
    .replace(/\s+/g, '')
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, '$1 ');
