import { Suspense } from 'react';
import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { SiteFrame } from '@/components/site-frame';

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
      <ScrollRestoration />
    </>
  );
}
