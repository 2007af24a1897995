import { useState, type FormEvent } from 'react';
import type { Registry } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { SelectField, TextField } from '@/components/field';
import { formErrorsFrom } from '@/lib/form-errors';
import { useCreateRegistry } from '../api/create-registry';
import { CURRENCIES } from './currencies';
import { formText } from '@/lib/form-data';
import { useT } from '@/lib/i18n';

import { suggestSlug, suggestTitle } from '../utils/suggest';

/** The names fill in the title and the address until the couple edits those themselves. */
export function CreateRegistryForm({ onCreated, onCancel }: { onCreated: (registry: Registry) => void; onCancel?: () => void }) {
  const create = useCreateRegistry();
  const t = useT('dashboard');
  const LABELS = {
    coupleNames: t('dashboard:registry.names'),
    title: t('dashboard:registry.title'),
    slug: t('dashboard:registry.slug'),
    eventDate: t('dashboard:registry.event-date'),
    currency: t('dashboard:registry.currency'),
  };
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
      <h2 id="create-registry-title">{t('dashboard:registries.create.title')}</h2>
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
        placeholder={t('dashboard:registries.create.title-example')}
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
        hint={t('dashboard:registry.slug-hint', { origin: window.location.origin })}
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
          {create.isPending ? t('dashboard:registries.create.pending') : t('dashboard:registries.create.submit')}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('dashboard:common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
