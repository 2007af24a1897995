import { useEffect, useRef, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/alert';
import { TextField } from '@/components/field';
import { paths } from '@/config/paths';
import { formErrorsFrom } from '@/lib/form-errors';
import { useSignup } from '../api/signup';
import { formText } from '@/lib/form-data';

const LABELS = { displayName: 'Your name', email: 'E-mail', password: 'Password' };

export function SignupForm({ onSuccess, defaultEmail }: { onSuccess: () => void; defaultEmail?: string }) {
  const signup = useSignup();
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
        hint="At least 10 characters. A few words you will remember make a good one."
        error={errors.fields.password}
      />
      <button className="button button-primary" type="submit" disabled={signup.isPending}>
        {signup.isPending ? 'Creating your account…' : 'Create account'}
      </button>
    </form>
  );
}

/** The address has an account already (whose owner we just e-mailed), or the new one could not sign in: the inbox says what next. */
function CheckYourEmail({ email }: { email: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="stack" aria-labelledby="check-email-title">
      <h2 id="check-email-title" ref={heading} tabIndex={-1}>
        Check your e-mail
      </h2>
      <p>
        We have sent a message to <strong className="break">{email}</strong>. If this address already has a WhisperGifts account, the message says how to get
        back into it.
      </p>
      <p>
        <Link to={paths.login()}>Log in</Link> · <Link to={paths.forgotPassword()}>Forgot your password?</Link>
      </p>
    </section>
  );
}
