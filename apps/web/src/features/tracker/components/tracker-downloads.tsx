import { Alert } from '@/components/alert';
import { useDownloadTracker } from '../api/download-tracker';

/** The whole tracker (cancelled rows too) as a spreadsheet, and a printable thank-you checklist of what is shown. */
export function TrackerDownloads({ registryId, slug }: { registryId: string; slug: string }) {
  const download = useDownloadTracker(registryId, slug);
  return (
    <div className="tracker-downloads">
      <div className="button-row">
        <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate('xlsx')}>
          Download (Excel)
        </button>
        <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate('csv')}>
          Download (CSV)
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          Print thank-you checklist
        </button>
      </div>
      {download.isError && <Alert>The download did not work. Please try again.</Alert>}
    </div>
  );
}
