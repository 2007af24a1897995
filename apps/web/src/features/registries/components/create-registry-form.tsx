import { type FormEvent } from 'react';
import type { Registry } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { SelectField, TextField } from '@/components/field';
import { formErrorsFrom } from '@/lib/form-errors';
import { useCreateRegistry } from '../api/create-registry';
import { CURRENCIES } from './currencies';
import { formText } from '@/lib/form-data';

export function CreateRegistryForm({ onCreated }: { onCreated: (registry: Registry) => void }) {
  const create = useCreateRegistry();
  const errors = formErrorsFrom(create.error);

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
      <TextField label="Your names" name="coupleNames" placeholder="Ana & Ben" required maxLength={120} error={errors.fields.coupleNames} />
      <TextField label="Title" name="title" placeholder="Ana & Ben are getting married" required maxLength={120} error={errors.fields.title} />
      <TextField
        label="Address of the list"
        name="slug"
        placeholder="ana-and-ben"
        required
        pattern="[a-z0-9-]{3,60}"
        hint={`Guests open ${window.location.origin}/r/… — lowercase letters, digits and hyphens.`}
        error={errors.fields.slug}
      />
      <TextField label="Wedding date" name="eventDate" type="date" error={errors.fields.eventDate} />
      <SelectField label="Currency of the price hints" name="currency" defaultValue="EUR" error={errors.fields.currency}>
        {CURRENCIES.map((code) => (
          <option key={code} value={code}>
            {code}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create gift list'}
      </button>
    </form>
  );
}
