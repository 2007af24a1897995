import { useState } from 'react';
import { Alert } from '@/components/alert';
import { useT } from '@/lib/i18n';
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
  const t = useT('gifts');
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState<number | null>(null);
  const download = useDownloadSheet(registryId, slug);
  return (
    <section aria-labelledby="spreadsheet-title" className="panel stack">
      <h2 id="spreadsheet-title">{t('gifts:sheets.title')}</h2>
      <p className="field-hint">{t('gifts:sheets.intro')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t('gifts:import.title')}
        </button>
        <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate('template-csv')}>
          {t('gifts:sheets.template-csv')}
        </button>
        <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate('template-xlsx')}>
          {t('gifts:sheets.template-xlsx')}
        </button>
        {hasItems && (
          <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate('export')}>
            {t('gifts:sheets.export')}
          </button>
        )}
      </div>
      {download.isError && <Alert>{t('gifts:sheets.download-failed')}</Alert>}
      {added !== null && <Alert tone="success">{t('gifts:sheets.added', { count: added })}</Alert>}
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
