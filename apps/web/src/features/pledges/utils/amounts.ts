import type { GiftListItem } from '@whispergifts/api-client';
import type { Translate } from '@/lib/i18n';
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
export function amountProblem(amount: number | null, item: GiftListItem, currency: string, t: Translate): string | null {
  if (amount === null) return t('guest:chip-in.problem.none');
  if (Number.isNaN(amount) || amount <= 0) return t('guest:chip-in.problem.invalid');
  const minimum = minimumOf(item, currency);
  if (amount < minimum) return t('guest:chip-in.problem.minimum', { amount: formatMoney(minimum, currency) });
  const cap = capOf(item);
  if (cap !== null && amount > cap) return t('guest:chip-in.problem.cap', { amount: formatMoney(cap, currency) });
  return null;
}

/** An IBAN as people read it: in groups of four ("DE89 3704 0044 0532 0130 00"). */
export const groupedIban = (iban: string) =>
  iban
    .replace(/\s+/g, '')
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, '$1 ');
