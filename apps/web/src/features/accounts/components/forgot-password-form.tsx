import { type FormEvent } from 'react';
import { Alert } from '@/components/alert';
import { TextField } from '@/components/field';
import { formText } from '@/lib/form-data';
import { formErrorsFrom } from '@/lib/form-errors';
import { useT } from '@/lib/i18n';
import { useRequestPasswordReset } from '../api/request-password-reset';

export function ForgotPasswordForm() {
  const request = useRequestPasswordReset();
  const t = useT('dashboard');
  const errors = formErrorsFrom(request.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    request.mutate(formText(new FormData(event.currentTarget), 'email').trim());
  }

  if (request.isSuccess) return <Alert tone="success">{request.data.detail}</Alert>;
  return (
    <form className="form" onSubmit={submit} noValidate>
      {errors.summary && <Alert>{errors.summary}</Alert>}
      <TextField label={t('dashboard:auth.email')} name="email" type="email" autoComplete="email" required error={errors.fields.email} />
      <button type="submit" className="button button-primary" disabled={request.isPending}>
        {request.isPending ? t('dashboard:auth.sending') : t('dashboard:forgot.send')}
      </button>
    </form>
  );
}
