// static-server.mjs — a tiny static file server for the e2e tests: serves `root` under a
// URL prefix (e.g. /sub/path/) so the site is tested the way it is deployed, from a
// sub-path. GET/HEAD only; never serves files outside `root`. `compress: true` serves like a
// production static host: `<file>.br`/`<file>.gz` next to a file when the client accepts them
// (dist/*.wasm.{br,gz}), otherwise gzip on the fly for text types.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.npy': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.wasm', '.webmanifest']);
const gzipCache = new Map();
async function compressed(file, accept) {
  for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!accept.includes(encoding)) continue;
    try {
      return { encoding, body: await readFile(file + ext) };
    } catch {
      // no precompressed twin
    }
  }
  if (!accept.includes('gzip') || !COMPRESSIBLE.has(extname(file))) return null;
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(await readFile(file), { level: 6 }));
  return { encoding: 'gzip', body: gzipCache.get(file) };
}

/**
 * Starts serving; resolves to {url, close()} where url ends with the prefix. `cors: true`
 * adds `Access-Control-Allow-Origin: *` (a CDN: pages of other origins may load the files).
 */
export async function startStaticServer({ root, prefix = '/', port = 0, host = '127.0.0.1', log = false, cors = false, compress = false }) {
  const base = resolve(root);
  if (!prefix.endsWith('/')) prefix += '/';
  const server = createServer(async (req, res) => {
    const send = (status, text) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(text);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === prefix.slice(0, -1)) {
      res.writeHead(301, { location: prefix });
      return res.end();
    }
    if (!path.startsWith(prefix)) return send(404, 'not found');
    let file = normalize(join(base, path.slice(prefix.length)));
    if (file !== base && !file.startsWith(base + sep)) return send(403, 'forbidden');
    try {
      let st = await stat(file);
      if (st.isDirectory()) {
        file = join(file, 'index.html');
        st = await stat(file);
      }
      if (log) console.log(`${req.method} ${path} 200`);
      if (compress) {
        const encoded = await compressed(file, req.headers['accept-encoding'] ?? '');
        if (encoded) {
          res.writeHead(200, {
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
            'content-length': encoded.body.length,
            'content-encoding': encoded.encoding,
            'cache-control': 'no-store',
            ...(cors ? { 'access-control-allow-origin': '*' } : {}),
          });
          return res.end(req.method === 'HEAD' ? undefined : encoded.body);
        }
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': st.size,
        'cache-control': 'no-store',
        ...(cors ? { 'access-control-allow-origin': '*' } : {}),
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    } catch {
      if (log) console.log(`${req.method} ${path} 404`);
      send(404, 'not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const { port: actual } = server.address();
  return {
    url: `http://${host}:${actual}${prefix}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
