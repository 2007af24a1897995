import { Trans } from '@lingui/react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

const SUPPORT = 'hello@whispergifts.com';
const SECURITY = 'security@whispergifts.com';

/** /contact — who to ask about what: the couple for their list, us for the service. */
export function Component() {
  const t = useT('landing');
  useDocumentTitle(t('landing:contact.title'));
  return (
    <div className="page prose">
      <h1>{t('landing:contact.title')}</h1>
      <p>{t('landing:contact.intro')}</p>

      <h2 id="guests">{t('landing:contact.guests.title')}</h2>
      <p>{t('landing:contact.guests.text')}</p>

      <h2 id="couples">{t('landing:contact.couples.title')}</h2>
      <p>
        <Trans
          id="landing:contact.couples.text"
          values={{ support: SUPPORT }}
          components={{ 0: <a href={`mailto:${SUPPORT}`} />, 1: <Link to={paths.account()} /> }}
        />
      </p>

      <h2 id="security">{t('landing:contact.security.title')}</h2>
      <p>
        <Trans id="landing:contact.security.text" values={{ security: SECURITY }} components={{ 0: <a href={`mailto:${SECURITY}`} /> }} />
      </p>

      <h2 id="developers">{t('landing:contact.developers.title')}</h2>
      <p>
        <Trans id="landing:contact.developers.text" components={{ 0: <a href={paths.apiDocs()} />, 1: <Link to={paths.accessTokens()} /> }} />
      </p>
    </div>
  );
}
