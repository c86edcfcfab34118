// offline.ts — registers the built site's service worker (dist/sw.js, see sw.js and the
// `stridelab-sw` plugin in vite.config.ts) so every page works offline once loaded. Never in
// the Vite dev server or from file: URLs. Sets body[data-offline=ready] when it controls the
// page's cache (the e2e tests wait for it). Never inside a frame either (the playground as an
// embed, `?embed=1`): a frame of another site gets partitioned or no storage, and registering
// there fails with an error in the console; the embedding page's own visit is what counts.
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
  if (inFrame()) return;
  navigator.serviceWorker.register('./sw.js').then(
    () =>
      navigator.serviceWorker.ready.then(() => {
        document.body.dataset.offline = 'ready';
      }),
    (e: Error) => console.warn(`stridelab: offline support unavailable: ${e.message}`),
  );
}

function inFrame(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true; // a cross-origin parent cannot even be compared
  }
}
