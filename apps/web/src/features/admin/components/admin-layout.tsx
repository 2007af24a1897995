import { NavLink, Outlet } from 'react-router';
import type { User } from '@whispergifts/api-client';
import { paths } from '@/config/paths';
import { useT } from '@/lib/i18n';
import './admin.css';

/**
 * The admin area's frame: its sections, the queue dashboard (the API's own page) and the signed-in administrator.
 * Exported for every admin page, the payments stream's orders page at /admin/orders included.
 */
export function AdminLayout({ user }: { user: User }) {
  const t = useT('admin');
  return (
    <div className="page admin">
      <header className="admin-header">
        <p className="admin-kicker">{t('admin:kicker')}</p>
        <nav className="admin-nav" aria-label={t('admin:nav.label')}>
          <NavLink to={paths.admin()} end>
            {t('admin:nav.overview')}
          </NavLink>
          <NavLink to={paths.adminUsers()}>{t('admin:nav.users')}</NavLink>
          <NavLink to={paths.adminRegistries()}>{t('admin:nav.registries')}</NavLink>
          <NavLink to={paths.adminOrders()}>{t('admin:nav.orders')}</NavLink>
          <NavLink to={paths.adminAudit()}>{t('admin:nav.audit')}</NavLink>
          {/* Bull Board is the API's page, not this app's: a full page load, in a new tab. */}
          <a href={paths.adminQueues()} target="_blank" rel="noreferrer">
            {t('admin:nav.queues')}
            <span className="visually-hidden"> {t('admin:new-tab')}</span>
          </a>
        </nav>
        <p className="admin-user">{t('admin:signed-in-as', { email: user.email })}</p>
      </header>
      <Outlet />
    </div>
  );
}
