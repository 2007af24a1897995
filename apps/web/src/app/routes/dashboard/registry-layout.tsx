import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation, useOutletContext, useParams } from 'react-router';
import type { Registry } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { paths } from '@/config/paths';
import { useRegistry } from '@/features/registries/api/get-registry';
import { useT } from '@/lib/i18n';

/** The registry's pages read it from here rather than each loading it again. */
export const useCurrentRegistry = () => useOutletContext<Registry>();

/** /dashboard/registries/:registryId/* — one gift list, with tabs for its items, settings, reservations, tracker, pledges and sharing. */
export function Component() {
  const { registryId = '' } = useParams();
  const registry = useRegistry(registryId);
  const tabBar = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const t = useT('dashboard');
  // On a phone the tab bar scrolls sideways: keep the current tab in view.
  useEffect(() => {
    tabBar.current?.querySelector('[aria-current="page"]')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [pathname, registry.isSuccess]);

  if (registry.isPending) {
    return (
      <LoadingRegion label={t('dashboard:registry.loading')}>
        <Skeleton height="2.5rem" width="60%" />
      </LoadingRegion>
    );
  }
  if (registry.isError) return <ErrorState title={t('dashboard:registry.load-failed')} error={registry.error} onRetry={() => void registry.refetch()} />;

  const tabs = [
    { to: paths.registry(registryId), label: t('dashboard:tabs.gifts'), end: true },
    { to: paths.registrySettings(registryId), label: t('dashboard:tabs.settings') },
    { to: paths.registryReservations(registryId), label: t('dashboard:tabs.reservations') },
    { to: paths.registryTracker(registryId), label: t('dashboard:tabs.tracker') },
    { to: paths.registryPledges(registryId), label: t('dashboard:tabs.pledges') },
    { to: paths.registryShare(registryId), label: t('dashboard:tabs.share') },
    { to: paths.registryPlan(registryId), label: t('dashboard:tabs.plan') },
  ];
  return (
    <>
      <header className="registry-header">
        <h1>{registry.data.title}</h1>
        <a href={paths.giftList(registry.data.slug)} target="_blank" rel="noopener noreferrer">
          {t('dashboard:registry.see-as-guest')}
        </a>
      </header>
      {registry.data.suspension && <Alert tone="info">{t('dashboard:registry.suspended', { reason: registry.data.suspension.reason })}</Alert>}
      <nav className="tabs" aria-label={t('dashboard:tabs.label')} ref={tabBar}>
        {tabs.map((tab) => (
          <NavLink key={tab.to} to={tab.to} end={tab.end} className="tab">
            {tab.label}
          </NavLink>
        ))}
      </nav>
      <Outlet context={registry.data} />
    </>
  );
}
