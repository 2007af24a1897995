import { parseMoney } from './item-columns';

describe('parseMoney', () => {
  it.each([
    ['49.90', 'EUR', 4990],
    ['49,90', 'EUR', 4990],
    ['49,9', 'EUR', 4990],
    ['49', 'EUR', 4900],
    ['1 200', 'EUR', 120000],
    ['49.900', 'EUR', 4990],
    ['4990', 'JPY', 4990],
    ['1.250', 'BHD', 1250],
    ['0.1', 'EUR', 10],
  ])('reads %j in %s as %d minor units', (text, currency, minor) => {
    expect(parseMoney(text, currency)).toBe(minor);
  });

  it.each([
    ['49.999', 'EUR', 'too-many-decimals'],
    ['12,5', 'JPY', 'too-many-decimals'],
    ['abc', 'EUR', 'invalid'],
    ['-5', 'EUR', 'invalid'],
    ['1.234,56', 'EUR', 'invalid'],
    ['', 'EUR', 'invalid'],
  ])('refuses %j in %s (%s)', (text, currency, outcome) => {
    expect(parseMoney(text, currency)).toBe(outcome);
  });
});
