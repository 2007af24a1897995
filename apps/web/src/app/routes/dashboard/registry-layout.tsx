import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation, useOutletContext, useParams } from 'react-router';
import type { Registry } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { ErrorState } from '@/components/error-state';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { paths } from '@/config/paths';
import { useRegistry } from '@/features/registries/api/get-registry';

/** The registry's pages read it from here rather than each loading it again. */
export const useCurrentRegistry = () => useOutletContext<Registry>();

/** /dashboard/registries/:registryId/* — one gift list, with tabs for its items, settings, reservations, tracker, pledges and sharing. */
export function Component() {
  const { registryId = '' } = useParams();
  const registry = useRegistry(registryId);
  const tabBar = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  // On a phone the tab bar scrolls sideways: keep the current tab in view.
  useEffect(() => {
    tabBar.current?.querySelector('[aria-current="page"]')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [pathname, registry.isSuccess]);

  if (registry.isPending) {
    return (
      <LoadingRegion label="Loading the gift list…">
        <Skeleton height="2.5rem" width="60%" />
      </LoadingRegion>
    );
  }
  if (registry.isError) return <ErrorState title="This gift list did not load" error={registry.error} onRetry={() => void registry.refetch()} />;

  const tabs = [
    { to: paths.registry(registryId), label: 'Gifts', end: true },
    { to: paths.registrySettings(registryId), label: 'Settings' },
    { to: paths.registryReservations(registryId), label: 'Reservations' },
    { to: paths.registryTracker(registryId), label: 'Tracker' },
    { to: paths.registryPledges(registryId), label: 'Pledges' },
    { to: paths.registryShare(registryId), label: 'Share' },
    { to: paths.registryPlan(registryId), label: 'Plan' },
  ];
  return (
    <>
      <header className="registry-header">
        <h1>{registry.data.title}</h1>
        <a href={paths.giftList(registry.data.slug)} target="_blank" rel="noopener noreferrer">
          See it as a guest (opens in a new tab)
        </a>
      </header>
      {registry.data.suspension && (
        <Alert tone="info">
          An administrator has suspended this list: guests see “{registry.data.suspension.reason}” instead of your gifts, and cannot reserve or pledge. Write to
          support if you think this is a mistake.
        </Alert>
      )}
      <nav className="tabs" aria-label="Gift list sections" ref={tabBar}>
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
