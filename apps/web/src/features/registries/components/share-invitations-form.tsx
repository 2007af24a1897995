import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/alert';
import { TextAreaField, TextField } from '@/components/field';
import { isUnverifiedEmail, UnverifiedEmailNotice } from '@/features/accounts/components/unverified-email-notice';
import { formatDateTime } from '@/lib/dates';
import { formText } from '@/lib/form-data';
import { formErrorsFrom } from '@/lib/form-errors';
import { useT } from '@/lib/i18n';
import { rich } from '@/lib/rich-message';
import { useSendShareInvitations } from '../api/send-share-invitations';

/** Addresses pasted from anywhere: one per line, or separated by commas, semicolons or spaces. */
export const parseAddresses = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

/**
 * `passwordProtected`: the couple may print the list's password in the e-mails (issue 15, item 7). Only its hash is
 * kept, so they type it here; the API checks it before sending anything.
 */
export function ShareInvitationsForm({ registryId, passwordProtected = false }: { registryId: string; passwordProtected?: boolean }) {
  const t = useT('dashboard');
  const send = useSendShareInvitations(registryId);
  const [withPassword, setWithPassword] = useState(false);
  const sentTo = send.variables?.emails ?? [];
  // The API points at each bad address (`#/emails/3`): its message names it, so the couple can find it in their list.
  const errors = formErrorsFrom(send.error, {
    emails: t('dashboard:share.invite.emails'),
    message: t('dashboard:share.invite.message'),
    password: { label: t('dashboard:share.invite.password'), messages: { invalid: t('dashboard:share.invite.password-wrong') } },
    ...Object.fromEntries(sentTo.map((address, index) => [`emails.${index}`, t('dashboard:share.invite.address', { address })])),
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
      <h2 id="share-invitations-title">{t('dashboard:share.invite.title')}</h2>
      {isUnverifiedEmail(send.error) ? <UnverifiedEmailNotice action="guests" /> : errors.summary && <Alert>{errors.summary}</Alert>}
      {send.isSuccess && (
        <Alert tone="success">
          <div className="notice-stack">
            <p>
              {t('dashboard:share.invite.sent', { count: send.data.invited.length })} {t('dashboard:share.invite.remaining', { count: send.data.remaining })}
            </p>
            {skipped.length > 0 && (
              <>
                <p>{t('dashboard:share.invite.skipped', { count: skipped.length })}</p>
                <ul>
                  {skippedRows.map((row) => (
                    <li key={row.email}>
                      {rich(t('dashboard:share.invite.skipped-row', { email: row.email, date: formatDateTime(row.invitedAt) }), {
                        time: (words) => <time dateTime={row.invitedAt}>{words}</time>,
                      })}
                    </li>
                  ))}
                </ul>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => send.mutate({ emails: skipped, message: send.variables?.message, resend: true })}
                >
                  {t('dashboard:share.invite.resend', { count: skipped.length })}
                </button>
              </>
            )}
          </div>
        </Alert>
      )}
      <TextAreaField
        label={t('dashboard:share.invite.emails')}
        name="emails"
        rows={4}
        hint={t('dashboard:share.invite.emails-hint')}
        error={addressErrors.join(' · ') || errors.fields.emails}
      />
      <TextAreaField label={t('dashboard:share.invite.message-optional')} name="message" maxLength={1000} error={errors.fields.message} />
      {passwordProtected && (
        <>
          <label className="checkbox">
            <input type="checkbox" checked={withPassword} onChange={(event) => setWithPassword(event.target.checked)} />
            {t('dashboard:share.invite.with-password')}
          </label>
          {withPassword ? (
            <TextField
              label={t('dashboard:share.invite.password')}
              name="password"
              type="password"
              autoComplete="off"
              required
              maxLength={200}
              hint={t('dashboard:share.invite.password-hint')}
              error={errors.fields.password}
            />
          ) : (
            <p className="field-hint">{t('dashboard:share.invite.without-password')}</p>
          )}
        </>
      )}
      <button type="submit" className="button" disabled={send.isPending}>
        {send.isPending ? t('dashboard:share.invite.sending') : t('dashboard:share.invite.send')}
      </button>
    </form>
  );
}
