import { useT, type Translate } from '@/lib/i18n';
import { useState } from 'react';
import { TextAreaField, TextField } from '@/components/field';
import { forgetRememberedGuest, loadRememberedGuest } from '@/lib/remembered-guest';

/** The longest postal address the API accepts. */
const ADDRESS_MAX = 500;

/** The labels of the fields below, also naming them in error messages (formErrorsFrom). */
export const guestFieldLabels = (t: Translate) => ({
  name: t('guest:fields.name'),
  email: t('guest:fields.email'),
  message: t('guest:fields.message'),
  address: t('guest:fields.address'),
});

/**
 * Who the guest is, as the couple will see it: the same fields when reserving a gift and when chipping in. The name
 * and e-mail this browser remembers from last time are filled in, with "Not you?" to clear and forget them; the
 * optional postal address (for the thank-you card) is the couple's only, which its consent line says.
 */
export function GuestFields({ errors, emailHint }: { errors: Record<string, string>; emailHint: string }) {
  const t = useT('guest');
  const labels = guestFieldLabels(t);
  const [remembered, setRemembered] = useState(loadRememberedGuest);
  // A new key remounts the (uncontrolled) inputs empty after "Not you?".
  const [generation, setGeneration] = useState(0);

  function notYou() {
    forgetRememberedGuest();
    setRemembered(null);
    setGeneration((n) => n + 1);
  }

  return (
    <>
      {remembered && (
        <p className="remembered-guest">
          {t('guest:fields.welcome-back', { name: remembered.name })}{' '}
          <button type="button" className="link-button" onClick={notYou}>
            {t('guest:fields.not-you')}
          </button>
        </p>
      )}
      <TextField
        key={`name-${generation}`}
        label={labels.name}
        name="name"
        autoComplete="name"
        required
        maxLength={100}
        defaultValue={remembered?.name}
        hint={t('guest:fields.name.hint')}
        error={errors.name}
      />
      <TextField
        key={`email-${generation}`}
        label={labels.email}
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        defaultValue={remembered?.email}
        hint={emailHint}
        error={errors.email}
      />
      <TextAreaField label={labels.message} name="message" maxLength={2000} error={errors.message} />
      <TextAreaField
        label={labels.address}
        name="address"
        autoComplete="street-address"
        maxLength={ADDRESS_MAX}
        hint={t('guest:fields.address.hint')}
        error={errors.address}
      />
      <p className="field-hint consent-line">
        {t('guest:fields.consent')}{' '}
        <a href="/privacy#guests" target="_blank" rel="noopener">
          {t('guest:fields.privacy-link')}
        </a>
      </p>
    </>
  );
}
