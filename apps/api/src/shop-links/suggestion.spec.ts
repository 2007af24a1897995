import { availabilityOf, toSuggestion } from './suggestion';

const meta = {
  name: null,
  title: null,
  description: null,
  url: null,
  image: null,
  price: null,
  priceLow: null,
  priceHigh: null,
  currency: null,
  availability: null,
};

describe('toSuggestion', () => {
  it("counts minor units by the currency's digits", () => {
    expect(toSuggestion({ ...meta, price: 12.5, currency: 'eur' }, 'https://s.example/p')).toMatchObject({ priceMin: 1250, priceMax: 1250, currency: 'EUR' });
    expect(toSuggestion({ ...meta, price: 1200, currency: 'JPY' }, 'https://s.example/p')).toMatchObject({ priceMin: 1200 });
    expect(toSuggestion({ ...meta, price: 1.234, currency: 'BHD' }, 'https://s.example/p')).toMatchObject({ priceMin: 1234 });
  });

  it('gives no price without a known currency, and drops addresses that are not http(s)', () => {
    expect(toSuggestion({ ...meta, price: 10, currency: 'XYZ', image: 'javascript:alert(1)' }, 'https://s.example/p')).toMatchObject({
      priceMin: null,
      currency: null,
      imageUrl: null,
      url: 'https://s.example/p',
    });
  });

  it('bounds the name and description', () => {
    const s = toSuggestion({ ...meta, name: 'x'.repeat(500), description: 'y '.repeat(5000) }, 'https://s.example/p');
    expect(s.name).toHaveLength(200);
    expect(s.description!.length).toBeLessThanOrEqual(4000);
  });
});

describe('availabilityOf', () => {
  it.each([
    ['https://schema.org/InStock', 'in-stock'],
    ['http://schema.org/OutOfStock', 'out-of-stock'],
    ['SoldOut', 'out-of-stock'],
    ['https://schema.org/PreOrder', 'preorder'],
    ['instock', 'in-stock'],
    ['something else', null],
  ])('%s → %s', (value, expected) => {
    expect(availabilityOf(value)).toBe(expected);
  });
});
