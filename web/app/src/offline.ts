// offline.ts — registers the built site's service worker (dist/sw.js, see sw.js and the
// `stridelab-sw` plugin in vite.config.ts) so every page works offline once loaded. Never in
// the Vite dev server or from file: URLs. Sets body[data-offline=ready] when it controls the
// page's cache (the e2e tests wait for it).
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
  navigator.serviceWorker.register('./sw.js').then(
    () =>
      navigator.serviceWorker.ready.then(() => {
        document.body.dataset.offline = 'ready';
      }),
    (e: Error) => console.warn(`stridelab: offline support unavailable: ${e.message}`),
  );
}
