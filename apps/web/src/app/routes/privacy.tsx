import { Trans } from '@lingui/react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /privacy — what WhisperGifts keeps about couples and guests, who sees it, and for how long (the README says the same). */
export function Component() {
  const t = useT('landing');
  useDocumentTitle(t('landing:privacy.title'));
  return (
    <div className="page prose">
      <h1>{t('landing:privacy.heading')}</h1>
      <p>{t('landing:privacy.intro')}</p>

      <h2 id="guests">{t('landing:privacy.guests.title')}</h2>
      <ul>
        <li>
          <Trans id="landing:privacy.guests.kept" components={{ 0: <strong />, 1: <strong />, 2: <strong />, 3: <strong /> }} />
        </li>
        <li>{t('landing:privacy.guests.email')}</li>
        <li>
          <Trans id="landing:privacy.guests.how-long" components={{ 0: <strong /> }} />
        </li>
        <li>{t('landing:privacy.guests.undo')}</li>
        <li>{t('landing:privacy.guests.remember')}</li>
      </ul>

      <h2 id="couples">{t('landing:privacy.couples.title')}</h2>
      <ul>
        <li>{t('landing:privacy.couples.kept')}</li>
        <li>
          <Trans id="landing:privacy.couples.download" components={{ 0: <Link to={paths.account()} /> }} />
        </li>
        <li>{t('landing:privacy.couples.sessions')}</li>
      </ul>

      <h2 id="everyone">{t('landing:privacy.everyone.title')}</h2>
      <ul>
        <li>{t('landing:privacy.everyone.cookie')}</li>
        <li>{t('landing:privacy.everyone.money')}</li>
        <li>{t('landing:privacy.everyone.emails')}</li>
      </ul>
    </div>
  );
}
