import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/alert';
import { SelectField, TextField } from '@/components/field';
import { formText } from '@/lib/form-data';
import { formErrorsFrom } from '@/lib/form-errors';
import { useCreateAccessToken } from '../api/create-access-token';
import { SCOPES, scopeLabel, type TokenScope } from '../scopes';
import { useT } from '@/lib/i18n';
import { NewAccessToken } from './new-access-token';

// Every token expires (the API allows at most a year).
const EXPIRY_DAYS = [7, 30, 90, 365] as const;

/** Names a new token, says what it may do and for how long, and creates it; the answer (with the token itself) shows once, in place of the form. */
export function CreateAccessTokenForm() {
  const create = useCreateAccessToken();
  const t = useT('dashboard');
  const errors = formErrorsFrom(create.error, {
    name: t('dashboard:tokens.name'),
    scope: t('dashboard:tokens.may'),
    expiresInDays: t('dashboard:tokens.expires'),
  });
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
      <h2 id="create-token-title">{t('dashboard:tokens.create.title')}</h2>
      {errors.summary && <Alert>{errors.summary}</Alert>}
      <TextField
        label={t('dashboard:tokens.name')}
        name="name"
        placeholder={t('dashboard:tokens.name-example')}
        required
        maxLength={80}
        autoComplete="off"
        autoFocus={again}
        hint={t('dashboard:tokens.name-hint')}
        error={errors.fields.name}
      />
      <SelectField label={t('dashboard:tokens.may')} name="scope" defaultValue="read" hint={t('dashboard:tokens.scope-hint')} error={errors.fields.scope}>
        {SCOPES.map((scope) => (
          <option key={scope} value={scope}>
            {scopeLabel(scope, t)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('dashboard:tokens.expires')}
        name="expiresInDays"
        defaultValue="90"
        hint={t('dashboard:tokens.expires-hint')}
        error={errors.fields.expiresInDays}
      >
        {EXPIRY_DAYS.map((days) => (
          <option key={days} value={days}>
            {t('dashboard:tokens.expires-in', { days })}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        {create.isPending ? t('dashboard:registries.create.pending') : t('dashboard:tokens.create.submit')}
      </button>
    </form>
  );
}
