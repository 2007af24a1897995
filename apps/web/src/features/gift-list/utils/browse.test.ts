import { describe, expect, it } from 'vitest';
import { aGiftListItem } from '@/testing/data';
import { browseItems, browseOptionsFrom, browseParams, categoriesOf, defaultBrowseOptions } from './browse';

const toaster = aGiftListItem({ name: 'Toaster', category: 'Kitchen', priority: 'low', priceMin: 4000 });
const fund = aGiftListItem({ name: 'Fund', category: null, priority: 'high', priceMin: null, priceMax: null, quantity: null, remaining: null });
const vase = aGiftListItem({ name: 'Vase', category: 'Home', priority: 'high', priceMin: null, priceMax: 2500 });
const items = [toaster, fund, vase];
const takenVase = { ...vase, remaining: 0, reserved: 1 };
const names = (list: typeof items) => list.map((i) => i.name);

describe('browsing the gift list', () => {
  it('keeps the couple’s order by default', () => {
    expect(names(browseItems(items, defaultBrowseOptions))).toEqual(['Toaster', 'Fund', 'Vase']);
  });

  it('filters by category and by what is still needed (unlimited items always are)', () => {
    expect(names(browseItems(items, { ...defaultBrowseOptions, category: 'Home' }))).toEqual(['Vase']);
    expect(names(browseItems([toaster, fund, takenVase], { ...defaultBrowseOptions, availableOnly: true }))).toEqual(['Toaster', 'Fund']);
  });

  it('sorts by priority keeping ties in order, and by price with unpriced items last', () => {
    expect(names(browseItems(items, { ...defaultBrowseOptions, sort: 'priority' }))).toEqual(['Fund', 'Vase', 'Toaster']);
    expect(names(browseItems(items, { ...defaultBrowseOptions, sort: 'price-asc' }))).toEqual(['Vase', 'Toaster', 'Fund']);
    expect(names(browseItems(items, { ...defaultBrowseOptions, sort: 'price-desc' }))).toEqual(['Toaster', 'Vase', 'Fund']);
  });

  it('moves fully reserved gifts to the end, in the chosen order among themselves', () => {
    const plates = aGiftListItem({ name: 'Plates', priority: 'high', remaining: 0, reserved: 6, quantity: 6 });
    expect(names(browseItems([takenVase, toaster, plates, fund], defaultBrowseOptions))).toEqual(['Toaster', 'Fund', 'Vase', 'Plates']);
    expect(names(browseItems([takenVase, toaster, plates, fund], { ...defaultBrowseOptions, sort: 'priority' }))).toEqual([
      'Fund',
      'Toaster',
      'Vase',
      'Plates',
    ]);
  });

  it('lists categories once, sorted', () => {
    expect(categoriesOf([...items, toaster])).toEqual(['Home', 'Kitchen']);
  });

  it('round-trips through the address and ignores nonsense', () => {
    const options = { category: 'Kitchen', availableOnly: true, sort: 'price-desc' as const };
    expect(browseOptionsFrom(browseParams(options))).toEqual(options);
    expect(browseOptionsFrom(new URLSearchParams('sort=random&available=yes'))).toEqual(defaultBrowseOptions);
  });
});
