import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { paths } from '@/config/paths';
import { useLogout } from '@/features/accounts/api/logout';
import { useMe } from '@/features/accounts/api/get-me';
import { VerifyEmailBanner } from '@/features/accounts/components/verify-email-banner';
import { useAccountLanguage } from '@/features/accounts/hooks/use-account-language';
import { useT } from '@/lib/i18n';
import './dashboard.css';

/** /dashboard/* — only for a signed-in couple; everyone else is sent to log in and brought back afterwards. */
export function Component() {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout({ leave: () => navigate(paths.landing()) });
  const t = useT('dashboard');
  useAccountLanguage(me.data?.language);

  if (me.isPending) {
    return (
      <div className="page">
        <LoadingRegion label={t('dashboard:nav.loading-account')}>
          <Skeleton height="2rem" width="40%" />
        </LoadingRegion>
      </div>
    );
  }
  if (me.isError) {
    return (
      <div className="page">
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      </div>
    );
  }
  if (!me.data) return <Navigate to={paths.login(location.pathname + location.search)} replace />;

  return (
    <div className="page dashboard">
      <nav className="dashboard-nav" aria-label={t('dashboard:nav.label')}>
        <NavLink to={paths.dashboard()} end>
          {t('dashboard:nav.lists')}
        </NavLink>
        <NavLink to={paths.accessTokens()}>{t('dashboard:nav.tokens')}</NavLink>
        <NavLink to={paths.account()}>{t('dashboard:nav.account')}</NavLink>
        <span className="dashboard-user">{t('dashboard:nav.signed-in-as', { name: me.data.displayName })}</span>
        <button type="button" className="button button-small" disabled={logout.isPending} onClick={() => logout.mutate()}>
          {t('dashboard:nav.logout')}
        </button>
      </nav>
      <VerifyEmailBanner user={me.data} />
      <Outlet />
    </div>
  );
}
