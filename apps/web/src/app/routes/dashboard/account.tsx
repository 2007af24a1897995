import { Link, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { DeleteAccount } from '@/features/accounts/components/delete-account';
import { DownloadMyData } from '@/features/accounts/components/download-my-data';
import { AccountLanguage } from '@/features/accounts/components/account-language';
import { useMe } from '@/features/accounts/api/get-me';
import { useT } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /dashboard/account — the couple's own data: take a copy of it, or delete the account. */
export function Component() {
  const navigate = useNavigate();
  const t = useT('dashboard');
  const me = useMe();
  useDocumentTitle(t('dashboard:nav.account'));
  return (
    <div className="stack">
      <header>
        <h1>{t('dashboard:nav.account')}</h1>
        <p>
          {t('dashboard:account.intro')} <Link to={paths.privacy()}>{t('dashboard:account.privacy-link')}</Link>
        </p>
      </header>
      {me.data && <AccountLanguage user={me.data} />}
      <div className="dashboard-columns">
        <DownloadMyData />
        <DeleteAccount onDeleted={() => navigate(paths.landing(), { replace: true })} />
      </div>
    </div>
  );
}
