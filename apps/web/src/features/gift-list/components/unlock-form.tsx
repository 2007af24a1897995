import { type FormEvent } from 'react';
import { isApiProblem } from '@whispergifts/api-client';
import { TextField } from '@/components/field';
import { formErrorsFrom } from '@/lib/form-errors';
import { useUnlockGiftList } from '../api/unlock-gift-list';
import { formText } from '@/lib/form-data';

/** Shown instead of the list when the couple protected it with a password. */
export function UnlockForm({ slug }: { slug: string }) {
  const unlock = useUnlockGiftList(slug);
  const errors = formErrorsFrom(unlock.error);
  // A wrong password is a 401 about the one field there is: show it next to the field.
  const passwordError = errors.fields.password ?? (isApiProblem(unlock.error) ? unlock.error.detail : errors.summary) ?? undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    unlock.mutate(formText(new FormData(event.currentTarget), 'password'));
  }

  return (
    <section className="state-panel">
      <h1>This gift list is private</h1>
      <p>The couple protected their list with a password. You will find it on your invitation.</p>
      <form className="form" onSubmit={submit} noValidate>
        <TextField label="Password" name="password" type="password" autoComplete="off" required error={passwordError} />
        <button type="submit" className="button button-primary" disabled={unlock.isPending}>
          {unlock.isPending ? 'Opening…' : 'Open the gift list'}
        </button>
      </form>
    </section>
  );
}
