import { useState } from 'react';
import { TextAreaField, TextField } from '@/components/field';
import { forgetRememberedGuest, loadRememberedGuest } from '@/lib/remembered-guest';

/** The longest postal address the API accepts. */
const ADDRESS_MAX = 500;

/** The labels of the fields below, also naming them in error messages (formErrorsFrom). */
export const GUEST_FIELD_LABELS = {
  name: 'Your name',
  email: 'Your e-mail',
  message: 'A message to the couple (optional)',
  address: 'Your postal address, for a thank-you card (optional)',
};

/**
 * Who the guest is, as the couple will see it: the same fields when reserving a gift and when chipping in. The name
 * and e-mail this browser remembers from last time are filled in, with "Not you?" to clear and forget them; the
 * optional postal address (for the thank-you card) is the couple's only, which its consent line says.
 */
export function GuestFields({ errors, emailHint }: { errors: Record<string, string>; emailHint: string }) {
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
          Welcome back, {remembered.name}.{' '}
          <button type="button" className="link-button" onClick={notYou}>
            Not you?
          </button>
        </p>
      )}
      <TextField
        key={`name-${generation}`}
        label={GUEST_FIELD_LABELS.name}
        name="name"
        autoComplete="name"
        required
        maxLength={100}
        defaultValue={remembered?.name}
        hint="As the couple will see it."
        error={errors.name}
      />
      <TextField
        key={`email-${generation}`}
        label={GUEST_FIELD_LABELS.email}
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        defaultValue={remembered?.email}
        hint={emailHint}
        error={errors.email}
      />
      <TextAreaField label={GUEST_FIELD_LABELS.message} name="message" maxLength={2000} error={errors.message} />
      <TextAreaField
        label={GUEST_FIELD_LABELS.address}
        name="address"
        autoComplete="street-address"
        maxLength={ADDRESS_MAX}
        hint="Only the couple sees it. You can change or remove it on your gifts page, linked from your confirmation e-mail."
        error={errors.address}
      />
      <p className="field-hint consent-line">
        Only the couple sees your details (name, e-mail, message and address), and they are erased a while after the wedding; this browser remembers your name
        and e-mail for next time.{' '}
        <a href="/privacy#guests" target="_blank" rel="noopener">
          What we keep, and for how long
        </a>
      </p>
    </>
  );
}
