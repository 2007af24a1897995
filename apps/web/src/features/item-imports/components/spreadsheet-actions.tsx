import { useState } from 'react';
import { Alert } from '@/components/alert';
import { useDownloadSheet } from '../api/download-sheet';
import { ImportItemsDialog } from './import-items-dialog';

interface SpreadsheetActionsProps {
  registryId: string;
  slug: string;
  currency: string;
  hasItems: boolean;
}

/** The gifts screen's spreadsheet corner: import a file, get a template to fill in, export the list in the same format. */
export function SpreadsheetActions({ registryId, slug, currency, hasItems }: SpreadsheetActionsProps) {
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState<number | null>(null);
  const download = useDownloadSheet(registryId, slug);
  return (
    <section aria-labelledby="spreadsheet-title" className="panel stack">
      <h2 id="spreadsheet-title">Spreadsheets</h2>
      <p className="field-hint">Keep your list in Excel or Google Sheets? Import it in one go, or export your gifts in the same format.</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setOpen(true)}>
          Import from a spreadsheet
        </button>
        <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate('template-csv')}>
          Template (CSV)
        </button>
        <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate('template-xlsx')}>
          Template (Excel)
        </button>
        {hasItems && (
          <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate('export')}>
            Export gifts (CSV)
          </button>
        )}
      </div>
      {download.isError && <Alert>The download did not work. Please try again.</Alert>}
      {added !== null && <Alert tone="success">{`Added ${added} ${added === 1 ? 'gift' : 'gifts'} from your spreadsheet.`}</Alert>}
      {open && (
        <ImportItemsDialog
          registryId={registryId}
          currency={currency}
          onClose={() => setOpen(false)}
          onImported={(count) => {
            setOpen(false);
            setAdded(count);
          }}
        />
      )}
    </section>
  );
}
