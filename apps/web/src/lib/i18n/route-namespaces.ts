import type { Namespace } from '@whispergifts/i18n';

/** A registry's dashboard page, and the namespace its screen reads besides `dashboard`. */
const REGISTRY_PAGES: [RegExp, Namespace][] = [
  [/^\/dashboard\/registries\/[^/]+\/?$/, 'gifts'],
  [/^\/dashboard\/registries\/[^/]+\/(pledges|reservations)\/?$/, 'pledges'],
  [/^\/dashboard\/registries\/[^/]+\/tracker\/?$/, 'tracker'],
];

/**
 * The catalogues a first load fetches together with the app, by address, so a page does not wait for its text
 * after its code. Anything else a page reads loads when it first renders (useT).
 */
export function namespacesForPath(pathname: string): Namespace[] {
  if (pathname === '/') return ['common', 'landing'];
  if (/^\/dashboard\/add\/?$/.test(pathname)) return ['common', 'dashboard', 'gifts'];
  const page = REGISTRY_PAGES.find(([path]) => path.test(pathname));
  if (page) return ['common', 'dashboard', page[1]];
  if (/^\/(dashboard|registries|account|login|signup|forgot-password|reset-password|verify-email|invitations)(\/|$)/.test(pathname))
    return ['common', 'dashboard'];
  if (/^\/admin(\/|$)/.test(pathname)) return ['common', 'admin'];
  if (/^\/(my-gifts|reservations|pledges|reminders|find)(\/|$)/.test(pathname)) return ['common', 'guest', 'guest-pages'];
  return ['common', 'guest'];
}
