// asset-url.ts — where the options `wasmUrl` / `workerUrl` point: a relative URL resolves
// against the page (document.baseURI) in a browser, against the current directory in Node,
// and against this module elsewhere (inside a worker the client has already made it
// absolute). Accepts strings and URL objects (anything with `href`, so the public types
// need neither the DOM lib nor @types/node).

import type { UrlLike } from './types.js';

export function urlText(u: UrlLike): string {
  return typeof u === 'string' ? u : u.href;
}

/** The base relative asset URLs resolve against. */
export function assetBase(): string {
  const g = globalThis as { document?: { baseURI?: string }; process?: { versions?: { node?: string }; cwd?: () => string } };
  if (typeof g.document?.baseURI === 'string') return g.document.baseURI;
  if (typeof g.process?.versions?.node === 'string' && typeof g.process.cwd === 'function') {
    const cwd = g.process.cwd().replace(/\\/g, '/');
    return `file://${cwd.startsWith('/') ? '' : '/'}${encodeURI(cwd)}/`;
  }
  return import.meta.url;
}

export function resolveAssetUrl(u: UrlLike): URL {
  return new URL(urlText(u), assetBase());
}
