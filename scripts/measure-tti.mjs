#!/usr/bin/env node
// measure-tti.mjs — start-up of the built playground (dist/) in headless Chromium: the time
// from navigation start to the first cell being runnable (body[data-engine=ready], i.e. the
// engine compiled and instantiated in its worker), cold (fresh browser profile) and warm
// (reload), median of N runs; and the built sizes (engine wasm, JS, CSS; raw and gzip -9).
// Then the slow profile of issue 16: 10 Mbit/s, 40 ms RTT, 4x CPU slowdown (Chrome DevTools
// protocol emulation, applied to the page AND its workers: the engine compiles in a worker),
// cold, served compressed like a production host (dist/*.wasm.br, gzip for text).
// A benchmark, not a test: it prints numbers and never fails on them.
//
//   node scripts/measure-tti.mjs [--runs 10] [--throttled-runs 3]   (after `bash scripts/build.sh site`)
// (--runs 0 --throttled-runs 0: the sizes only; npm run bench prints them; --dist DIR: another build)
//
// The throttled runs talk CDP over --remote-debugging-pipe directly (Playwright's CDPSession
// cannot address the worker's session, and Node 20 has no WebSocket client).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const distArg = process.argv.indexOf('--dist'); // another built site (a before/after comparison)
const dist = distArg > 0 ? process.argv[distArg + 1] : join(root, 'dist');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 10;
const thrArg = process.argv.indexOf('--throttled-runs');
const THROTTLED_RUNS = thrArg > 0 ? Number(process.argv[thrArg + 1]) : 3;
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
console.log(`  wasm + JS ${kb(engineRaw)} / ${kb(engineGz)}`);
// a split engine (CMake SL_WASM_SPLIT): its deferred part is loaded after the page is interactive
const startup = perFile.filter(([name]) => name.endsWith('.wasm') && !name.includes('.deferred'));
if (startup.length < perFile.filter(([name]) => name.endsWith('.wasm')).length) {
  const [raw, gz] = startup.reduce(([r, g], [, a, b]) => [r + a, g + b], [0, 0]);
  console.log(`  start-up wasm (without the deferred part) ${kb(raw)} / ${kb(gz)}   (target <= 1.5 MB raw, <= 500 kB gzip)`);
}

