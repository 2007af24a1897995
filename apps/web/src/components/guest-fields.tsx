import { TextAreaField, TextField } from '@/components/field';

/** The labels of the fields below, also naming them in error messages (formErrorsFrom). */
export const GUEST_FIELD_LABELS = { name: 'Your name', email: 'Your e-mail', message: 'A message to the couple (optional)' };

/** Who the guest is, as the couple will see it: the same fields when reserving a gift and when chipping in. */
export function GuestFields({ errors, emailHint }: { errors: Record<string, string>; emailHint: string }) {
  return (
    <>
      <TextField
        label={GUEST_FIELD_LABELS.name}
        name="name"
        autoComplete="name"
        required
        maxLength={100}
        hint="As the couple will see it."
        error={errors.name}
      />
      <TextField
        label={GUEST_FIELD_LABELS.email}
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        hint={emailHint}
        error={errors.email}
      />
      <TextAreaField label={GUEST_FIELD_LABELS.message} name="message" maxLength={2000} error={errors.message} />
    </>
  );
}
