import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useT } from '@/lib/i18n';

/** What a signed-in person who is not an administrator sees at /admin/*: plainly, no admin code loaded. */
export function NotAllowed() {
  const t = useT('admin');
  return (
    <div className="page">
      <section className="state-panel" aria-labelledby="not-allowed-title">
        <h1 id="not-allowed-title">{t('admin:not-allowed.title')}</h1>
        <p>{t('admin:not-allowed.detail')}</p>
        <p>
          <Link to={paths.dashboard()}>{t('admin:not-allowed.back')}</Link>
        </p>
      </section>
    </div>
  );
}
