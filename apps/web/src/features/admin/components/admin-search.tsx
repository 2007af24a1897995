import { useState, type FormEvent } from 'react';
import { TextField } from '@/components/field';
import { useT } from '@/lib/i18n';

/** One search box for an admin list; submitting (not typing) searches. */
export function AdminSearch({ label, hint, initial, onSearch }: { label: string; hint: string; initial: string; onSearch: (q: string) => void }) {
  const [q, setQ] = useState(initial);
  const t = useT('admin');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(q.trim());
  };
  return (
    <form className="admin-search" role="search" aria-label={label} onSubmit={submit}>
      <TextField label={label} hint={hint} type="search" name="q" value={q} maxLength={100} autoComplete="off" onChange={(event) => setQ(event.target.value)} />
      <button type="submit" className="button button-primary">
        {t('admin:search')}
      </button>
    </form>
  );
}
