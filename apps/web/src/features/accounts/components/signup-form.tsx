import { type FormEvent } from 'react';
import { Alert } from '@/components/alert';
import { TextField } from '@/components/field';
import { formErrorsFrom } from '@/lib/form-errors';
import { useSignup } from '../api/signup';
import { formText } from '@/lib/form-data';

export function SignupForm({ onSuccess }: { onSuccess: () => void }) {
  const signup = useSignup();
  const errors = formErrorsFrom(signup.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    signup.mutate({ displayName: formText(form, 'displayName'), email: formText(form, 'email'), password: formText(form, 'password') }, { onSuccess });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      {errors.summary && <Alert>{errors.summary}</Alert>}
      <TextField label="Your name" name="displayName" autoComplete="name" required maxLength={80} error={errors.fields.displayName} />
      <TextField label="E-mail" name="email" type="email" autoComplete="email" required error={errors.fields.email} />
      <TextField
        label="Password"
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
