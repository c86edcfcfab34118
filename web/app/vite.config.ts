// Vite config of the playground. Builds the static site into dist/ at the repo root with
// relative asset paths (base './'), so the site works from any sub-path and from file
// hosts that know nothing about it.
//
// The page uses the BUILT package (dist-lib/, made by `scripts/build.sh lib`) through the
// alias `stridelab/...`, exactly as an npm consumer would; its worker (dist-lib/worker.js)
// and the engine .mjs/.wasm are bundled/emitted by Vite from `new URL(..., import.meta.url)`.
//
// The `stridelab-sw` plugin writes dist/sw.js (the offline service worker, from sw.js) after
// the bundle is on disk, with the list of every emitted file to precache.
// The `stridelab-precompress` plugin writes `<file>.wasm.gz` and `<file>.wasm.br` next to each
// emitted .wasm (gzip -9, brotli -11) for static hosts that serve precompressed files
// (nginx gzip_static/brotli_static, Netlify, ...); the service worker does not precache them.
// The `stridelab-early-worker` plugin puts a classic script into the pages' <head> that
// starts compiling the engine and starts its worker while the HTML is parsed (boot.ts hands
// the module to the worker): neither waits for the page's JS modules (issue 16, TTI).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { OWN_WASM_WORKER } from '../../dist-lib/worker-name.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const distLib = here('../../dist-lib');
const outDir = here('../../dist');

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

function precompress(): Plugin {
  return {
    name: 'stridelab-precompress',
    apply: 'build',
    writeBundle() {
      for (const p of listFiles(outDir).filter((f) => f.endsWith('.wasm'))) {
        const raw = readFileSync(p);
        writeFileSync(`${p}.gz`, gzipSync(raw, { level: 9 }));
        writeFileSync(`${p}.br`, brotliCompressSync(raw, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}

// The worker chunk that the package's worker client starts (`new URL('worker-<hash>.js',
// import.meta.url)` in the built chunk): exactly one, or the build fails (a head script
// starting the wrong file would load an engine nobody uses).
function workerChunk(code: string[]): string {
  const names = new Set<string>();
  for (const c of code) for (const m of c.matchAll(/new URL\(\s*[`'"](worker-[\w-]+\.js)[`'"]\s*,\s*import\.meta\.url/g)) names.add(m[1]);
  if (names.size !== 1) throw new Error(`stridelab-early-worker: expected one engine worker chunk, found ${[...names].join(', ') || 'none'}`);
  return [...names][0];
}

// The start-up engine that worker loads by default (not the deferred part): exactly one.
function engineAsset(workerCode: string): string {
  const names = new Set([...workerCode.matchAll(/stridelab_engine-[\w-]+\.wasm/g)].map((m) => m[0]));
  if (names.size !== 1) throw new Error(`stridelab-early-worker: expected one engine .wasm in the worker, found ${[...names].join(', ') || 'none'}`);
  return [...names][0];
}

function earlyWorker(): Plugin {
  return {
    name: 'stridelab-early-worker',
    apply: 'build',
    writeBundle(_options, bundle) {
      const code = Object.values(bundle).flatMap((f) => (f.type === 'chunk' ? [f.code] : []));
      const worker = workerChunk(code);
      const wasm = engineAsset(readFileSync(join(outDir, 'assets', worker), 'utf8'));
      // The playground and the lesson page (src/early-start.ts adopts what this starts).
      // Classic and inline: runs as soon as the parser reaches it, before any module is
      // fetched. The engine compiles on the page (compileStreaming; bytes when the host
      // sends the wrong MIME type) while the worker starts; the worker's name tells it not
      // to load the engine itself (early-start.ts hands it this module). A failure (no
      // module workers, a CSP) leaves early-start.ts to start everything as usual.
      const script =
        `<script>try{self.__stridelabEngine=fetch('./assets/${wasm}').then(function(r){if(!r.ok)throw Error('HTTP '+r.status);` +
        `return (WebAssembly.compileStreaming?WebAssembly.compileStreaming(r.clone()):Promise.reject()).catch(function(){` +
        `return r.arrayBuffer().then(function(b){return WebAssembly.compile(b)})})});` +
        `self.__stridelabEngine.then(function(){performance.mark('stridelab:page-wasm-compiled')},function(){});` +
        `var w=new Worker('./assets/${worker}',{type:'module',name:${JSON.stringify(OWN_WASM_WORKER)}});` +
        `w.onerror=function(){self.__stridelabWorkerFailed=true};self.__stridelabWorker=w;` +
        `performance.mark('stridelab:worker-created')}catch(e){}</script>`;
      for (const name of ['index.html', 'lesson.html']) {
        const page = join(outDir, name);
        const html = readFileSync(page, 'utf8');
        if (!html.includes('<head>')) throw new Error(`stridelab-early-worker: ${name} has no <head>`);
        writeFileSync(page, html.replace('<head>', `<head>\n    ${script}`));
      }
    },
  };
}

function serviceWorker(): Plugin {
  return {
    name: 'stridelab-sw',
    apply: 'build',
    writeBundle() {
      const files = listFiles(outDir)
        .map((p) => relative(outDir, p).split(sep).join('/'))
        .filter((f) => f !== 'sw.js' && !f.endsWith('.map') && !/\.wasm\.(gz|br)$/.test(f))
        .sort();
      const hash = createHash('sha256');
      for (const f of files) hash.update(`${f}:${statSync(join(outDir, f)).size}\n`);
      const precache = ['./', ...files.map((f) => `./${f}`)];
      const source = readFileSync(here('./sw.js'), 'utf8')
        .replace('__VERSION__', hash.digest('hex').slice(0, 16))
        .replace('__PRECACHE__', JSON.stringify(precache));
      writeFileSync(join(outDir, 'sw.js'), source);
    },
  };
}

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
  plugins: [precompress(), earlyWorker(), serviceWorker()],
  worker: { format: 'es' },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0, // never inline the .wasm as a data: URI
    chunkSizeWarningLimit: 2048,
    // the playground, the lesson (lesson.html, web/app/src/lesson/) and the embedding
    // tutorial built from <stride-lab> elements (docs/embed.html)
    rollupOptions: { input: { main: here('./index.html'), lesson: here('./lesson.html'), embed: here('./docs/embed.html') } },
  },
  server: { host: '127.0.0.1', port: 5173, fs: { allow: [here('../..')] } },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
});
