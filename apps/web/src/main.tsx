import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { customDomainPath } from './app/custom-domain';
import { startErrorReporting } from './lib/error-reporting';
import './styles.css';
import './styles/themes.css';

const root = createRoot(document.getElementById('root')!);
const render = (app: ReactNode) => root.render(<StrictMode>{app}</StrictMode>);

const loadApp = () => import('./app/app').then(({ App }) => render(<App />));

// The landing page is where most first visits start and the one page that needs neither the router nor data, so it
// does not download them (its budget is 100 KB of JS). Every other address loads the whole app. On a couple's own
// domain, `/` is their gift list instead.
async function boot() {
  if (window.location.pathname !== '/') return loadApp();
  const giftList = await customDomainPath(window.location.hostname);
  if (giftList) {
    window.history.replaceState(null, '', giftList);
    return loadApp();
  }
  const { LandingApp } = await import('./app/landing-app');
  render(<LandingApp />);
}

void boot().then(() => startErrorReporting());

// Installable, with a service worker for the app shell only (public/sw.js never caches API responses).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined));
}
