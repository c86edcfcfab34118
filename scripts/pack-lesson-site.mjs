#!/usr/bin/env node
// pack-lesson-site.mjs — puts the built lesson page into the npm package, so that
// `stridelab lesson build` works from an installed package, not only from a checkout:
// dist/lesson.html, dist/sw.js and dist/assets/* are copied to dist-lib/lesson-site/,
// except the engine's .wasm (already in the package as dist-lib/stridelab_engine.wasm):
// its hashed asset name goes into lesson-site/wasm.json and lesson-build.ts writes the
// package's copy under that name. Run by scripts/build.sh site, after the Vite build.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const out = join(root, 'dist-lib', 'lesson-site');
if (!existsSync(join(dist, 'lesson.html'))) throw new Error('dist/lesson.html is missing: run the site build first');
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'assets'), { recursive: true });
// the engine, and the second part of a split engine (CMake SL_WASM_SPLIT) when there is one
const engines = ['stridelab_engine.wasm', 'stridelab_engine.deferred.wasm']
  .filter((f) => existsSync(join(root, 'dist-lib', f)))
  .map((f) => [f, readFileSync(join(root, 'dist-lib', f))]);
const wasm = []; // [asset name, package file]
for (const name of readdirSync(join(dist, 'assets'))) {
  if (name.endsWith('.wasm')) {
    const bytes = readFileSync(join(dist, 'assets', name));
    const same = engines.find(([, b]) => b.equals(bytes));
    if (!same) throw new Error(`dist/assets/${name} is not one of dist-lib's engine files`);
    wasm.push([name, same[0]]);
    continue;
  }
  if (name.endsWith('.map') || /\.(br|gz)$/.test(name)) continue; // precompressed copies: a server's business
  cpSync(join(dist, 'assets', name), join(out, 'assets', name));
}
for (const f of ['lesson.html', 'sw.js']) cpSync(join(dist, f), join(out, f));
writeFileSync(join(out, 'wasm.json'), JSON.stringify(wasm) + '\n');
console.log(`pack-lesson-site: dist-lib/lesson-site (${wasm.length} engine asset${wasm.length === 1 ? '' : 's'} by reference)`);
