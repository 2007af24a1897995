import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/alert';
import { TextAreaField, TextField } from '@/components/field';
import { isUnverifiedEmail, UnverifiedEmailNotice } from '@/features/accounts/components/unverified-email-notice';
import { formatDateTime } from '@/lib/dates';
import { formText } from '@/lib/form-data';
import { formErrorsFrom } from '@/lib/form-errors';
import { useSendShareInvitations } from '../api/send-share-invitations';

/** Addresses pasted from anywhere: one per line, or separated by commas, semicolons or spaces. */
export const parseAddresses = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

/**
 * `passwordProtected`: the couple may print the list's password in the e-mails (issue 15, item 7). Only its hash is
 * kept, so they type it here; the API checks it before sending anything.
 */
export function ShareInvitationsForm({ registryId, passwordProtected = false }: { registryId: string; passwordProtected?: boolean }) {
  const send = useSendShareInvitations(registryId);
  const [withPassword, setWithPassword] = useState(false);
  const sentTo = send.variables?.emails ?? [];
  // The API points at each bad address (`#/emails/3`): its message names it, so the couple can find it in their list.
  const errors = formErrorsFrom(send.error, {
    emails: "Guests' e-mail addresses",
    message: 'Your message',
    password: { label: 'The list’s password', messages: { invalid: 'This is not the list’s password: check it, or change it in Settings.' } },
    ...Object.fromEntries(sentTo.map((address, index) => [`emails.${index}`, `“${address}”`])),
  });
  const addressErrors = Object.entries(errors.fields)
    .filter(([field]) => field.startsWith('emails.'))
    .map(([, message]) => message);
  // Invited to this list in the last week: the API skips them unless asked to resend.
  const skippedRows = send.data?.skipped ?? [];
  const skipped = skippedRows.map((s) => s.email);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    send.mutate({
      emails: parseAddresses(formText(form, 'emails')),
      message: formText(form, 'message').trim() || undefined,
      password: passwordProtected && withPassword ? formText(form, 'password') : undefined,
    });
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="share-invitations-title">
      <h2 id="share-invitations-title">E-mail your guests</h2>
      {isUnverifiedEmail(send.error) ? <UnverifiedEmailNotice action="guests" /> : errors.summary && <Alert>{errors.summary}</Alert>}
      {send.isSuccess && (
        <Alert tone="success">
          <div className="notice-stack">
            <p>
              {send.data.invited.length === 0 ? 'Nothing sent.' : `Sent to ${send.data.invited.length} ${send.data.invited.length === 1 ? 'guest' : 'guests'}.`}{' '}
              You can send {send.data.remaining} more today.
            </p>
            {skipped.length > 0 && (
              <>
                <p>Not sent again: you invited {skipped.length === 1 ? 'this guest' : 'these guests'} in the last week.</p>
                <ul>
                  {skippedRows.map((row) => (
                    <li key={row.email}>
                      {row.email}, on <time dateTime={row.invitedAt}>{formatDateTime(row.invitedAt)}</time>
                    </li>
                  ))}
                </ul>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => send.mutate({ emails: skipped, message: send.variables?.message, resend: true })}
                >
                  Send to {skipped.length === 1 ? 'them' : `these ${skipped.length}`} again
                </button>
              </>
            )}
          </div>
        </Alert>
      )}
      <TextAreaField
        label="Guests' e-mail addresses"
        name="emails"
        rows={4}
        hint="One per line, or separated by commas. Up to 50 at a time."
        error={addressErrors.join(' · ') || errors.fields.emails}
      />
      <TextAreaField label="Your message (optional)" name="message" maxLength={1000} error={errors.fields.message} />
      {passwordProtected && (
        <>
          <label className="checkbox">
            <input type="checkbox" checked={withPassword} onChange={(event) => setWithPassword(event.target.checked)} />
            Put the list’s password in the e-mail
          </label>
          {withPassword ? (
            <TextField
              label="The list’s password"
              name="password"
              type="password"
              autoComplete="off"
              required
              maxLength={200}
              hint="We keep only a scrambled copy of it, so type it here; we check it before anything is sent."
              error={errors.fields.password}
            />
          ) : (
            <p className="field-hint">Without it, the e-mail tells guests the list has a password and that you will give it to them.</p>
          )}
        </>
      )}
      <button type="submit" className="button" disabled={send.isPending}>
        {send.isPending ? 'Sending…' : 'Send invitations'}
      </button>
    </form>
  );
}
