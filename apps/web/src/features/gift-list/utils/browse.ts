import type { GiftListItem, Priority } from '@whispergifts/api-client';
import { collator } from '@/lib/formatters';
import { currentLocale } from '@/lib/i18n/language';

export type SortOrder = 'couple' | 'priority' | 'price-asc' | 'price-desc';

/** How a guest looks at the list: which category, only what is still needed, in which order. */
export interface BrowseOptions {
  category: string | null;
  availableOnly: boolean;
  sort: SortOrder;
}

export const defaultBrowseOptions: BrowseOptions = { category: null, availableOnly: false, sort: 'couple' };

const PRIORITY_RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

/** Unlimited items and open-ended funds are always available; the others while something (units, money) remains. */
export const isAvailable = (item: GiftListItem) =>
  item.kind === 'gift' ? item.remaining === null || item.remaining > 0 : item.allowOverfunding || item.remainingAmount === null || item.remainingAmount > 0;

export function categoriesOf(items: GiftListItem[]): string[] {
  const names = new Set(items.map((item) => item.category).filter((category): category is string => Boolean(category)));
  return [...names].sort(collator(currentLocale()).compare);
}

/** The price an item is sorted by: its lower hint, else its upper one; items without a hint go last. */
const sortPrice = (item: GiftListItem) => item.priceMin ?? item.priceMax;

/**
 * What a guest sees, in order: the gifts still needed first (in the chosen order), then the ones fully reserved or
 * funded, in the same order, at the end (the card dims them), so nobody scrolls past taken gifts to find one.
 */
export function browseItems(items: GiftListItem[], options: BrowseOptions): GiftListItem[] {
  const sorted = sortItems(items, options);
  return [...sorted.filter(isAvailable), ...sorted.filter((item) => !isAvailable(item))];
}

function sortItems(items: GiftListItem[], { category, availableOnly, sort }: BrowseOptions): GiftListItem[] {
  const shown = items.filter((item) => (!category || item.category === category) && (!availableOnly || isAvailable(item)));
  if (sort === 'couple') return shown;
  // Array.prototype.sort is stable, so ties keep the couple's order.
  return [...shown].sort((a, b) => {
    if (sort === 'priority') return PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority];
    const pa = sortPrice(a);
    const pb = sortPrice(b);
    if (pa === null || pb === null) return pa === pb ? 0 : pa === null ? 1 : -1;
    return sort === 'price-asc' ? pa - pb : pb - pa;
  });
}

/** Reads browse options from the address (?category=Kitchen&available=1&sort=price-asc), ignoring nonsense. */
export function browseOptionsFrom(params: URLSearchParams): BrowseOptions {
  const sort = params.get('sort');
  return {
    category: params.get('category') || null,
    availableOnly: params.get('available') === '1',
    sort: sort === 'priority' || sort === 'price-asc' || sort === 'price-desc' ? sort : 'couple',
  };
}

export function browseParams({ category, availableOnly, sort }: BrowseOptions): URLSearchParams {
  const params = new URLSearchParams();
  if (category) params.set('category', category);
  if (availableOnly) params.set('available', '1');
  if (sort !== 'couple') params.set('sort', sort);
  return params;
}
