import { useState, type FormEvent } from 'react';
import { isApiProblem } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { Dialog } from '@/components/dialog';
import { TextField } from '@/components/field';
import { formErrorsFrom } from '@/lib/form-errors';
import { useT } from '@/lib/i18n';

/** The API keeps thank-you notes up to this length. */
export const NOTE_MAX = 500;

interface ThankDialogProps {
  title: string;
  /** What is being marked: "Dinner plates from Aunt May", or "3 gifts". */
  summary: string;
  pending: boolean;
  error: unknown;
  onSubmit: (note: string) => void;
  onClose: () => void;
}

/** Marks one gift, or every selected one, thanked; the note ("card sent", "called her") is optional. */
export function ThankDialog({ title, summary, pending, error, onSubmit, onClose }: ThankDialogProps) {
  const t = useT('tracker', 'dashboard');
  const [note, setNote] = useState('');
  const stale = isApiProblem(error, 'precondition-failed');
  const errors = formErrorsFrom(stale ? null : error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(note.trim());
  }

  return (
    <Dialog title={title} onClose={onClose}>
      <p className="dialog-summary">{summary}</p>
      {stale && <Alert tone="info">{t('tracker:thank.stale')}</Alert>}
      {errors.summary && <Alert>{errors.summary}</Alert>}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('tracker:note')}
          hint={t('tracker:thank.note-hint')}
          value={note}
          maxLength={NOTE_MAX}
          onChange={(e) => setNote(e.target.value)}
          error={errors.fields.note}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? t('dashboard:common.saving') : t('tracker:row.mark-thanked')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('dashboard:common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
