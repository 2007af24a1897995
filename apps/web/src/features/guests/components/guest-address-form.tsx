import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/alert';
import { TextAreaField } from '@/components/field';
import { formErrorsFrom } from '@/lib/form-errors';
import { formText } from '@/lib/form-data';
import { useT } from '@/lib/i18n';
import { useSetGuestAddress } from '../api/set-guest-address';

/** The postal address for the thank-you card: leave, change or remove it (the couple alone sees it). */
export function GuestAddressForm({ token, address, coupleNames }: { token: string; address: string | null; coupleNames: string }) {
  const t = useT('guest-pages');
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
      <h2 id="my-address">{t('guest-pages:my-gifts.address.title')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        {/* Remounted with the saved value, so "Remove" empties it. */}
        <TextAreaField
          key={address ?? ''}
          label={t('guest-pages:my-gifts.address.label')}
          name="address"
          autoComplete="street-address"
          maxLength={500}
          defaultValue={address ?? ''}
          hint={t('guest-pages:my-gifts.address.hint', { couple: coupleNames })}
          error={errors.fields.address}
        />
        {errors.summary && !errors.fields.address && <Alert>{errors.summary}</Alert>}
        {saved && <Alert tone="success">{saved === 'saved' ? t('guest-pages:my-gifts.address.saved') : t('guest-pages:my-gifts.address.removed')}</Alert>}
        <div className="button-row">
          <button type="submit" className="button button-small button-primary" disabled={save.isPending}>
            {t('guest-pages:my-gifts.address.save')}
          </button>
          {address && (
            <button
              type="button"
              className="button button-small"
              disabled={save.isPending}
              onClick={() => save.mutate(null, { onSuccess: () => setSaved('removed') })}
            >
              {t('guest-pages:my-gifts.address.remove')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
