import { useState, type FormEvent } from 'react';
import { TextField } from '@/components/field';
import type { RegistrySearchTerms } from '../api/search-registries';

/** The couple's names and, optionally, the wedding date. Submitting (not typing) searches: one request per search. */
export function SearchForm({ initial, onSearch }: { initial: RegistrySearchTerms; onSearch: (terms: RegistrySearchTerms) => void }) {
  const [q, setQ] = useState(initial.q);
  const [date, setDate] = useState(initial.date);
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (q.trim().length < 2) return setError('Type at least two letters of a name.');
    setError(undefined);
    onSearch({ q: q.trim(), date });
  };
  return (
    <form className="search-form" role="search" aria-label="Find a couple" onSubmit={submit} noValidate>
      <TextField
        label="The couple's names"
        hint="One name is enough, e.g. Ana or Ana & Ben."
        type="search"
        name="q"
        value={q}
        maxLength={100}
        autoComplete="off"
        error={error}
        onChange={(event) => setQ(event.target.value)}
      />
      <TextField label="Wedding date (optional)" type="date" name="date" value={date} onChange={(event) => setDate(event.target.value)} />
      <button type="submit" className="button button-primary">
        Search
      </button>
    </form>
  );
}
