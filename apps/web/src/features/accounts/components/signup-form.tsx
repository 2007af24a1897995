import { useEffect, useRef, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/alert';
import { TextField } from '@/components/field';
import { paths } from '@/config/paths';
import { formErrorsFrom } from '@/lib/form-errors';
import { useSignup } from '../api/signup';
import { formText } from '@/lib/form-data';
import { useT } from '@/lib/i18n';

export function SignupForm({ onSuccess, defaultEmail }: { onSuccess: () => void; defaultEmail?: string }) {
  const signup = useSignup();
  const t = useT('dashboard');
  const LABELS = { displayName: t('dashboard:signup.name'), email: t('dashboard:auth.email'), password: t('dashboard:auth.password') };
  const errors = formErrorsFrom(signup.error, LABELS);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    signup.mutate(
      { displayName: formText(form, 'displayName'), email: formText(form, 'email'), password: formText(form, 'password') },
      { onSuccess: (outcome) => outcome.user && onSuccess() },
    );
  }

  if (signup.data && !signup.data.user) return <CheckYourEmail email={signup.data.email} />;

  return (
    <form className="form" onSubmit={submit} noValidate>
      {errors.summary && <Alert>{errors.summary}</Alert>}
      <TextField label={LABELS.displayName} name="displayName" autoComplete="name" required maxLength={80} error={errors.fields.displayName} />
      <TextField label={LABELS.email} name="email" type="email" autoComplete="email" required defaultValue={defaultEmail} error={errors.fields.email} />
      <TextField
        label={LABELS.password}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        hint={t('dashboard:signup.password-hint')}
        error={errors.fields.password}
      />
      <button className="button button-primary" type="submit" disabled={signup.isPending}>
        {signup.isPending ? t('dashboard:signup.pending') : t('dashboard:signup.submit')}
      </button>
    </form>
  );
}

/** The address has an account already (whose owner we just e-mailed), or the new one could not sign in: the inbox says what next. */
function CheckYourEmail({ email }: { email: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const t = useT('dashboard');
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="stack" aria-labelledby="check-email-title">
      <h2 id="check-email-title" ref={heading} tabIndex={-1}>
        {t('dashboard:signup.check.title')}
      </h2>
      <p>
        {t('dashboard:signup.check.sent')} <strong className="break">{email}</strong>. {t('dashboard:signup.check.existing')}
      </p>
      <p>
        <Link to={paths.login()}>{t('dashboard:login.title')}</Link> · <Link to={paths.forgotPassword()}>{t('dashboard:auth.forgot-link')}</Link>
      </p>
    </section>
  );
}
