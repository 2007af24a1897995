import { useT } from '@/lib/i18n';

export interface ConflictRow {
  label: string;
  mine: string;
  current: string;
}

interface ConflictNoticeProps {
  rows: ConflictRow[];
  onReapply: () => void;
  onDiscard: () => void;
  busy?: boolean;
}

/**
 * Shown after a 412: someone saved a newer version while this one was being edited. Nothing was overwritten;
 * the person sees both and chooses. Re-applying sends only their own changes, on top of the current version.
 */
export function ConflictNotice({ rows, onReapply, onDiscard, busy }: ConflictNoticeProps) {
  const t = useT('common');
  return (
    <section className="alert alert-info conflict" role="alert" aria-labelledby="conflict-title">
      <h3 id="conflict-title">{t('common:conflict.title')}</h3>
      <p>{t('common:conflict.text')}</p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('common:conflict.field')}</th>
              <th scope="col">{t('common:conflict.mine')}</th>
              <th scope="col">{t('common:conflict.saved')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.mine || '—'}</td>
                <td>{row.current || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onReapply} disabled={busy}>
          {t('common:conflict.reapply')}
        </button>
        <button type="button" className="button" onClick={onDiscard} disabled={busy}>
          {t('common:conflict.keep')}
        </button>
      </div>
    </section>
  );
}
