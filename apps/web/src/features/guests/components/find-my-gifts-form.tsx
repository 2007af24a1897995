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
  const request = useRequestGuestLink(slug);
  const [open, setOpen] = useState(false);
  const errors = formErrorsFrom(request.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    request.mutate(formText(new FormData(event.currentTarget), 'email').trim());
  }

  return (
    <section className="find-my-gifts" aria-labelledby="find-my-gifts">
      <h2 id="find-my-gifts">Already chose a gift?</h2>
      {request.isSuccess ? (
        <Alert tone="success">{request.data.detail}</Alert>
      ) : open ? (
        <form className="form" onSubmit={submit} noValidate>
          <TextField
            label="Your e-mail"
            name="email"
            type="email"
            autoComplete="email"
            required
            maxLength={254}
            defaultValue={loadRememberedGuest()?.email}
            hint="The one you reserved or chipped in with. We e-mail you a link to see and change your gifts."
            error={errors.fields.email}
          />
          {errors.summary && !errors.fields.email && <Alert>{errors.summary}</Alert>}
          <button type="submit" className="button button-primary" disabled={request.isPending}>
            {request.isPending ? 'Sending…' : 'E-mail me my link'}
          </button>
        </form>
      ) : (
        <>
          <p>See what you reserved, mark it bought, or change your mind.</p>
          <button type="button" className="button" onClick={() => setOpen(true)}>
            Find my gifts
          </button>
        </>
      )}
    </section>
  );
}
