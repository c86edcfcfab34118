// Vite config of the playground. Builds the static site into dist/ at the repo root with
// relative asset paths (base './'), so the site works from any sub-path and from file
// hosts that know nothing about it.
//
// The page uses the BUILT package (dist-lib/, made by `scripts/build.sh lib`) through the
// alias `stridelab/...`, exactly as an npm consumer would; its worker (dist-lib/worker.js)
// and the engine .mjs/.wasm are bundled/emitted by Vite from `new URL(..., import.meta.url)`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const distLib = here('../../dist-lib');

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: false,
  resolve: {
    alias: [
      { find: /^stridelab$/, replacement: `${distLib}/index.js` },
      { find: /^stridelab\/(.+)$/, replacement: `${distLib}/$1.js` },
    ],
  },
  worker: { format: 'es' },
  build: {
    outDir: here('../../dist'),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0, // never inline the .wasm as a data: URI
    chunkSizeWarningLimit: 2048,
  },
  server: { host: '127.0.0.1', port: 5173, fs: { allow: [here('../..')] } },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
});
