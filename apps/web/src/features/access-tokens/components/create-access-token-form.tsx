import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/alert';
import { SelectField, TextField } from '@/components/field';
import { formText } from '@/lib/form-data';
import { formErrorsFrom } from '@/lib/form-errors';
import { useCreateAccessToken } from '../api/create-access-token';
import { NewAccessToken } from './new-access-token';

const EXPIRY_CHOICES = [
  { days: '30', label: 'In 30 days' },
  { days: '90', label: 'In 90 days' },
  { days: '365', label: 'In a year' },
  { days: '', label: 'Never' },
] as const;

/** Names a new token and creates it; the answer (with the token itself) shows once, in place of the form. */
export function CreateAccessTokenForm() {
  const create = useCreateAccessToken();
  const errors = formErrorsFrom(create.error);
  // After "Done", focus returns to the form rather than to the top of the page.
  const [again, setAgain] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const expiresInDays = formText(form, 'expiresInDays');
    create.mutate({ name: formText(form, 'name').trim(), ...(expiresInDays && { expiresInDays: Number(expiresInDays) }) });
  }

  if (create.isSuccess) {
    return (
      <NewAccessToken
        token={create.data}
        onDone={() => {
          setAgain(true);
          create.reset();
        }}
      />
    );
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="create-token-title">
      <h2 id="create-token-title">Create a token</h2>
      {errors.summary && <Alert>{errors.summary}</Alert>}
      <TextField
        label="Name"
        name="name"
        placeholder="Wedding website"
        required
        maxLength={80}
        autoComplete="off"
        autoFocus={again}
        hint="What will use it, so you can tell your tokens apart later."
        error={errors.fields.name}
      />
      <SelectField
        label="Expires"
        name="expiresInDays"
        defaultValue="90"
        hint="A token that expires cannot be misused forever."
        error={errors.fields.expiresInDays}
      >
        {EXPIRY_CHOICES.map((choice) => (
          <option key={choice.days} value={choice.days}>
            {choice.label}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create token'}
      </button>
    </form>
  );
}
