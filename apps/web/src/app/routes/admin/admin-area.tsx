import { Link, Route, Routes } from 'react-router';
import type { User } from '@whispergifts/api-client';
import { paths } from '@/config/paths';
import { AdminLayout } from '@/features/admin/components/admin-layout';
import { useT } from '@/lib/i18n';
import { AdminAuditPage } from './admin-audit';
import { AdminOverviewPage } from './admin-overview';
import { AdminRegistriesPage } from './admin-registries';
import { AdminUsersPage } from './admin-users';
import { AdminOrdersPage } from './orders';

function AdminNotFound() {
  const t = useT('admin');
  return (
    <section className="state-panel">
      <h1>{t('admin:not-found.title')}</h1>
      <Link to={paths.admin()}>{t('admin:not-found.back')}</Link>
    </section>
  );
}

/**
 * The admin area's pages inside its layout (descendant routes of /admin/*, so the whole area loads only for an
 * administrator: see admin-gate.tsx).
 */
export default function AdminArea({ user }: { user: User }) {
  return (
    <Routes>
      <Route element={<AdminLayout user={user} />}>
        <Route index element={<AdminOverviewPage />} />
        <Route path="users" element={<AdminUsersPage self={user} />} />
        <Route path="registries" element={<AdminRegistriesPage />} />
        <Route path="orders" element={<AdminOrdersPage />} />
        <Route path="audit" element={<AdminAuditPage />} />
        <Route path="*" element={<AdminNotFound />} />
      </Route>
    </Routes>
  );
}
