import { createBrowserRouter, type RouteObject } from 'react-router';
import { RootLayout } from './routes/root-layout';
import { RouteError } from './routes/route-error';

/**
 * What shows while the first page's code loads (every page is lazy, so the router has nothing to render yet). Without it
 * React Router warns "No `HydrateFallback` element provided" on every first load.
 */
function FirstLoad() {
  return <div className="page" aria-busy="true" />;
}

/**
 * Every page is its own chunk (`lazy`), so a guest opening a gift list downloads the list and the reserve dialog,
 * never the dashboard, and the landing page stays light.
 */
export const routes: RouteObject[] = [
  {
    Component: RootLayout,
    ErrorBoundary: RouteError,
    HydrateFallback: FirstLoad,
    children: [
      { index: true, lazy: () => import('./routes/landing') },
      { path: 'r/:slug', lazy: () => import('./routes/gift-list') },
      { path: 'find', lazy: () => import('./routes/find') },
      { path: 'reservations/undo/:token', lazy: () => import('./routes/undo-reservation') },
      { path: 'reservations/confirm/:token', lazy: () => import('./routes/confirm-reservation') },
      { path: 'pledges/undo/:token', lazy: () => import('./routes/undo-pledge') },
      { path: 'my-gifts/:token', lazy: () => import('./routes/my-gifts') },
      { path: 'reminders/:action/:token', lazy: () => import('./routes/reminder-action') },
      { path: 'login', lazy: () => import('./routes/auth/login') },
      { path: 'signup', lazy: () => import('./routes/auth/signup') },
      { path: 'forgot-password', lazy: () => import('./routes/auth/forgot-password') },
      { path: 'reset-password/:token', lazy: () => import('./routes/auth/reset-password') },
      { path: 'verify-email/:token', lazy: () => import('./routes/auth/verify-email') },
      { path: 'invitations/:token', lazy: () => import('./routes/accept-invitation') },
      { path: 'privacy', lazy: () => import('./routes/privacy') },
      { path: 'terms', lazy: () => import('./routes/terms') },
      { path: 'contact', lazy: () => import('./routes/contact') },
      {
        path: 'dashboard',
        lazy: () => import('./routes/dashboard/layout'),
        children: [
          { index: true, lazy: () => import('./routes/dashboard/registries') },
          { path: 'access-tokens', lazy: () => import('./routes/dashboard/access-tokens') },
          { path: 'account', lazy: () => import('./routes/dashboard/account') },
          { path: 'add', lazy: () => import('./routes/dashboard/add-from-link') },
          {
            path: 'registries/:registryId',
            lazy: () => import('./routes/dashboard/registry-layout'),
            children: [
              { index: true, lazy: () => import('./routes/dashboard/registry-items') },
              { path: 'settings', lazy: () => import('./routes/dashboard/registry-settings') },
              { path: 'reservations', lazy: () => import('./routes/dashboard/registry-reservations') },
              { path: 'pledges', lazy: () => import('./routes/dashboard/registry-pledges') },
              { path: 'tracker', lazy: () => import('./routes/dashboard/registry-tracker') },
              { path: 'share', lazy: () => import('./routes/dashboard/registry-share') },
              { path: 'plan', lazy: () => import('./routes/dashboard/registry-plan') },
            ],
          },
        ],
      },
      // Administrators only: the gate loads the admin area's own chunk once the account is known to be an admin's.
      { path: 'admin/*', lazy: () => import('./routes/admin/admin-gate') },
      { path: '*', lazy: () => import('./routes/not-found') },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
