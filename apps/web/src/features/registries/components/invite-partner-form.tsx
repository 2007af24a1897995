import { type FormEvent } from 'react';
import { useT } from '@/lib/i18n';
import { isApiProblem } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { TextField } from '@/components/field';
import { isUnverifiedEmail, UnverifiedEmailNotice } from '@/features/accounts/components/unverified-email-notice';
import { formErrorsFrom } from '@/lib/form-errors';
import { useInvitePartner } from '../api/invite-partner';
import { formText } from '@/lib/form-data';

export function InvitePartnerForm({ registryId }: { registryId: string }) {
  const invite = useInvitePartner(registryId);
  const t = useT('dashboard');
  const errors = formErrorsFrom(invite.error, { email: t('dashboard:invite.email') });
  const alreadyInvited = isApiProblem(invite.error, 'already-invited');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    invite.mutate({ email: formText(new FormData(event.currentTarget), 'email').trim() });
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="invite-title">
      <h2 id="invite-title">{t('dashboard:invite.title')}</h2>
      <p>{t('dashboard:invite.intro')}</p>
      {isUnverifiedEmail(invite.error) ? (
        <UnverifiedEmailNotice action="partner" />
      ) : alreadyInvited ? (
        <Alert>
          <div className="notice-stack">
            <p>{t('dashboard:invite.already', { email: invite.variables?.email ?? '' })}</p>
            <button
              type="button"
              className="button button-small"
              onClick={() => invite.variables && invite.mutate({ email: invite.variables.email, resend: true })}
            >
              {t('dashboard:invite.resend')}
            </button>
          </div>
        </Alert>
      ) : (
        errors.summary && <Alert>{errors.summary}</Alert>
      )}
      {invite.isSuccess && (
        <Alert tone="success">
          {t('dashboard:invite.sent', { email: invite.data.email })} <code className="break">{invite.data.acceptUrl}</code>
        </Alert>
      )}
      <TextField label={t('dashboard:invite.email')} name="email" type="email" autoComplete="off" required error={errors.fields.email} />
      <button type="submit" className="button" disabled={invite.isPending}>
        {invite.isPending ? t('dashboard:auth.sending') : t('dashboard:invite.send')}
      </button>
    </form>
  );
}
