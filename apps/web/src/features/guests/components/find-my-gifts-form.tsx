import { useT } from '@/lib/i18n';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/alert';
import { TextField } from '@/components/field';
import { formErrorsFrom } from '@/lib/form-errors';
import { formText } from '@/lib/form-data';
import { loadRememberedGuest } from '@/lib/remembered-guest';
import { useRequestGuestLink } from '../api/request-guest-link';

/**
 * "Find my gifts" under the gift list: a guest who lost their confirmation asks for the link to their page by
 * e-mail. The answer is the API's, the same for every address, so the form says "if".
 */
export function FindMyGiftsForm({ slug }: { slug: string }) {
  const t = useT('guest');
  const request = useRequestGuestLink(slug);
  const [open, setOpen] = useState(false);
  const errors = formErrorsFrom(request.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    request.mutate(formText(new FormData(event.currentTarget), 'email').trim());
  }

  return (
    <section className="find-my-gifts" aria-labelledby="find-my-gifts">
      <h2 id="find-my-gifts">{t('guest:find-mine.heading')}</h2>
      {request.isSuccess ? (
        <Alert tone="success">{request.data.detail}</Alert>
      ) : open ? (
        <form className="form" onSubmit={submit} noValidate>
          <TextField
            label={t('guest:fields.email')}
            name="email"
            type="email"
            autoComplete="email"
            required
            maxLength={254}
            defaultValue={loadRememberedGuest()?.email}
            hint={t('guest:find-mine.hint')}
            error={errors.fields.email}
          />
          {errors.summary && !errors.fields.email && <Alert>{errors.summary}</Alert>}
          <button type="submit" className="button button-primary" disabled={request.isPending}>
            {request.isPending ? t('guest:find-mine.sending') : t('guest:find-mine.submit')}
          </button>
        </form>
      ) : (
        <>
          <p>{t('guest:find-mine.intro')}</p>
          <button type="button" className="button" onClick={() => setOpen(true)}>
            {t('guest:find-mine.open')}
          </button>
        </>
      )}
    </section>
  );
}
