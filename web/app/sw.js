// sw.js — the playground's service worker: makes the built site work offline. The build
// (vite.config.ts, plugin `stridelab-sw`) fills in PRECACHE, the list of every emitted
// file (index.html, JS, CSS, the worker, the engine .wasm), and VERSION, a hash of that list, so each build gets its own cache and the old one is dropped.
//
// Strategy: precache everything at install; navigations are network-first (a new deploy
// shows at once) falling back to the cached page; other same-origin GETs are cache-first
// (the assets have content hashes in their names). URLs are relative to the worker's own
// location, so the site works from any sub-path. Never registered by the Vite dev server.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `stridelab-${VERSION}`;
const scopeUrl = new URL('./', self.location.href);
const pageUrl = new URL('./index.html', scopeUrl).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((p) => new URL(p, scopeUrl).href)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('stridelab-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(scopeUrl.href)) return;
  if (req.mode === 'navigate') {
    event.respondWith(
      fetch(req)
        .then((res) => {
          if (res.ok) {
            const copy = res.clone();
            caches.open(CACHE).then((c) => c.put(req, copy));
          }
          return res;
        })
        // the page itself (index.html, lesson.html), else the playground
        .catch(() =>
          caches
            .match(req, { ignoreSearch: true })
            .then((hit) => hit || caches.match(pageUrl))
            .then((hit) => hit || Response.error()),
        ),
    );
    return;
  }
  event.respondWith(
    caches.match(req, { ignoreSearch: true }).then(
      (hit) =>
        hit ||
        fetch(req).then((res) => {
          if (res.ok && res.type === 'basic') {
            const copy = res.clone();
            caches.open(CACHE).then((c) => c.put(req, copy));
          }
          return res;
        }),
    ),
  );
});
