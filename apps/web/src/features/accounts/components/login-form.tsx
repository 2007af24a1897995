import { type FormEvent } from 'react';
import { Alert } from '@/components/alert';
import { TextField } from '@/components/field';
import { formErrorsFrom } from '@/lib/form-errors';
import { useLogin } from '../api/login';
import { formText } from '@/lib/form-data';
import { useT } from '@/lib/i18n';

export function LoginForm({ onSuccess, defaultEmail }: { onSuccess: () => void; defaultEmail?: string }) {
  const login = useLogin();
  const t = useT('dashboard');
  const labels = { email: t('dashboard:auth.email'), password: t('dashboard:auth.password') };
  const errors = formErrorsFrom(login.error, labels);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    login.mutate({ email: formText(form, 'email'), password: formText(form, 'password') }, { onSuccess });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      {errors.summary && <Alert>{errors.summary}</Alert>}
      <TextField label={labels.email} name="email" type="email" autoComplete="email" required defaultValue={defaultEmail} error={errors.fields.email} />
      <TextField label={labels.password} name="password" type="password" autoComplete="current-password" required error={errors.fields.password} />
      <button className="button button-primary" type="submit" disabled={login.isPending}>
        {login.isPending ? t('dashboard:login.pending') : t('dashboard:login.title')}
      </button>
    </form>
  );
}