// ---- time to interactive ----
const server = await startStaticServer({ root: dist, prefix: '/tti/' });
let url = `${server.url}?autorun=0`;
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
const readMarks = () => ({
  origin: performance.timeOrigin,
  marks: Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('stridelab:')).map((m) => [m.name.slice(10), m.startTime])),
});
// Where a cold start's time goes, all on the page's clock (ms since navigation start): the
// HTML, the page's scripts, the worker's start (its time origin) and the marks the engine
// loader sets in the worker (web/lib engine.ts: wasm-fetch, -response, -compiled,
// -instantiated, engine-ready, session-ready), then the page's own (notebook-built,
// engine-loaded) and ready.
async function breakdown(page, workers) {
  const own = await page.evaluate(readMarks);
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0];
    const scripts = performance.getEntriesByType('resource').filter((e) => /\.js$/.test(e.name));
    return { html: n.responseEnd, domInteractive: n.domInteractive, scriptsEnd: Math.max(0, ...scripts.map((e) => e.responseEnd)) };
  });
  const out = { html: nav.html, 'dom-interactive': nav.domInteractive, 'page-js-fetched': nav.scriptsEnd };
  for (const w of workers) {
    const theirs = await w.evaluate(readMarks).catch(() => null);
    if (!theirs || !Object.keys(theirs.marks).length) continue;
    const shift = theirs.origin - own.origin;
    out['worker-start'] = shift;
    for (const [k, v] of Object.entries(theirs.marks)) out[k] = v + shift;
  }
  Object.assign(out, own.marks);
  return out;
}
try {
  for (let i = 0; i < RUNS; i++) {
    const profile = mkdtempSync(join(tmpdir(), 'stridelab-tti-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const workers = [];
      page.on('worker', (w) => workers.push(w));
      await page.goto(url, { waitUntil: 'commit' });
      cold.push(await page.evaluate(readyAt));
      marks.push(await breakdown(page, workers));
      await page.reload({ waitUntil: 'commit' });
      warm.push(await page.evaluate(readyAt));
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    }
  }
} finally {
  await server.close();
}
const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
for (const f of files(dist).filter((p) => /\.wasm\.(br|gz)$/.test(p)))
  console.log(`  precompressed ${f.slice(dist.length + 1).padEnd(40)} ${kb(statSync(f).size).padStart(10)}`);
if (RUNS > 0) {
  console.log(`time from navigation start to body[data-engine=ready] (localhost, ${RUNS} runs):`);
  console.log(`  cold (fresh profile): median ${median(cold).toFixed(0)} ms   [${fmt(cold)}]   (target 300 ms)`);
  console.log(`  warm (reload):        median ${median(warm).toFixed(0)} ms   [${fmt(warm)}]`);
  // the median of each step over the cold runs, in time order
  const steps = [...new Set(marks.flatMap((m) => Object.keys(m)))]
    .map((k) => [k, median(marks.map((m) => m[k]).filter((v) => v !== undefined))])
    .sort((a, b) => a[1] - b[1]);
  console.log(`  cold start, median ms after navigation start of each step (${RUNS} runs):`);
  for (const [k, v] of steps) console.log(`    ${k.padEnd(20)} ${v.toFixed(0).padStart(6)}`);
}

// ---- the throttled profile (raw CDP over a pipe) ----
const PROFILE = { latency: 40, downloadThroughput: (10e6 / 8), uploadThroughput: (10e6 / 8), cpu: 4 };

function launchPiped(profileDir) {
  const proc = spawn(CHROMIUM, [...ARGS, '--remote-debugging-pipe', `--user-data-dir=${profileDir}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const out = proc.stdio[3], inp = proc.stdio[4];
  let nextId = 1, buf = '';
  const pending = new Map(), listeners = [];
  inp.on('data', (chunk) => {
    buf += chunk.toString('utf8');
    let z;
    while ((z = buf.indexOf('\0')) >= 0) {
      const msg = JSON.parse(buf.slice(0, z));
      buf = buf.slice(z + 1);
      if (msg.id && pending.has(msg.id)) {
        const { ok, fail } = pending.get(msg.id);
        pending.delete(msg.id);
        msg.error ? fail(new Error(`${msg.error.message}`)) : ok(msg.result);
      } else for (const l of listeners) l(msg);
    }
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((ok, fail) => {
      const id = nextId++;
      pending.set(id, { ok, fail });
      out.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
    });
  return { proc, send, on: (l) => listeners.push(l) };
}

async function throttledRun() {
  const profileDir = mkdtempSync(join(tmpdir(), 'stridelab-tti-slow-'));
  const cdp = launchPiped(profileDir);
  const notes = new Set();
  try {
    const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
    const emulate = async (sid, kind) => {
      try {
        await cdp.send('Network.enable', {}, sid);
        await cdp.send('Network.emulateNetworkConditions', { offline: false, ...PROFILE }, sid);
      } catch (e) {
        notes.add(`${kind}: network emulation unavailable (${e.message})`);
      }
      try {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu }, sid);
      } catch (e) {
        notes.add(`${kind}: CPU throttling unavailable (${e.message})`);
      }
    };
    cdp.on(async (msg) => {
      if (msg.method !== 'Target.attachedToTarget') return;
      const child = msg.params.sessionId;
      const kind = msg.params.targetInfo.type;
      await emulate(child, kind);
      await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, child).catch(() => {});
      await cdp.send('Runtime.runIfWaitingForDebugger', {}, child).catch(() => {});
    });
    await emulate(sessionId, 'page');
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, sessionId);
    await cdp.send('Page.enable', {}, sessionId);
    await cdp.send('Page.navigate', { url }, sessionId);
    // evaluate in the navigated document (retry while the old one is still current)
    const probe = `new Promise((resolve, reject) => {
      if (location.href === 'about:blank') return reject(new Error('not yet'));
      const check = () => document.body?.dataset.engine === 'ready';
      if (check()) return resolve(performance.now());
      new MutationObserver((_, obs) => { if (check()) { obs.disconnect(); resolve(performance.now()); } })
        .observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['data-engine'] });
    })`;
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      const r = await cdp.send('Runtime.evaluate', { expression: probe, awaitPromise: true, returnByValue: true }, sessionId).catch(() => null);
      if (r && !r.exceptionDetails) return { ms: r.result.value, notes };
      await new Promise((ok) => setTimeout(ok, 20));
    }
    throw new Error('the engine never became ready');
  } finally {
    cdp.proc.kill();
    await new Promise((ok) => (cdp.proc.exitCode !== null ? ok() : cdp.proc.once('exit', ok)));
    // Chromium helpers may still write into the profile after the browser exits: a leftover
    // temporary directory must not end the measurement
    try {
      rmSync(profileDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch {
      /* left in the temp dir */
    }
  }
}

if (THROTTLED_RUNS > 0) {
  const slowServer = await startStaticServer({ root: dist, prefix: '/tti/', compress: true });
  url = `${slowServer.url}?autorun=0`;
  const slow = [];
  const allNotes = new Set();
  try {
    for (let i = 0; i < THROTTLED_RUNS; i++) {
      const { ms, notes } = await throttledRun();
      slow.push(ms);
      for (const n of notes) allNotes.add(n);
    }
  } finally {
    await slowServer.close();
  }
  console.log(`throttled profile (10 Mbit/s, 40 ms RTT, 4x CPU on page and worker; compressed transfer), cold, ${THROTTLED_RUNS} runs:`);
  console.log(`  median ${median(slow).toFixed(0)} ms   [${fmt(slow)}]   (target 2000 ms)`);
  for (const n of allNotes) console.log(`  note: ${n}`);
}
