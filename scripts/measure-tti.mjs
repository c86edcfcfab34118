#!/usr/bin/env node
// measure-tti.mjs — start-up of the built playground (dist/) in headless Chromium: the time
// from navigation start to the first cell being runnable (body[data-engine=ready], i.e. the
// engine compiled and instantiated in its worker), cold (fresh browser profile) and warm
// (reload), median of N runs; and the built sizes (engine wasm, JS, CSS; raw and gzip -9).
// A benchmark, not a test: it prints numbers and never fails on them.
//
//   node scripts/measure-tti.mjs [--runs 5]        (after `bash scripts/build.sh site`)
import { readdirSync, readFileSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function files(dir) {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

// ---- sizes ----
const groups = { wasm: [0, 0], js: [0, 0], css: [0, 0], html: [0, 0] };
const perFile = [];
for (const f of files(dist)) {
  const ext = extname(f).slice(1);
  const g = ext === 'wasm' ? 'wasm' : ext === 'js' ? 'js' : ext === 'css' ? 'css' : ext === 'html' ? 'html' : null;
  if (!g) continue;
  const bytes = readFileSync(f);
  const gz = gzipSync(bytes, { level: 9 }).length;
  groups[g][0] += bytes.length;
  groups[g][1] += gz;
  perFile.push([f.slice(dist.length + 1), bytes.length, gz]);
}
console.log('files (raw / gzip -9):');
for (const [name, raw, gz] of perFile.sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(44)} ${kb(raw).padStart(10)} / ${kb(gz).padStart(9)}`);
console.log('built sizes (dist/, raw / gzip -9):');
for (const [g, [raw, gz]] of Object.entries(groups)) console.log(`  ${g.padEnd(5)} ${kb(raw).padStart(10)} / ${kb(gz).padStart(9)}`);
const engineRaw = groups.wasm[0] + groups.js[0];
const engineGz = groups.wasm[1] + groups.js[1];
console.log(`  wasm + JS ${kb(engineRaw)} / ${kb(engineGz)}   (target <= 1.5 MB raw, <= 500 kB gzip)`);

// ---- time to interactive ----
const server = await startStaticServer({ root: dist, prefix: '/tti/' });
const url = `${server.url}?autorun=0`;
const readyAt = () =>
  new Promise((resolve) => {
    const check = () => document.body?.dataset.engine === 'ready';
    if (check()) return resolve(performance.now());
    new MutationObserver((_, obs) => {
      if (check()) {
        obs.disconnect();
        resolve(performance.now());
      }
    }).observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['data-engine'] });
  });
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const cold = [];
const warm = [];
const marks = [];
const readMarks = () =>
  Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('stridelab:')).map((m) => [m.name.slice(10), Math.round(m.startTime)]));
try {
  for (let i = 0; i < RUNS; i++) {
    const profile = mkdtempSync(join(tmpdir(), 'stridelab-tti-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(url, { waitUntil: 'commit' });
      cold.push(await page.evaluate(readyAt));
      marks.push(await page.evaluate(readMarks));
      await page.reload({ waitUntil: 'commit' });
      warm.push(await page.evaluate(readyAt));
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
} finally {
  await server.close();
}
const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
console.log(`time from navigation start to body[data-engine=ready] (localhost, ${RUNS} runs):`);
console.log(`  cold (fresh profile): median ${median(cold).toFixed(0)} ms   [${fmt(cold)}]`);
console.log(`  warm (reload):        median ${median(warm).toFixed(0)} ms   [${fmt(warm)}]   (target 300 ms)`);
console.log(`  cold-run marks (ms): ${marks.map((m) => JSON.stringify(m)).join(' ')}`);
