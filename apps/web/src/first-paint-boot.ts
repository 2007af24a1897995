/**
 * A shared gift list's only script in its HTML (the API puts it in place of the app's entry:
 * apps/api/src/link-previews/first-paint.ts). The HTML already shows the couple's names, their photo and a skeleton of
 * the list, so the app is asked for once that is on screen: its entry, the guest route's modules and the list's
 * document. Asked for with the HTML, they shared a slow phone's connection with the stylesheet and the photo, and the
 * browser ran them before it painted anything. It imports nothing, so it is the few hundred bytes it looks.
 */
const boot = document.querySelector<HTMLScriptElement>('script[data-entry]');

/** Resolves after the frame that follows the next one: what was painted by now has reached the screen. */
const afterTwoFrames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))));

/** Resolves on the first contentful paint, as the browser reports it once shown (or at the next frames where it cannot). */
function firstContentfulPaint(): Promise<void> {
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return afterTwoFrames();
  return new Promise((resolve) => {
    new PerformanceObserver((entries, observer) => {
      if (!entries.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      resolve();
    }).observe({ type: 'paint', buffered: true });
  });
}

/** The header photo is the page's largest paint: it keeps the connection to itself until it has loaded. */
function photoLoaded(): Promise<void> {
  const photo = document.querySelector<HTMLImageElement>('#wg-first-paint img');
  if (!photo || photo.complete) return Promise.resolve();
  return new Promise((resolve) => {
    photo.addEventListener('load', () => resolve(), { once: true });
    photo.addEventListener('error', () => resolve(), { once: true });
  });
}

function link(attributes: Record<string, string>): HTMLLinkElement {
  const element = document.createElement('link');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

function startApp(): void {
  const { entry, modules = '', list } = boot!.dataset;
  // All at once rather than one import after another (the entry's imports would be found only as each arrives), and
  // in one insertion: thirty links added one by one cost a slow phone a long task.
  const links = document.createDocumentFragment();
  if (list) links.append(link({ rel: 'preload', href: list, as: 'fetch', crossorigin: 'anonymous' }));
  for (const href of modules.split(' ').filter(Boolean)) links.append(link({ rel: 'modulepreload', href, crossorigin: '' }));
  document.head.append(links);
  import(/* @vite-ignore */ entry!).catch((error: unknown) => console.error('WhisperGifts could not start', error));
}

let started = false;
const startOnce = () => {
  if (started) return;
  started = true;
  startApp();
};
if (boot?.dataset.entry) {
  void firstContentfulPaint().then(photoLoaded).then(afterTwoFrames).then(startOnce);
  // A tab opened in the background paints only once shown; a guest switching to it must not wait for the app then.
  setTimeout(startOnce, 3000);
}
