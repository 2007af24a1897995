import { Suspense } from 'react';
import { Outlet, ScrollRestoration, useMatch, useNavigation } from 'react-router';
import { paths } from '@/config/paths';
import { SiteFrame } from '@/components/site-frame';
import { UnsavedChangesGuard } from '@/lib/use-unsaved-changes-warning';

export function RootLayout() {
  const navigation = useNavigation();
  const guestList = useMatch('/r/:slug');
  const home = guestList?.params.slug ? { href: paths.giftList(guestList.params.slug), label: 'WhisperGifts: back to the top of this gift list' } : undefined;
  return (
    <>
      <div className="route-progress" hidden={navigation.state === 'idle'} aria-hidden="true" />
      <SiteFrame home={home}>
        <Suspense>
          <Outlet />
        </Suspense>
      </SiteFrame>
      <UnsavedChangesGuard />
      <ScrollRestoration />
    </>
  );
}
