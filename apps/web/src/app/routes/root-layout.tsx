import { useLingui } from '@lingui/react';
import { Suspense } from 'react';
import { Outlet, ScrollRestoration, useMatch, useNavigation } from 'react-router';
import { paths } from '@/config/paths';
import { SiteFrame } from '@/components/site-frame';
import { UnsavedChangesGuard } from '@/lib/use-unsaved-changes-warning';

export function RootLayout() {
  // Re-rendered on a language switch; on a gift list the guest catalogue is loaded with the page (route-namespaces.ts).
  const { i18n } = useLingui();
  const navigation = useNavigation();
  const guestList = useMatch('/r/:slug');
  const home = guestList?.params.slug ? { href: paths.giftList(guestList.params.slug), label: i18n._('guest:frame.home') } : undefined;
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
