import { Alert } from '@/components/alert';
import { errorMessage } from '@/lib/form-errors';
import { useT } from '@/lib/i18n';
import { useExportMyData } from '../api/export-my-data';

/** "Download my data": one ZIP of the account and every gift list it owns, photos included. */
export function DownloadMyData() {
  const download = useExportMyData();
  const t = useT('dashboard');
  return (
    <section className="panel stack" aria-labelledby="download-data-title">
      <h2 id="download-data-title">{t('dashboard:account.download.title')}</h2>
      <p>{t('dashboard:account.download.intro')}</p>
      {download.isError && <Alert>{errorMessage(download.error)}</Alert>}
      {download.isSuccess && <Alert tone="success">{t('dashboard:account.download.started')}</Alert>}
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={download.isPending} onClick={() => download.mutate()}>
          {download.isPending ? t('dashboard:account.download.pending') : t('dashboard:account.download.title')}
        </button>
      </div>
    </section>
  );
}
