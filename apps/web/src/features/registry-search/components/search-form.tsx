import { useState, type FormEvent } from 'react';
import { TextField } from '@/components/field';
import { useT } from '@/lib/i18n';
import type { RegistrySearchTerms } from '../api/search-registries';

/** The couple's names and, optionally, the wedding date. Submitting (not typing) searches: one request per search. */
export function SearchForm({ initial, onSearch }: { initial: RegistrySearchTerms; onSearch: (terms: RegistrySearchTerms) => void }) {
  const t = useT('guest-pages');
  const [q, setQ] = useState(initial.q);
  const [date, setDate] = useState(initial.date);
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (q.trim().length < 2) return setError(t('guest-pages:search.too-short'));
    setError(undefined);
    onSearch({ q: q.trim(), date });
  };
  return (
    <form className="search-form" role="search" aria-label={t('guest-pages:search.title')} onSubmit={submit} noValidate>
      <TextField
        label={t('guest-pages:search.names')}
        hint={t('guest-pages:search.names-hint')}
        type="search"
        name="q"
        value={q}
        maxLength={100}
        autoComplete="off"
        error={error}
        onChange={(event) => setQ(event.target.value)}
      />
      <TextField label={t('guest-pages:search.date')} type="date" name="date" value={date} onChange={(event) => setDate(event.target.value)} />
      <button type="submit" className="button button-primary">
        {t('guest-pages:search.submit')}
      </button>
    </form>
  );
}
