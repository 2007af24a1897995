import { NavLink, Outlet } from 'react-router';
import type { User } from '@whispergifts/api-client';
import { paths } from '@/config/paths';
import './admin.css';

/**
 * The admin area's frame: its sections, the queue dashboard (the API's own page) and the signed-in administrator.
 * Exported for every admin page, the payments stream's orders page at /admin/orders included.
 */
export function AdminLayout({ user }: { user: User }) {
  return (
    <div className="page admin">
      <header className="admin-header">
        <p className="admin-kicker">WhisperGifts admin</p>
        <nav className="admin-nav" aria-label="Admin">
          <NavLink to={paths.admin()} end>
            Overview
          </NavLink>
          <NavLink to={paths.adminUsers()}>Users</NavLink>
          <NavLink to={paths.adminRegistries()}>Registries</NavLink>
          <NavLink to={paths.adminOrders()}>Orders</NavLink>
          <NavLink to={paths.adminAudit()}>Audit log</NavLink>
          {/* Bull Board is the API's page, not this app's: a full page load, in a new tab. */}
          <a href={paths.adminQueues()} target="_blank" rel="noreferrer">
            Queues<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </nav>
        <p className="admin-user">Signed in as {user.email}</p>
      </header>
      <Outlet />
    </div>
  );
}
