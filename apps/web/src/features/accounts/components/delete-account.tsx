import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/alert';
import { Dialog } from '@/components/dialog';
import { TextField } from '@/components/field';
import { formText } from '@/lib/form-data';
import { formErrorsFrom } from '@/lib/form-errors';
import { useT } from '@/lib/i18n';
import { useDeleteAccount } from '../api/delete-account';

/** "Delete my account": says what goes and what stays, then asks for the password in a dialog. */
export function DeleteAccount({ onDeleted }: { onDeleted: () => void | Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const t = useT('dashboard');
  return (
    <section className="panel stack" aria-labelledby="delete-account-title">
      <h2 id="delete-account-title">{t('dashboard:account.delete.title')}</h2>
      <p>{t('dashboard:account.delete.intro')}</p>
      <div className="button-row">
        <button type="button" className="button button-danger" onClick={() => setAsking(true)}>
          {t('dashboard:account.delete.open')}
        </button>
      </div>
      {asking && <DeleteAccountDialog onClose={() => setAsking(false)} onDeleted={onDeleted} />}
    </section>
  );
}

function DeleteAccountDialog({ onClose, onDeleted }: { onClose: () => void; onDeleted: () => void | Promise<void> }) {
  const remove = useDeleteAccount({ leave: onDeleted });
  const errors = formErrorsFrom(remove.error);
  const t = useT('dashboard');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    remove.mutate(formText(new FormData(event.currentTarget), 'password'));
  }

  return (
    <Dialog title={t('dashboard:account.delete.confirm-title')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <p>{t('dashboard:account.delete.confirm-intro')}</p>
        {errors.summary && <Alert>{errors.summary}</Alert>}
        <TextField
          label={t('dashboard:auth.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={200}
          error={errors.fields.password}
        />
        <div className="button-row">
          <button type="submit" className="button button-danger" disabled={remove.isPending}>
            {remove.isPending ? t('dashboard:common.deleting') : t('dashboard:account.delete.submit')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('dashboard:account.delete.keep')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
