import { Suspense } from 'react';
import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { SiteFrame } from '@/components/site-frame';
import { UnsavedChangesGuard } from '@/lib/use-unsaved-changes-warning';

export function RootLayout() {
  const navigation = useNavigation();
  return (
    <>
      <div className="route-progress" hidden={navigation.state === 'idle'} aria-hidden="true" />
      <SiteFrame>
        <Suspense>
          <Outlet />
        </Suspense>
      </SiteFrame>
      <UnsavedChangesGuard />
      <ScrollRestoration />
    </>
  );
}
