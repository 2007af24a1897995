import { type FormEvent } from 'react';
import { Alert } from '@/components/alert';
import { TextField } from '@/components/field';
import { formText } from '@/lib/form-data';
import { formErrorsFrom } from '@/lib/form-errors';
import { useT } from '@/lib/i18n';
import { useConfirmPasswordReset } from '../api/confirm-password-reset';

export function ResetPasswordForm({ token, onDone }: { token: string; onDone: () => void }) {
  const confirm = useConfirmPasswordReset();
  const t = useT('dashboard');
  const errors = formErrorsFrom(confirm.error, { password: t('dashboard:reset.password') });
  // A spent or unknown link is reported against the token, which has no field here: say it at the top.
  const summary = errors.summary ?? errors.fields.token ?? null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    confirm.mutate({ token, password: formText(new FormData(event.currentTarget), 'password') }, { onSuccess: onDone });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      {summary && <Alert>{summary}</Alert>}
      <TextField
        label={t('dashboard:reset.password')}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        hint={t('dashboard:reset.hint')}
        error={errors.fields.password}
      />
      <button type="submit" className="button button-primary" disabled={confirm.isPending}>
        {confirm.isPending ? t('dashboard:common.saving') : t('dashboard:reset.save')}
      </button>
    </form>
  );
}
