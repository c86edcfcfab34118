#!/usr/bin/env node
// bundle-package.mjs — the bundled files of the npm package, after `tsc` has compiled web/lib
// into dist-lib/ (scripts/build.sh lib runs both):
//   dist-lib/worker.js    the engine worker as ONE self-contained module (handler, session,
//                         engine glue): a consumer (or a bundler that only copies assets:
//                         esbuild, Rollup) can put it next to stridelab_engine.wasm anywhere.
//                         It finds the wasm with new URL('./stridelab_engine.wasm', import.meta.url).
//   dist-lib/element.js   the <stride-lab> element (web/ui/element) and
//   dist-lib/ui.js        mount() and the views (web/ui), with their shared/lazy chunks
//                         dist-lib/ui-*.js. CodeMirror is bundled in (no bare imports, so a
//                         CDN <script type=module> works); the package's own modules stay
//                         separate (`stridelab/worker-client` -> ./worker-client.js).
//   dist-lib/element.d.ts, ui.d.ts + dist-lib/ui-types/   their declarations: tsc's output for
//                         web/ui (build/ui-types, from web/ui/tsconfig.types.json, run by
//                         build.sh first), only the files the two entries reach, with `.js`
//                         added to relative specifiers so that moduleResolution node16 finds them.
// Rolldown (Vite's bundler) is used directly so that the `new URL(..., import.meta.url)`
// patterns stay literal for the consumer's bundler to see.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const distLib = resolve(root, 'dist-lib');

/** `import css from './x.css?inline'` -> the file's text as a string (what Vite does). */
const inlineCss = {
  name: 'inline-css',
  resolveId(source, importer) {
    if (!source.endsWith('.css?inline') || !importer) return null;
    return resolve(dirname(importer), source.slice(0, -'?inline'.length)) + '?inline';
  },
  load(id) {
    if (!id.endsWith('.css?inline')) return null;
    const css = readFileSync(id.slice(0, -'?inline'.length), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*\n\s*/g, '\n');
    return `export default ${JSON.stringify(css)};`;
  },
};

async function bundleWorker() {
  const tmp = resolve(root, 'build/pkg-worker');
  rmSync(tmp, { recursive: true, force: true });
  const bundle = await rolldown({ input: resolve(distLib, 'worker.js'), platform: 'browser', logLevel: 'warn' });
  // not minified: the minifier would turn the new URL('./stridelab_engine.wasm', import.meta.url)
  // string into a template literal, which some bundlers do not recognise as an asset
  await bundle.write({ dir: tmp, format: 'esm', entryFileNames: 'worker.js', codeSplitting: false, minify: false });
  await bundle.close();
  renameSync(resolve(tmp, 'worker.js'), resolve(distLib, 'worker.js'));
  rmSync(tmp, { recursive: true, force: true });
}

async function bundleUi() {
  const bundle = await rolldown({
    input: { element: resolve(root, 'web/ui/element/element.ts'), ui: resolve(root, 'web/ui/index.ts') },
    platform: 'browser',
    external: [/^stridelab(\/.*)?$/],
    plugins: [inlineCss],
    tsconfig: resolve(root, 'web/ui/tsconfig.json'),
    logLevel: 'warn',
  });
  await bundle.write({
    dir: distLib,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: 'ui-[name].js',
    minify: true,
    paths: (id) => (id === 'stridelab' ? './index.js' : id.startsWith('stridelab/') ? `./${id.slice('stridelab/'.length)}.js` : id),
  });
  await bundle.close();
}

/** Copies the declarations reachable from the two entries, with explicit .js specifiers. */
function emitTypes() {
  const src = resolve(root, 'build/ui-types');
  const out = resolve(distLib, 'ui-types');
  rmSync(out, { recursive: true, force: true });
  const seen = new Set();
  const visit = (rel) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    let text = readFileSync(resolve(src, rel), 'utf8');
    text = text.replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]+)\2/g, (_, lead, q, spec) => {
      const target = resolve(dirname(resolve(src, rel)), spec);
      visit(target.slice(src.length + 1) + '.d.ts');
      return `${lead}${q}${spec}.js${q}`;
    });
    mkdirSync(dirname(resolve(out, rel)), { recursive: true });
    writeFileSync(resolve(out, rel), text);
  };
  visit('element/element.d.ts');
  visit('index.d.ts');
  writeFileSync(resolve(distLib, 'element.d.ts'), "export * from './ui-types/element/element.js';\n");
  writeFileSync(resolve(distLib, 'ui.d.ts'), "export * from './ui-types/index.js';\n");
}

await bundleWorker();
await bundleUi();
emitTypes();
