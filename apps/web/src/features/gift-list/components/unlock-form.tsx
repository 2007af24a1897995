import { useT } from '@/lib/i18n';
import { type FormEvent } from 'react';
import { isApiProblem } from '@whispergifts/api-client';
import { TextField } from '@/components/field';
import { formErrorsFrom } from '@/lib/form-errors';
import { useUnlockGiftList } from '../api/unlock-gift-list';
import { formText } from '@/lib/form-data';

/** Shown instead of the list when the couple protected it with a password. */
export function UnlockForm({ slug }: { slug: string }) {
  const t = useT('guest');
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
      <h1>{t('guest:unlock.heading')}</h1>
      <p>{t('guest:unlock.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <TextField label={t('guest:unlock.password')} name="password" type="password" autoComplete="off" required error={passwordError} />
        <button type="submit" className="button button-primary" disabled={unlock.isPending}>
          {unlock.isPending ? t('guest:unlock.submitting') : t('guest:unlock.submit')}
        </button>
      </form>
    </section>
  );
}
