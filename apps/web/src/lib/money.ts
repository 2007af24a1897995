import { i18n } from '@lingui/core';
import { numberFormat } from '@/lib/formatters';
import { currentLocale } from '@/lib/i18n/language';
/** Digits after the decimal point for a currency (EUR 2, JPY 0, BHD 3), as Intl knows them. */
export function minorUnitDigits(currency: string): number {
  return numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

function formatter(currency: string, locale = currentLocale()): Intl.NumberFormat {
  return numberFormat(locale, { style: 'currency', currency });
}

/** Formats an amount in minor units (cents) in its currency: 4000 EUR → "€40.00". */
export function formatMoney(minor: number, currency: string, locale = currentLocale()): string {
  return formatter(currency, locale).format(minor / 10 ** minorUnitDigits(currency));
}

/** A price hint from an optional min and max: "€40.00–€60.00", "from €40.00", "up to €60.00", or null. */
export function formatPriceHint(min: number | null, max: number | null, currency: string, locale = currentLocale()): string | null {
  const scale = 10 ** minorUnitDigits(currency);
  const format = formatter(currency, locale);
  if (min !== null && max !== null) return min === max ? format.format(min / scale) : format.formatRange(min / scale, max / scale);
  if (min !== null) return i18n._('common:price.from', { price: format.format(min / scale) });
  if (max !== null) return i18n._('common:price.up-to', { price: format.format(max / scale) });
  return null;
}

/** "40" or "40.5" typed by a person → 4050 minor units; empty → null; anything else → NaN. */
export function parseMoneyInput(text: string, currency: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return Number.NaN;
  return Math.round(Number(trimmed) * 10 ** minorUnitDigits(currency));
}

/** Minor units → the text an input shows ("40.50"); null → "". */
export function moneyInputValue(minor: number | null, currency: string): string {
  if (minor === null) return '';
  const digits = minorUnitDigits(currency);
  return (minor / 10 ** digits).toFixed(digits);
}

/** The currency's sign and which side of the number it goes ("€" before in English, after in German), as Intl writes it. */
export function currencyAffix(currency: string, locale?: string): { symbol: string; before: boolean } {
  const parts = formatter(currency, locale).formatToParts(1);
  const at = parts.findIndex((part) => part.type === 'currency');
  const firstNumber = parts.findIndex((part) => part.type === 'integer');
  return { symbol: parts[at]?.value ?? currency, before: at < firstNumber };
}

/** Minor units → what a money input shows once left, in the reader's locale and without grouping ("50.00", "50,00"). */
export function moneyInputText(minor: number, currency: string, locale?: string): string {
  const digits = minorUnitDigits(currency);
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(minor / 10 ** digits);
}
