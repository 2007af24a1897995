import { useState, type ChangeEvent } from 'react';
import { isApiProblem } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { Dialog } from '@/components/dialog';
import { useCommitImport, usePreviewImport } from '../api/import-items';
import { ImportPreview } from './import-preview';

interface ImportItemsDialogProps {
  registryId: string;
  currency: string;
  onClose: () => void;
  /** The gifts were added: how many. */
  onImported: (count: number) => void;
}

/** A problem the API explains (a bad file, the plan's limit, too many tries) is shown as it says; anything else as a network failure. */
const failureText = (error: unknown) => (isApiProblem(error) ? error.detail : 'We could not reach WhisperGifts. Please try again.');

/**
 * Pick a file → the API checks every row and answers a preview (nothing written) → "Add N gifts" sends the same file
 * again to be added in one go. A file with problems cannot be added; its rows say what to fix.
 */
export function ImportItemsDialog({ registryId, currency, onClose, onImported }: ImportItemsDialogProps) {
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
    <Dialog title="Import from a spreadsheet" onClose={onClose} wide>
      <div className="stack">
        <p className="field-hint">
          A CSV or Excel (.xlsx) file with a header row: name, description, url, price min, price max, quantity, kind, target, category, priority. Only name is
          required. Up to 500 gifts.
        </p>
        <div className="field">
          <label htmlFor="import-file">Spreadsheet file</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={chosen}
          />
        </div>
        {preview.isPending && <p role="status">Checking your file…</p>}
        {preview.isError && <Alert>{failureText(preview.error)}</Alert>}
        {result && <ImportPreview rows={result.rows} errors={result.errors} currency={currency} />}
        {commit.isError && <Alert>{failureText(commit.error)}</Alert>}
        <div className="button-row">
          <button
            type="button"
            className="button button-primary"
            disabled={!ready}
            onClick={() => file && commit.mutate(file, { onSuccess: (done) => onImported(done.created) })}
          >
            {commit.isPending
              ? 'Adding…'
              : result && result.errors.length === 0
                ? `Add ${result.rows.length} ${result.rows.length === 1 ? 'gift' : 'gifts'}`
                : 'Add gifts'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </div>
    </Dialog>
  );
}
