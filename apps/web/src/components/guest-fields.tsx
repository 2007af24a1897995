import { TextAreaField, TextField } from '@/components/field';

/** Who the guest is, as the couple will see it: the same fields when reserving a gift and when chipping in. */
export function GuestFields({ errors, emailHint }: { errors: Record<string, string>; emailHint: string }) {
  return (
    <>
      <TextField label="Your name" name="name" autoComplete="name" required maxLength={100} hint="As the couple will see it." error={errors.name} />
      <TextField label="Your e-mail" name="email" type="email" autoComplete="email" required maxLength={254} hint={emailHint} error={errors.email} />
      <TextAreaField label="A message to the couple (optional)" name="message" maxLength={2000} error={errors.message} />
      <p className="field-hint consent-line">
        Only the couple sees your details, and they are erased a while after the wedding.{' '}
        <a href="/privacy#guests" target="_blank" rel="noopener">
          What we keep, and for how long
        </a>
      </p>
    </>
  );
}
