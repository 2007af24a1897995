import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/alert';
import { SelectField, TextField } from '@/components/field';
import { formText } from '@/lib/form-data';
import { formErrorsFrom } from '@/lib/form-errors';
import { useCreateAccessToken } from '../api/create-access-token';
import { SCOPE_CHOICES, type TokenScope } from '../scopes';
import { NewAccessToken } from './new-access-token';

// Every token expires (the API allows at most a year).
const EXPIRY_CHOICES = [
  { days: '7', label: 'In 7 days' },
  { days: '30', label: 'In 30 days' },
  { days: '90', label: 'In 90 days' },
  { days: '365', label: 'In a year' },
] as const;

/** Names a new token, says what it may do and for how long, and creates it; the answer (with the token itself) shows once, in place of the form. */
export function CreateAccessTokenForm() {
  const create = useCreateAccessToken();
  const errors = formErrorsFrom(create.error, { name: 'Name', scope: 'May', expiresInDays: 'Expires' });
  // After "Done", focus returns to the form rather than to the top of the page.
  const [again, setAgain] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate({
      name: formText(form, 'name').trim(),
      scope: formText(form, 'scope') as TokenScope,
      expiresInDays: Number(formText(form, 'expiresInDays')),
    });
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
        label="May"
        name="scope"
        defaultValue="read"
        hint="Read only is enough to show your gift list elsewhere. Choose “Read and change” only for a script that edits your lists."
        error={errors.fields.scope}
      >
        {SCOPE_CHOICES.map((choice) => (
          <option key={choice.scope} value={choice.scope}>
            {choice.label}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Expires"
        name="expiresInDays"
        defaultValue="90"
        hint="Every token expires, so a forgotten one cannot be misused forever. Create a new one when it does."
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
