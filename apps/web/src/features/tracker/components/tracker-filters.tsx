import { useEffect, useState } from 'react';
import { SelectField, TextField } from '@/components/field';
import { useT } from '@/lib/i18n';
import type { TrackerFilters as Filters } from '../api/get-tracker';
import { STAGES, stageLabel } from '../utils/stages';

interface TrackerFiltersProps {
  filters: Filters;
  categories: string[];
  /** Sets the filters it names, leaving the others as they are. */
  onChange: (change: Partial<Filters>) => void;
}

/** Typing waits this long before the tracker is asked again, so a search is one request, not one per letter. */
const TYPING_PAUSE_MS = 300;

type Texts = Pick<Filters, 'q' | 'guest'>;

/**
 * The two typed filters, reported together once the typing pauses (one timer, so a search and a guest name settling
 * at the same moment cannot overwrite each other), and following the filters when they change elsewhere.
 */
function useSettledTexts(filters: Filters, onSettle: (texts: Texts) => void) {
  const [texts, setTexts] = useState<Texts>({ q: filters.q, guest: filters.guest });
  const [outside, setOutside] = useState<Texts>({ q: filters.q, guest: filters.guest });
  // What this hook last reported: when the filters come back with it, that is our own echo, and what the person has
  // typed since stays. Only a change made elsewhere (Clear filters, the back button) replaces the text.
  const [sent, setSent] = useState<Texts | null>(null);
  if (filters.q !== outside.q || filters.guest !== outside.guest) {
    const take = (name: keyof Texts, typed: string) => (filters[name] !== outside[name] && filters[name] !== sent?.[name] ? filters[name] : typed);
    setOutside({ q: filters.q, guest: filters.guest });
    setTexts((current) => ({ q: take('q', current.q), guest: take('guest', current.guest) }));
  }
  const settled = texts.q === filters.q && texts.guest === filters.guest;
  useEffect(() => {
    if (settled) return;
    const timer = setTimeout(() => {
      setSent(texts);
      onSettle(texts);
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [settled, texts, onSettle]);
  return [texts, (change: Partial<Texts>) => setTexts((current) => ({ ...current, ...change }))] as const;
}

/** Narrow the tracker by stage, category and guest, and search gifts, guests, messages and notes. */
export function TrackerFilters({ filters, categories, onChange }: TrackerFiltersProps) {
  const t = useT('tracker');
  const [{ q, guest }, setTexts] = useSettledTexts(filters, onChange);
  const any = filters.stage || filters.category || filters.guest || filters.q;
  return (
    <div role="search" className="tracker-filters" aria-label={t('tracker:filters.label')}>
      <TextField
        label={t('tracker:filters.search')}
        type="search"
        value={q}
        onChange={(e) => setTexts({ q: e.target.value })}
        placeholder={t('tracker:filters.search-placeholder')}
      />
      <SelectField label={t('tracker:filters.stage')} value={filters.stage} onChange={(e) => onChange({ stage: e.target.value as Filters['stage'] })}>
        <option value="">{t('tracker:filters.any-stage')}</option>
        {STAGES.map((stage) => (
          <option key={stage} value={stage}>
            {stageLabel(t, stage)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('tracker:filters.category')} value={filters.category} onChange={(e) => onChange({ category: e.target.value })}>
        <option value="">{t('tracker:filters.any-category')}</option>
        {categories.map((category) => (
          <option key={category} value={category}>
            {category}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('tracker:filters.guest')}
        value={guest}
        onChange={(e) => setTexts({ guest: e.target.value })}
        placeholder={t('tracker:filters.guest-placeholder')}
      />
      {any && (
        <button type="button" className="button button-small tracker-filters-clear" onClick={() => onChange({ stage: '', category: '', guest: '', q: '' })}>
          {t('tracker:filters.clear')}
        </button>
      )}
    </div>
  );
}
