import { useEffect, useState } from 'react';
import { SelectField, TextField } from '@/components/field';
import type { TrackerFilters as Filters } from '../api/get-tracker';
import { STAGES, stageLabels } from '../utils/stages';

interface TrackerFiltersProps {
  filters: Filters;
  categories: string[];
  onChange: (filters: Filters) => void;
}

/** Typing waits this long before the tracker is asked again, so a search is one request, not one per letter. */
const TYPING_PAUSE_MS = 300;

/** A text filter that reports its value once the typing pauses, and follows the filters when they change elsewhere. */
function useSettledText(value: string, onSettle: (text: string) => void) {
  const [text, setText] = useState(value);
  const [outside, setOutside] = useState(value);
  if (value !== outside) {
    setOutside(value);
    setText(value);
  }
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => onSettle(text), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onSettle]);
  return [text, setText] as const;
}

/** Narrow the tracker by stage, category and guest, and search gifts, guests, messages and notes. */
export function TrackerFilters({ filters, categories, onChange }: TrackerFiltersProps) {
  const [q, setQ] = useSettledText(filters.q, (text) => onChange({ ...filters, q: text }));
  const [guest, setGuest] = useSettledText(filters.guest, (text) => onChange({ ...filters, guest: text }));
  const any = filters.stage || filters.category || filters.guest || filters.q;
  return (
    <div role="search" className="tracker-filters" aria-label="Filter the gifts">
      <TextField label="Search" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Gift, guest, message or note" />
      <SelectField label="Stage" value={filters.stage} onChange={(e) => onChange({ ...filters, stage: e.target.value as Filters['stage'] })}>
        <option value="">Any stage</option>
        {STAGES.map((stage) => (
          <option key={stage} value={stage}>
            {stageLabels[stage]}
          </option>
        ))}
      </SelectField>
      <SelectField label="Category" value={filters.category} onChange={(e) => onChange({ ...filters, category: e.target.value })}>
        <option value="">Any category</option>
        {categories.map((category) => (
          <option key={category} value={category}>
            {category}
          </option>
        ))}
      </SelectField>
      <TextField label="Guest" value={guest} onChange={(e) => setGuest(e.target.value)} placeholder="Name or e-mail" />
      {any && (
        <button type="button" className="button button-small tracker-filters-clear" onClick={() => onChange({ stage: '', category: '', guest: '', q: '' })}>
          Clear filters
        </button>
      )}
    </div>
  );
}
