import type { GiftList, GiftListItem } from '@whispergifts/api-client';

/** The list with one item replaced by a newer copy of it (from a reservation's or a pledge's answer). */
export function withItem(list: GiftList, fresh: GiftListItem): GiftList {
  return { ...list, items: list.items.map((item) => (item.id === fresh.id ? fresh : item)) };
}
