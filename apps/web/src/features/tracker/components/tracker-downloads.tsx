import { Alert } from '@/components/alert';
import { useT } from '@/lib/i18n';
import { useDownloadTracker } from '../api/download-tracker';

/** The whole tracker (cancelled rows too) as a spreadsheet, and a printable thank-you checklist of what is shown. */
export function TrackerDownloads({ registryId, slug }: { registryId: string; slug: string }) {
  const t = useT('tracker');
  const download = useDownloadTracker(registryId, slug);
  return (
    <div className="tracker-downloads">
      <div className="button-row">
        <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate('xlsx')}>
          {t('tracker:downloads.xlsx')}
        </button>
        <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate('csv')}>
          {t('tracker:downloads.csv')}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('tracker:downloads.print')}
        </button>
      </div>
      {download.isError && <Alert>{t('tracker:downloads.failed')}</Alert>}
    </div>
  );
}
