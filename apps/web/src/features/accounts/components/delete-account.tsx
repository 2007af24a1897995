import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/alert';
import { Dialog } from '@/components/dialog';
import { TextField } from '@/components/field';
import { formText } from '@/lib/form-data';
import { formErrorsFrom } from '@/lib/form-errors';
import { useDeleteAccount } from '../api/delete-account';

/** "Delete my account": says what goes and what stays, then asks for the password in a dialog. */
export function DeleteAccount({ onDeleted }: { onDeleted: () => void | Promise<void> }) {
  const [asking, setAsking] = useState(false);
  return (
    <section className="panel stack" aria-labelledby="delete-account-title">
      <h2 id="delete-account-title">Delete my account</h2>
      <p>
        Your account goes for good, and so do the gift lists you own alone, with their items, photos, reservations and pledges. A list you share with your
        partner stays theirs. You are signed out everywhere and your access tokens stop working. Download your data first if you want to keep a copy.
      </p>
      <div className="button-row">
        <button type="button" className="button button-danger" onClick={() => setAsking(true)}>
          Delete my account…
        </button>
      </div>
      {asking && <DeleteAccountDialog onClose={() => setAsking(false)} onDeleted={onDeleted} />}
    </section>
  );
}

function DeleteAccountDialog({ onClose, onDeleted }: { onClose: () => void; onDeleted: () => void | Promise<void> }) {
  const remove = useDeleteAccount({ leave: onDeleted });
  const errors = formErrorsFrom(remove.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    remove.mutate(formText(new FormData(event.currentTarget), 'password'));
  }

  return (
    <Dialog title="Delete your account?" onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <p>This cannot be undone. Type your password to confirm.</p>
        {errors.summary && <Alert>{errors.summary}</Alert>}
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required maxLength={200} error={errors.fields.password} />
        <div className="button-row">
          <button type="submit" className="button button-danger" disabled={remove.isPending}>
            {remove.isPending ? 'Deleting…' : 'Delete my account for good'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Keep my account
          </button>
        </div>
      </form>
    </Dialog>
  );
}
