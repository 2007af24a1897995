import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/alert';
import { TextAreaField } from '@/components/field';
import { formErrorsFrom } from '@/lib/form-errors';
import { formText } from '@/lib/form-data';
import { useSetGuestAddress } from '../api/set-guest-address';

/** The postal address for the thank-you card: leave, change or remove it (the couple alone sees it). */
export function GuestAddressForm({ token, address, coupleNames }: { token: string; address: string | null; coupleNames: string }) {
  const save = useSetGuestAddress(token);
  const [saved, setSaved] = useState<'saved' | 'removed' | null>(null);
  const errors = formErrorsFrom(save.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = formText(new FormData(event.currentTarget), 'address').trim();
    save.mutate(text || null, { onSuccess: () => setSaved(text ? 'saved' : 'removed') });
  }

  return (
    <section className="my-gifts-section" aria-labelledby="my-address">
      <h2 id="my-address">Your address for a thank-you card</h2>
      <form className="form" onSubmit={submit} noValidate>
        {/* Remounted with the saved value, so "Remove" empties it. */}
        <TextAreaField
          key={address ?? ''}
          label="Postal address (optional)"
          name="address"
          autoComplete="street-address"
          maxLength={500}
          defaultValue={address ?? ''}
          hint={`Only ${coupleNames} see it, on every gift you gave on this list.`}
          error={errors.fields.address}
        />
        {errors.summary && !errors.fields.address && <Alert>{errors.summary}</Alert>}
        {saved && <Alert tone="success">{saved === 'saved' ? 'Saved.' : 'Removed.'}</Alert>}
        <div className="button-row">
          <button type="submit" className="button button-small button-primary" disabled={save.isPending}>
            Save address
          </button>
          {address && (
            <button
              type="button"
              className="button button-small"
              disabled={save.isPending}
              onClick={() => save.mutate(null, { onSuccess: () => setSaved('removed') })}
            >
              Remove it
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
