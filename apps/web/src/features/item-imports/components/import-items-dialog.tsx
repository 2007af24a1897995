import { useState, type ChangeEvent } from 'react';
import { isApiProblem } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { Dialog } from '@/components/dialog';
import { useT, type Translate } from '@/lib/i18n';
import { useCommitImport, usePreviewImport } from '../api/import-items';
import { ImportPreview } from './import-preview';

interface ImportItemsDialogProps {
  registryId: string;
  currency: string;
  onClose: () => void;
  /** The gifts were added: how many. */
  onImported: (count: number) => void;
}

/** The header row's column ids: the import reads them in every language, so they are never translated. */
const COLUMNS = 'name, description, url, price min, price max, quantity, kind, target, category, priority';

/** A problem the API explains (a bad file, the plan's limit, too many tries) is shown as it says; anything else as a network failure. */
const failureText = (t: Translate, error: unknown) => (isApiProblem(error) ? error.detail : t('gifts:offline'));

/**
 * Pick a file → the API checks every row and answers a preview (nothing written) → "Add N gifts" sends the same file
 * again to be added in one go. A file with problems cannot be added; its rows say what to fix.
 */
export function ImportItemsDialog({ registryId, currency, onClose, onImported }: ImportItemsDialogProps) {
  const t = useT('gifts');
  const [file, setFile] = useState<File | null>(null);
  const preview = usePreviewImport(registryId);
  const commit = useCommitImport(registryId);
  const result = preview.data;
  const ready = result && result.errors.length === 0 && !commit.isPending;

  function chosen(event: ChangeEvent<HTMLInputElement>) {
    const next = event.target.files?.[0] ?? null;
    setFile(next);
    commit.reset();
    if (next) preview.mutate(next);
    else preview.reset();
  }

  return (
    <Dialog title={t('gifts:import.title')} onClose={onClose} wide>
      <div className="stack">
        <p className="field-hint">{t('gifts:import.format', { columns: COLUMNS, max: 500 })}</p>
        <div className="field">
          <label htmlFor="import-file">{t('gifts:import.file')}</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={chosen}
          />
        </div>
        {preview.isPending && <p role="status">{t('gifts:import.checking')}</p>}
        {preview.isError && <Alert>{failureText(t, preview.error)}</Alert>}
        {result && <ImportPreview rows={result.rows} errors={result.errors} currency={currency} />}
        {commit.isError && <Alert>{failureText(t, commit.error)}</Alert>}
        <div className="button-row">
          <button
            type="button"
            className="button button-primary"
            disabled={!ready}
            onClick={() => file && commit.mutate(file, { onSuccess: (done) => onImported(done.created) })}
          >
            {commit.isPending
              ? t('gifts:import.adding')
              : result && result.errors.length === 0
                ? t('gifts:import.add-count', { count: result.rows.length })
                : t('gifts:import.add')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('gifts:cancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
