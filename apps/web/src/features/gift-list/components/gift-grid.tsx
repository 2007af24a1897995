import type { GiftListItem } from '@whispergifts/api-client';
import { EmptyState } from '@/components/empty-state';
import { GiftCard } from './gift-card';

interface GiftGridProps {
  items: GiftListItem[];
  totalCount: number;
  currency: string;
  onReserve: (item: GiftListItem) => void;
  onClearFilters: () => void;
}

export function GiftGrid({ items, totalCount, currency, onReserve, onClearFilters }: GiftGridProps) {
  if (totalCount === 0) {
    return (
      <EmptyState title="No gifts yet">
        <p>The couple has not added any gifts yet. Come back a little later!</p>
      </EmptyState>
    );
  }
  if (items.length === 0) {
    return (
      <EmptyState title="No gifts match">
        <p>Nothing matches these filters.</p>
        <button type="button" className="button" onClick={onClearFilters}>
          Show all gifts
        </button>
      </EmptyState>
    );
  }
  return (
    <ul className="gift-grid" aria-label="Gifts">
      {items.map((item) => (
        <GiftCard key={item.id} item={item} currency={currency} onReserve={onReserve} />
      ))}
    </ul>
  );
}
