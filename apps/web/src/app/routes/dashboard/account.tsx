import { Link, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { DeleteAccount } from '@/features/accounts/components/delete-account';
import { DownloadMyData } from '@/features/accounts/components/download-my-data';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /dashboard/account — the couple's own data: take a copy of it, or delete the account. */
export function Component() {
  const navigate = useNavigate();
  useDocumentTitle('Your account');
  return (
    <div className="stack">
      <header>
        <h1>Your account</h1>
        <p>
          Your data is yours: take a copy whenever you like, or delete it all. <Link to={paths.privacy()}>What we keep, and for how long</Link>.
        </p>
      </header>
      <div className="dashboard-columns">
        <DownloadMyData />
        <DeleteAccount onDeleted={() => navigate(paths.landing(), { replace: true })} />
      </div>
    </div>
  );
}
