import { currentLocale, useT, type Translate } from '@/lib/i18n';
import { useId, useState } from 'react';
import { defaultBrowseOptions, type BrowseOptions, type SortOrder } from '../utils/browse';

interface GiftFiltersProps {
  categories: string[];
  value: BrowseOptions;
  onChange: (next: BrowseOptions) => void;
  /** How many gifts the filters let through, and how many there are: the heading above the cards says it. */
  shownCount: number;
  totalCount: number;
}

const sortLabels = (t: Translate): Record<SortOrder, string> => ({
  couple: t('guest:filters.sort.couple'),
  priority: t('guest:filters.sort.priority'),
  'price-asc': t('guest:filters.sort.price-asc'),
  'price-desc': t('guest:filters.sort.price-desc'),
});

const count = (n: number) => n.toLocaleString(currentLocale());

/** How many of the browse options differ from the default: shown on the Filter button while the form is closed. */
const activeCount = (value: BrowseOptions) =>
  Number(value.category !== defaultBrowseOptions.category) +
  Number(value.availableOnly !== defaultBrowseOptions.availableOnly) +
  Number(value.sort !== defaultBrowseOptions.sort);

/**
 * The heading of the cards ("12 gifts", the page's h2 between its h1 and the cards' h3s) and the filters. On a phone
 * the filters wait behind a "Filter" button, so the first gift is on the first screen; from 48rem they are always
 * shown and the button is not (styles.css).
 */
export function GiftFilters({ categories, value, onChange, shownCount, totalCount }: GiftFiltersProps) {
  const t = useT('guest');
  const id = useId();
  const [open, setOpen] = useState(false);
  const active = activeCount(value);
  return (
    <>
      <div className="gift-list-toolbar">
        <h2>
          {shownCount === totalCount
            ? t('guest:filters.count', { count: totalCount })
            : t('guest:filters.count-shown', { shown: count(shownCount), total: count(totalCount) })}
        </h2>
        <button
          type="button"
          className="button button-small filter-toggle"
          aria-expanded={open}
          aria-controls={`${id}-filters`}
          onClick={() => setOpen((shown) => !shown)}
        >
          {active ? t('guest:filters.toggle-active', { active }) : t('guest:filters.toggle')}
        </button>
      </div>
      <GiftFiltersForm id={id} open={open} categories={categories} value={value} onChange={onChange} />
    </>
  );
}

function GiftFiltersForm({
  id,
  open,
  categories,
  value,
  onChange,
}: Pick<GiftFiltersProps, 'categories' | 'value' | 'onChange'> & { id: string; open: boolean }) {
  const t = useT('guest');
  return (
    <form
      id={`${id}-filters`}
      className={open ? 'gift-filters gift-filters-open' : 'gift-filters'}
      aria-label={t('guest:filters.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      {categories.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-category`}>{t('guest:filters.category')}</label>
          <select id={`${id}-category`} value={value.category ?? ''} onChange={(event) => onChange({ ...value, category: event.target.value || null })}>
            <option value="">{t('guest:filters.all-categories')}</option>
            {categories.map((category) => (
              <option key={category} value={category}>
                {category}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-sort`}>{t('guest:filters.sort')}</label>
        <select id={`${id}-sort`} value={value.sort} onChange={(event) => onChange({ ...value, sort: event.target.value as SortOrder })}>
          {Object.entries(sortLabels(t)).map(([sort, label]) => (
            <option key={sort} value={sort}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={value.availableOnly} onChange={(event) => onChange({ ...value, availableOnly: event.target.checked })} />
        {t('guest:filters.available-only')}
      </label>
    </form>
  );
}
