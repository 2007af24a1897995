import { describe, expect, it } from 'vitest';
import { formatMoney, formatPriceHint, moneyInputValue, parseMoneyInput } from './money';

// Intl puts no-break spaces between amount and code; compare them as plain spaces.
const plain = (text: string | null) => text?.replace(/\s/g, ' ');

describe('money in minor units', () => {
  it('formats in the currency, with its own number of decimals', () => {
    expect(formatMoney(4050, 'EUR', 'en')).toBe('€40.50');
    expect(formatMoney(5000, 'JPY', 'en')).toBe('¥5,000');
    expect(plain(formatMoney(12345, 'BHD', 'en'))).toBe('BHD 12.345');
    expect(plain(formatMoney(4050, 'EUR', 'de'))).toBe('40,50 €');
  });

  it('formats a price hint from whichever ends are known', () => {
    expect(formatPriceHint(4000, 6000, 'EUR', 'en')).toBe('€40.00 – €60.00');
    expect(formatPriceHint(4000, 4000, 'EUR', 'en')).toBe('€40.00');
    expect(formatPriceHint(4000, null, 'EUR', 'en')).toBe('from €40.00');
    expect(formatPriceHint(null, 6000, 'EUR', 'en')).toBe('up to €60.00');
    expect(formatPriceHint(null, null, 'EUR', 'en')).toBeNull();
  });

  it('reads what a person types, and writes it back', () => {
    expect(parseMoneyInput('39.90', 'EUR')).toBe(3990);
    expect(parseMoneyInput('39,9', 'EUR')).toBe(3990);
    expect(parseMoneyInput(' 40 ', 'EUR')).toBe(4000);
    expect(parseMoneyInput('5000', 'JPY')).toBe(5000);
    expect(parseMoneyInput('', 'EUR')).toBeNull();
    expect(parseMoneyInput('about 40', 'EUR')).toBeNaN();
    expect(parseMoneyInput('-3', 'EUR')).toBeNaN();
    expect(moneyInputValue(3990, 'EUR')).toBe('39.90');
    expect(moneyInputValue(null, 'EUR')).toBe('');
  });
});
