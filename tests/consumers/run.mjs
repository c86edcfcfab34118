#!/usr/bin/env node
// run.mjs — consumer tests of the npm package, as its users get it: `npm pack`, then the
// tarball is installed into a consumer project (tests/consumers/fixture, copied to
// node_modules/.cache/stridelab-consumers/project; its bundlers are installed from the
// registry once and cached there) and checked:
//   tarball   the files (dist-lib incl. the lesson page for `stridelab lesson build`,
//             docs/*.png, LICENSE, README, package.json; nothing else),
//             modes (the wasm is not executable), metadata, exports, sideEffects
//   node      ESM import on the main thread, createWorkerSession() on worker_threads, require()
//   types     tsc strict, skipLibCheck off, no DOM lib: moduleResolution node16 and bundler;
//             the element's and ui's types with the DOM lib
//   bundlers  Vite, webpack, esbuild and Rollup build one app (main-thread session, worker
//             session, <stride-lab> element), each loaded in headless Chromium
//   cdn       a static page on one port loads the package from another port (a CDN with
//             CORS): the element runs with its memory view, the API's worker starts, a far
//             session starts only when scrolled to
// Prints the element's added size (raw/gzip). Ends with 'N passed, M failed'.
//
//   node tests/consumers/run.mjs     (after `bash scripts/build.sh lib`)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ARGS, CHROMIUM, root } from '../e2e/browser.mjs';
import { startStaticServer } from '../e2e/static-server.mjs';

const cache = join(root, 'node_modules/.cache/stridelab-consumers');
const project = join(cache, 'project');
const fixture = join(root, 'tests/consumers/fixture');
const shots = join(root, 'test-results/consumers');
mkdirSync(shots, { recursive: true });

const tests = [];
const test = (name, fn) => tests.push({ name, fn });
function assert(cond, message) {
  if (!cond) throw new Error(message);
}
const sh = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};

let tarball;
let browser;

