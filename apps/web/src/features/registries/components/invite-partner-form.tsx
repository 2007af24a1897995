import { type FormEvent } from 'react';
import { isApiProblem } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { TextField } from '@/components/field';
import { isUnverifiedEmail, UnverifiedEmailNotice } from '@/features/accounts/components/unverified-email-notice';
import { formErrorsFrom } from '@/lib/form-errors';
import { useInvitePartner } from '../api/invite-partner';
import { formText } from '@/lib/form-data';

export function InvitePartnerForm({ registryId }: { registryId: string }) {
  const invite = useInvitePartner(registryId);
  const errors = formErrorsFrom(invite.error, { email: "Your partner's e-mail" });
  const alreadyInvited = isApiProblem(invite.error, 'already-invited');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    invite.mutate({ email: formText(new FormData(event.currentTarget), 'email').trim() });
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="invite-title">
      <h2 id="invite-title">Invite your partner</h2>
      <p>Your partner gets an e-mail with a link, and co-owns this list once they accept with that address.</p>
      {isUnverifiedEmail(invite.error) ? (
        <UnverifiedEmailNotice action="partner" />
      ) : alreadyInvited ? (
        <Alert>
          <div className="notice-stack">
            <p>You invited {invite.variables?.email} recently, so we did not send it again.</p>
            <button
              type="button"
              className="button button-small"
              onClick={() => invite.variables && invite.mutate({ email: invite.variables.email, resend: true })}
            >
              Send the invitation again
            </button>
          </div>
        </Alert>
      ) : (
        errors.summary && <Alert>{errors.summary}</Alert>
      )}
      {invite.isSuccess && (
        <Alert tone="success">
          Invitation sent to {invite.data.email}. You can also send them this link yourself: <code className="break">{invite.data.acceptUrl}</code>
        </Alert>
      )}
      <TextField label="Your partner's e-mail" name="email" type="email" autoComplete="off" required error={errors.fields.email} />
      <button type="submit" className="button" disabled={invite.isPending}>
        {invite.isPending ? 'Sending…' : 'Send invitation'}
      </button>
    </form>
  );
}
