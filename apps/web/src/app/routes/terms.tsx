import { Trans } from '@lingui/react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /terms — the rules of using WhisperGifts, in plain words. */
export function Component() {
  const t = useT('landing');
  useDocumentTitle(t('landing:terms.title'));
  return (
    <div className="page prose">
      <h1>{t('landing:terms.title')}</h1>
      <p>{t('landing:terms.intro')}</p>

      <h2 id="what">{t('landing:terms.what.title')}</h2>
      <ul>
        <li>{t('landing:terms.what.lets')}</li>
        <li>{t('landing:terms.what.money')}</li>
      </ul>

      <h2 id="couples">{t('landing:terms.couples.title')}</h2>
      <ul>
        <li>{t('landing:terms.couples.age')}</li>
        <li>{t('landing:terms.couples.content')}</li>
        <li>{t('landing:terms.couples.plans')}</li>
        <li>{t('landing:terms.couples.details')}</li>
      </ul>

      <h2 id="guests">{t('landing:terms.guests.title')}</h2>
      <ul>
        <li>{t('landing:terms.guests.account')}</li>
        <li>{t('landing:terms.guests.name')}</li>
      </ul>

      <h2 id="fair-use">{t('landing:terms.fair.title')}</h2>
      <ul>
        <li>
          <Trans id="landing:terms.fair.break" components={{ 0: <a href={paths.apiDocs()} /> }} />
        </li>
        <li>{t('landing:terms.fair.remove')}</li>
      </ul>

      <h2 id="us">{t('landing:terms.us.title')}</h2>
      <ul>
        <li>
          <Trans id="landing:terms.us.data" components={{ 0: <Link to={paths.privacy()} /> }} />
        </li>
        <li>{t('landing:terms.us.liability')}</li>
        <li>
          <Trans id="landing:terms.us.questions" components={{ 0: <Link to={paths.contact()} /> }} />
        </li>
      </ul>
    </div>
  );
}
