import { isApiProblem, type GiftList, type GiftListItem } from '@whispergifts/api-client';
import { withItem } from '@/lib/gift-list-cache';

export { withItem };

/** What the list would look like once `quantity` of an item is reserved: the optimistic guess. */
export function withReserved(list: GiftList, itemId: string, quantity: number): GiftList {
  const item = list.items.find((candidate) => candidate.id === itemId);
  if (!item) return list;
  return withItem(list, { ...item, reserved: item.reserved + quantity, remaining: item.remaining === null ? null : Math.max(0, item.remaining - quantity) });
}

/** A 409 not-enough-remaining carries the item as it is now; anything else carries nothing to show. */
export function freshItemFrom(error: unknown): GiftListItem | null {
  if (!isApiProblem(error, 'not-enough-remaining')) return null;
  const item = error.body.item as GiftListItem | undefined;
  return item && typeof item.id === 'string' ? item : null;
}
