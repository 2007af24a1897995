import { StrictMode, startTransition, type ReactNode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { customDomainPath } from './app/custom-domain';
import { startErrorReporting } from './lib/error-reporting';
import { initialLanguage, namespacesForPath, startLanguage } from './lib/i18n';
import './styles.css';
import './styles/themes.css';

const rootElement = document.getElementById('root')!;
let root: Root | undefined;
// A transition: React renders the app in slices of a few milliseconds and lets the browser paint and answer taps in
// between, instead of one long task on a slow phone. Nothing is lost: the HTML's first paint shows until it is done.
const render = (app: ReactNode) => startTransition(() => (root ??= createRoot(rootElement)).render(<StrictMode>{app}</StrictMode>));

// The page's text in the visitor's language is fetched alongside the code (one small chunk per catalogue).
const language = initialLanguage();
const languageReady = startLanguage(language, namespacesForPath(window.location.pathname));

/** Resolves in a task of its own, so a slow phone can paint and answer a tap between the app's first steps. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

// The app's code is evaluated, its router made (it ranks every route) and its first render started, each in a task of
// its own: together they were one long task on a slow phone.
const loadApp = () =>
  Promise.all([import('./app/app'), languageReady]).then(async ([{ App, createRouter }]) => {
    await nextTask();
    const router = createRouter();
    await nextTask();
    render(<App router={router} />);
  });

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
  const [{ LandingApp }] = await Promise.all([import('./app/landing-app'), languageReady]);
  // nginx serves `/` as dist/landing.html, the page prerendered at build time (in English): hydrated in English, so
  // what is painted stays and matches; in another language (its catalogues are loaded by now) the page then switches
  // in place, the same elements taking their words, rather than being rendered afresh over the English.
  if (rootElement.firstElementChild) {
    if (language !== 'en') await startLanguage('en', ['common', 'landing']);
    hydrateRoot(
      rootElement,
      <StrictMode>
        <LandingApp thenLanguage={language === 'en' ? undefined : language} />
      </StrictMode>,
    );
  } else render(<LandingApp />);
}

/**
 * A shared list's HTML paints the couple's names and a skeleton before any script (#wg-first-paint, from
 * apps/api/src/link-previews/first-paint.ts), while the app renders into the hidden #root. The first paint stays
 * until the app's page has content of its own (no longer loading), then the two swap in one frame: no blank
 * flash, no jump. Never longer than 10 s, whatever the app shows.
 */
function swapFirstPaintWhenReady() {
  const firstPaint = document.getElementById('wg-first-paint');
  if (!firstPaint) return;
  const ready = () => {
    const main = rootElement.querySelector('main');
    return !!main?.firstElementChild && !main.querySelector('[aria-busy="true"]');
  };
  const swap = () => {
    observer.disconnect();
    clearTimeout(timeout);
    firstPaint.remove();
  };
  const observer = new MutationObserver(() => ready() && swap());
  observer.observe(rootElement, { childList: true, subtree: true });
  const timeout = setTimeout(swap, 10_000);
}

swapFirstPaintWhenReady();
void boot().then(() => startErrorReporting());

// Installable, with a service worker for the app shell only (public/sw.js never caches API responses).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined));
}
