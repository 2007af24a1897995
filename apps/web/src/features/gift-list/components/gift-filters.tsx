import { useId } from 'react';
import type { BrowseOptions, SortOrder } from '../utils/browse';

interface GiftFiltersProps {
  categories: string[];
  value: BrowseOptions;
  onChange: (next: BrowseOptions) => void;
}

const SORT_LABELS: Record<SortOrder, string> = {
  couple: "The couple's order",
  priority: 'Most wanted first',
  'price-asc': 'Price: low to high',
  'price-desc': 'Price: high to low',
};

export function GiftFilters({ categories, value, onChange }: GiftFiltersProps) {
  const id = useId();
  return (
    <form className="gift-filters" aria-label="Filter and sort gifts" onSubmit={(event) => event.preventDefault()}>
      {categories.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-category`}>Category</label>
          <select id={`${id}-category`} value={value.category ?? ''} onChange={(event) => onChange({ ...value, category: event.target.value || null })}>
            <option value="">All categories</option>
            {categories.map((category) => (
              <option key={category} value={category}>
                {category}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-sort`}>Sort by</label>
        <select id={`${id}-sort`} value={value.sort} onChange={(event) => onChange({ ...value, sort: event.target.value as SortOrder })}>
          {Object.entries(SORT_LABELS).map(([sort, label]) => (
            <option key={sort} value={sort}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={value.availableOnly} onChange={(event) => onChange({ ...value, availableOnly: event.target.checked })} />
        Only gifts still needed
      </label>
    </form>
  );
}