test('npm pack: the tarball holds the package and nothing else', () => {
  mkdirSync(cache, { recursive: true });
  for (const f of readdirSync(cache)) if (f.endsWith('.tgz')) rmSync(join(cache, f));
  const name = sh('npm', ['pack', '--silent', '--pack-destination', cache], { cwd: root }).trim().split('\n').pop();
  tarball = join(cache, name);
  const listing = sh('tar', ['-tvzf', tarball]).trim().split('\n');
  const files = listing.map((l) => l.split(/\s+/).pop().replace(/^package\//, ''));
  const allowed = (f) => /^dist-lib\/[\w.-]+\.(js|d\.ts|mjs|wasm|cjs)$/.test(f) || /^dist-lib\/ui-types\/[\w/.-]+\.d\.ts$/.test(f) || /^dist-lib\/lesson-site\/(assets\/)?[\w.-]+\.(html|js|css|json)$/.test(f) || /^docs\/[\w-]+\.png$/.test(f) || ['LICENSE', 'README.md', 'package.json'].includes(f);
  const junk = files.filter((f) => !allowed(f));
  assert(junk.length === 0, `unexpected files in the tarball: ${junk.join(', ')}`);
  for (const need of ['LICENSE', 'README.md', 'dist-lib/index.js', 'dist-lib/index.d.ts', 'dist-lib/element.js', 'dist-lib/element.d.ts', 'dist-lib/ui.js', 'dist-lib/worker.js', 'dist-lib/node-worker.js', 'dist-lib/require.cjs', 'dist-lib/stridelab_engine.wasm', 'dist-lib/cli.js', 'docs/playground.png']) {
    assert(files.includes(need), `missing from the tarball: ${need}`);
  }
  const mode = (f) => listing.find((l) => l.endsWith(`package/${f}`)).split(/\s+/)[0];
  assert(!mode('dist-lib/stridelab_engine.wasm').includes('x'), `wasm mode ${mode('dist-lib/stridelab_engine.wasm')}`);
  assert(mode('dist-lib/cli.js').includes('x'), `cli.js mode ${mode('dist-lib/cli.js')}`);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert(pkg.license === 'MIT' && /MIT License/.test(readFileSync(join(root, 'LICENSE'), 'utf8')), 'MIT license');
  for (const k of ['repository', 'homepage', 'bugs', 'keywords', 'engines', 'sideEffects']) assert(pkg[k], `package.json ${k}`);
  for (const k of ['.', './element', './worker', './engine.wasm', './package.json']) assert(pkg.exports[k], `exports ${k}`);
  assert(pkg.exports['.'].types && pkg.exports['./element'].types, 'types conditions');
  assert(pkg.sideEffects.includes('./dist-lib/element.js'), 'element.js has side effects (it registers <stride-lab>)');
  // README images resolve outside the repository (npm, unpkg)
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
  assert(images.length > 0 && images.every((u) => /^https:\/\//.test(u)), `README images: ${images.join(', ')}`);
  // the element's added size: element.js and its static imports (the script tag), then what
  // it loads near the viewport (dynamic imports and theirs), then the engine
  const lib = (f) => readFileSync(join(root, 'dist-lib', f));
  const imports = (f, dynamic) => [...lib(f).toString().matchAll(dynamic ? /import\(\s*[`'"]\.\/([\w.-]+)[`'"]\s*\)/g : /from\s*[`'"]\.\/([\w.-]+)[`'"]/g)].map((m) => m[1]);
  const closure = (roots) => {
    const seen = new Set();
    const walk = (f) => {
      if (seen.has(f)) return;
      seen.add(f);
      for (const g of imports(f, false)) walk(g);
    };
    roots.forEach(walk);
    return seen;
  };
  const entry = closure(['element.js']);
  const lazy = [...closure(imports('element.js', true).concat(...[...entry].map((f) => imports(f, true))))].filter((f) => !entry.has(f));
  const kb = (files) => {
    const bufs = [...files].map(lib);
    return `${(bufs.reduce((n, b) => n + b.length, 0) / 1024).toFixed(1)} kB raw / ${(bufs.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) / 1024).toFixed(1)} kB gzip`;
  };
  console.log(`      (element: script tag ${kb(entry)} [${[...entry].join(', ')}]; near the viewport ${kb(lazy)} [${lazy.join(', ')}]; worker ${kb(['worker.js'])}; engine ${kb(['stridelab_engine.wasm'])})`);
});

test('install the tarball into the consumer project', () => {
  mkdirSync(project, { recursive: true });
  cpSync(fixture, project, { recursive: true });
  // the bundlers, from the fixture's lockfile: installed once, again when the lockfile changes
  const stamp = join(project, 'node_modules/.fixture-lock.json');
  const want = readFileSync(join(fixture, 'package-lock.json'), 'utf8');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== want) {
    sh('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project });
    writeFileSync(stamp, want);
  }
  sh('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: project });
  const installed = JSON.parse(readFileSync(join(project, 'node_modules/stridelab/package.json'), 'utf8'));
  assert(installed.version, 'stridelab installed');
});

test('Node: ESM import, a worker_threads session, require(), the element without a DOM', () => {
  const out = JSON.parse(sh(process.execPath, ['node-check.mjs'], { cwd: project, timeout: 60_000 }).trim().split('\n').pop());
  assert(out.main === '(24, 16)', `main thread: ${out.main}`);
  assert(out.worker === 'np.float64(2.5)', `worker thread: ${out.worker}`);
  const [major, minor] = process.versions.node.split('.').map(Number);
  const requireEsm = major > 22 || (major === 22 && minor >= 12) || (major === 20 && minor >= 19);
  if (requireEsm) assert(out.require === 'function', `require() on Node ${process.versions.node}: ${out.require}`);
  else assert(/ES module package/.test(out.require), `require() on Node ${process.versions.node}: ${out.require}`);
  assert(out.wasm === true, 'stridelab/engine.wasm resolves');
  assert(out.element === 'function', `import 'stridelab/element' without a DOM: ${out.element}`);
});

test('TypeScript strict, no DOM lib: moduleResolution node16 and bundler; element types with DOM', () => {
  const tsc = join(project, 'node_modules/typescript/bin/tsc');
  for (const cfg of ['node16', 'bundler', 'element']) {
    const r = spawnSync(process.execPath, [tsc, '-p', `ts/tsconfig.${cfg}.json`], { cwd: project, encoding: 'utf8' });
    assert(r.status === 0, `tsc (${cfg}):\n${r.stdout}${r.stderr}`);
  }
});

test('Vite, webpack, esbuild and Rollup build the consumer app', () => {
  const times = JSON.parse(sh(process.execPath, ['build.mjs'], { cwd: project, timeout: 300_000 }).trim().split('\n').pop());
  console.log(`      (build ms: ${Object.entries(times).map(([k, v]) => `${k} ${v}`).join(', ')})`);
});

for (const bundler of ['vite', 'webpack', 'esbuild', 'rollup']) {
  test(`${bundler} build runs in Chromium: main thread, worker, element`, async () => {
    const server = await startStaticServer({ root: join(project, `dist-${bundler}`), prefix: `/${bundler}/` });
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
    try {
      await page.goto(server.url);
      await page.waitForFunction(() => window.__result || window.__error, null, { timeout: 60_000 });
      const { result, error } = await page.evaluate(() => ({ result: window.__result, error: window.__error }));
      assert(!error, `${bundler}: ${error}`);
      assert(result.main === '(4, 12)', `${bundler} main thread: ${result.main}`);
      assert(result.worker === 'np.int64(14)', `${bundler} worker: ${result.worker}`);
      assert(result.element === 'array([0, 2, 4], dtype=uint8)', `${bundler} element: ${result.element}`);
      assert(result.view === 3, `${bundler} element memory view outlines: ${result.view}`);
      assert(problems.length === 0, problems.join('\n'));
      await page.screenshot({ path: join(shots, `${bundler}.png`) });
    } finally {
      await page.close();
      await server.close();
    }
  });
}

test('CDN: a page on another origin with one script tag and the element', async () => {
  const cdn = await startStaticServer({ root: join(project, 'node_modules/stridelab'), prefix: '/npm/stridelab@0.1.0/', cors: true });
  const pageDir = join(cache, 'cdn-page');
  mkdirSync(pageDir, { recursive: true });
  writeFileSync(join(pageDir, 'index.html'), readFileSync(join(root, 'tests/consumers/cdn-page.html'), 'utf8').replaceAll('__CDN__', cdn.url.replace(/\/$/, '')));
  const site = await startStaticServer({ root: pageDir, prefix: '/blog/' });
  const page = await browser.newPage();
  const problems = [];
  const workers = [];
  const wasm = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  page.on('worker', (w) => workers.push(w.url()));
  page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url()));
  try {
    assert(new URL(cdn.url).port !== new URL(site.url).port, 'two origins');
    const t0 = Date.now();
    await page.goto(site.url);
    await page.waitForFunction(() => document.getElementById('top')?.result, null, { timeout: 60_000 });
    const ms = Date.now() - t0;
    const top = await page.evaluate(() => document.getElementById('top').result.value);
    assert(top === 'array([[0, 2],\n       [4, 6]], dtype=int16)', `element result: ${top}`);
    await page.waitForFunction(() => document.getElementById('top').shadowRoot.querySelectorAll('[part~=view] .mv-el').length === 8);
    await page.waitForFunction(() => window.__api !== undefined, null, { timeout: 30_000 });
    assert((await page.evaluate(() => window.__api)) === 'np.float64(2.0)', 'API worker from the CDN');
    assert(workers.length === 2 && workers.every((u) => u.startsWith('blob:')), `workers (page session + API): ${workers.join(', ')}`);
    assert(wasm.every((u) => u.startsWith(cdn.url)), `wasm from the CDN: ${wasm.join(', ')}`);
    const before = workers.length;
    assert((await page.evaluate(() => document.getElementById('far').result)) === null, 'far cell ran before it was near');
    await page.locator('#far').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.getElementById('far')?.result, null, { timeout: 60_000 });
    assert(workers.length === before + 1, `the far session's worker: ${workers.length - before}`);
    assert(problems.length === 0, problems.join('\n'));
    await page.locator('#top').screenshot({ path: join(shots, 'cdn-element.png') });
    console.log(`      (cold page -> first element result: ${ms} ms)`);
  } finally {
    await page.close();
    await site.close();
    await cdn.close();
  }
});

let passed = 0;
let failed = 0;
try {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  for (const t of tests) {
    const t0 = Date.now();
    try {
      await t.fn();
      passed++;
      console.log(`ok   ${t.name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${t.name}\n      ${String(e?.message ?? e).split('\n').join('\n      ')}`);
      if (!tarball) break; // nothing else can run
    }
  }
} finally {
  await browser?.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
