import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

export function Component() {
  const t = useT('landing');
  useDocumentTitle(t('landing:errors.not-found.title'));
  return (
    <div className="page">
      <section className="state-panel">
        <h1>{t('landing:errors.not-found.heading')}</h1>
        <p>{t('landing:errors.not-found.detail')}</p>
        <Link className="button button-primary" to={paths.landing()}>
          {t('landing:errors.home')}
        </Link>
      </section>
    </div>
  );
}
