/* global self, caches, fetch, Request, Response, URL */
// WhisperGifts' service worker: the app shell only, so the installed app opens (and the share sheet can hand it a
// link) even on a flaky connection. It never caches API responses or uploaded media: /api/ and /media/ go straight
// to the network, untouched, so freshness stays the API's business (versions, ETags) and nothing private is kept.
const SHELL = 'wg-shell-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.add(new Request('/index.html', { cache: 'no-cache' })))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== SHELL).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/media/')) return;
  if (request.mode === 'navigate') {
    // The network first (pages may be rendered by the API for link previews); the shell only when offline.
    event.respondWith(fetch(request).catch(() => caches.match('/index.html').then((shell) => shell ?? Response.error())));
    return;
  }
  // Built files have content hashes in their names: a cached copy is always the right one.
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(
      caches.match(request).then(
        (cached) =>
          cached ??
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              void caches.open(SHELL).then((cache) => cache.put(request, copy));
            }
            return response;
          }),
      ),
    );
  }
});
