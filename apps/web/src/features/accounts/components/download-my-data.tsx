import { Alert } from '@/components/alert';
import { errorMessage } from '@/lib/form-errors';
import { useExportMyData } from '../api/export-my-data';

/** "Download my data": one ZIP of the account and every gift list it owns, photos included. */
export function DownloadMyData() {
  const download = useExportMyData();
  return (
    <section className="panel stack" aria-labelledby="download-data-title">
      <h2 id="download-data-title">Download my data</h2>
      <p>
        One ZIP file with your account and every gift list you own: the settings, items and photos, who reserved or chipped in for what (with their messages and
        addresses), the gifts you added yourself, and your tracker as a spreadsheet. Keep it somewhere safe: it holds your guests’ details.
      </p>
      {download.isError && <Alert>{errorMessage(download.error)}</Alert>}
      {download.isSuccess && <Alert tone="success">Your download has started.</Alert>}
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={download.isPending} onClick={() => download.mutate()}>
          {download.isPending ? 'Preparing your file…' : 'Download my data'}
        </button>
      </div>
    </section>
  );
}
