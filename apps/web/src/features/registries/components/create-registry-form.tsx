import { useState, type FormEvent } from 'react';
import type { Registry } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { SelectField, TextField } from '@/components/field';
import { formErrorsFrom } from '@/lib/form-errors';
import { useCreateRegistry } from '../api/create-registry';
import { CURRENCIES } from './currencies';
import { formText } from '@/lib/form-data';
import { suggestSlug, suggestTitle } from '../utils/suggest';

const LABELS = { coupleNames: 'Your names', title: 'Title', slug: 'Address of the list', eventDate: 'Wedding date', currency: 'Currency of the price hints' };

/** The names fill in the title and the address until the couple edits those themselves. */
export function CreateRegistryForm({ onCreated, onCancel }: { onCreated: (registry: Registry) => void; onCancel?: () => void }) {
  const create = useCreateRegistry();
  const errors = formErrorsFrom(create.error, LABELS);
  const [names, setNames] = useState('');
  const [title, setTitle] = useState<string | null>(null);
  const [slug, setSlug] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate(
      {
        title: formText(form, 'title').trim(),
        coupleNames: formText(form, 'coupleNames').trim(),
        slug: formText(form, 'slug').trim().toLowerCase(),
        currency: formText(form, 'currency'),
        eventDate: formText(form, 'eventDate') || null,
      },
      { onSuccess: onCreated },
    );
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="create-registry-title">
      <h2 id="create-registry-title">Create a gift list</h2>
      {errors.summary && <Alert>{errors.summary}</Alert>}
      <TextField
        label={LABELS.coupleNames}
        name="coupleNames"
        placeholder="Ana & Ben"
        required
        maxLength={120}
        value={names}
        onChange={(e) => setNames(e.target.value)}
        error={errors.fields.coupleNames}
      />
      <TextField
        label={LABELS.title}
        name="title"
        placeholder="Ana & Ben are getting married"
        required
        maxLength={120}
        value={title ?? suggestTitle(names)}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.fields.title}
      />
      <TextField
        label={LABELS.slug}
        name="slug"
        placeholder="ana-and-ben"
        required
        value={slug ?? suggestSlug(names)}
        onChange={(e) => setSlug(e.target.value.toLowerCase())}
        pattern="[a-z0-9-]{3,60}"
        hint={`Guests open ${window.location.origin}/r/… — lowercase letters, digits and hyphens.`}
        error={errors.fields.slug}
      />
      <TextField label={LABELS.eventDate} name="eventDate" type="date" error={errors.fields.eventDate} />
      <SelectField label={LABELS.currency} name="currency" defaultValue="EUR" error={errors.fields.currency}>
        {CURRENCIES.map((code) => (
          <option key={code} value={code}>
            {code}
          </option>
        ))}
      </SelectField>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create gift list'}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
