#!/usr/bin/env node
// `npm run bench`: every workload under stridelab (Node, through the built package and the
// interpreter) and under native CPython + NumPy (/usr/bin/python3), side by side in one run.
// 3 warm-ups + median of 5 per engine; outputs of `check` must agree (else the row is
// flagged). Prints a table of times and ratios and the geometric mean of the NumPy rows.
//
// `npm run bench -- --browser`: stridelab runs in the built page's engine worker (dist/,
// the worker script the playground starts) in headless Chromium, so the times are the ones
// users get; each run is timed on the page around its request (a message round trip, well
// under a millisecond, is included). Then the built sizes and the time to interactive
// (scripts/measure-tti.mjs, 5 cold runs, no throttled profile).
//
// Memory column (issue 16 item 4), per workload and in a fresh engine / process: the growth
// of the engine's wasm memory (its high-water mark: wasm memory never shrinks) from a
// session that has run `import numpy as np` to the end of setup + 8 runs + check, next to
// NumPy's peak RSS growth over the same program (ru_maxrss minus the RSS after importing
// numpy). The wasm figure grows in steps (Emscripten over-allocates each growth by up to
// 20%, at most 96 MiB), so it overstates the allocator's peak by up to that much.
//
//   node scripts/bench/run.mjs [--browser] [name prefixes...]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { workloads } from './workloads.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const REPS = 5;
// Untimed runs first, the same number on both sides: V8 tiers a hot wasm function up from
// Liftoff to TurboFan after a few calls (W6 paid for that in its first timed runs), and the
// engine's freed-block cache and NumPy's allocator both settle after two or three runs.
const WARMUPS = 3;
const MEMORY_LIMIT = 3 * 1024 ** 3;
const browser = process.argv.includes('--browser');
const only = process.argv.slice(2).filter((a) => a !== '--browser');

const PY_HARNESS = `
import sys, json, time, io, contextlib, resource
import numpy
def rss_kb():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1])
    return 0
base = rss_kb()
w = json.loads(sys.stdin.read())
g = {}
exec(w['setup'], g)
times = []
for k in range(${REPS} + ${WARMUPS}):
    t0 = time.perf_counter()
    exec(w['run'], g)
    times.append(time.perf_counter() - t0)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    exec(w['check'], g)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({'times': times[${WARMUPS}:], 'check': buf.getvalue(), 'memory': max(0, peak - base) * 1024}))
`;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function runNumpy(w) {
  // single-threaded NumPy (the engine has one thread): matters where NumPy links OpenBLAS/MKL
  const env = { ...process.env, OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1', OMP_NUM_THREADS: '1' };
  const r = spawnSync('/usr/bin/python3', ['-c', PY_HARNESS], {
    input: JSON.stringify(w), encoding: 'utf8', env, maxBuffer: 1 << 26,
  });
  if (r.status !== 0) return { error: (r.stderr || '').trim().split('\n').pop() };
  return JSON.parse(r.stdout);
}

// ---- stridelab in Node: a fresh engine per workload (its own wasm memory) ----
const { createSessionWithEngine } = await import(path.join(root, 'dist-lib/session.js'));
const { engineMemoryBytes } = await import(path.join(root, 'dist-lib/engine.js'));
const wasmUrl = pathToFileURL(path.join(root, 'dist-lib/stridelab_engine.wasm')).href;

async function runStridelabNode(w) {
  const { session: s, engine } = await createSessionWithEngine({ memoryLimit: MEMORY_LIMIT, wasmUrl });
  try {
    const imp = s.run('import numpy as np');
    if (imp.error) return { error: `${imp.error.type}: ${imp.error.message}` };
    const base = engineMemoryBytes(engine);
    const setup = s.run(w.setup || 'pass');
    if (setup.error) return { error: `${setup.error.type}: ${setup.error.message}` };
    const times = [];
    for (let k = 0; k < REPS + WARMUPS; k++) {
      const t0 = performance.now();
      const r = s.run(w.run);
      const t = (performance.now() - t0) / 1000;
      if (r.error) return { error: `${r.error.type}: ${r.error.message}` };
      times.push(t);
    }
    const c = s.run(w.check);
    if (c.error) return { error: `${c.error.type}: ${c.error.message}` };
    return { times: times.slice(WARMUPS), check: c.stdout, memory: engineMemoryBytes(engine) - base };
  } finally {
    s.close();
    globalThis.gc?.(); // the engine's memory is gone once collected (bench.sh passes --expose-gc)
  }
}

// ---- stridelab in the built page's worker (headless Chromium) ----
let browserCtx = null;
async function openBrowser() {
  const dist = path.join(root, 'dist');
  const html = existsSync(path.join(dist, 'index.html')) ? readFileSync(path.join(dist, 'index.html'), 'utf8') : '';
  // the worker the playground starts from its head (vite.config.ts, stridelab-early-worker)
  const m = html.match(/new Worker\('(\.\/assets\/worker-[\w-]+\.js)'/);
  if (!m) throw new Error('dist/index.html does not start the engine worker: build the site (bash scripts/build.sh site)');
  const { chromium } = await import('playwright-core');
  const { startStaticServer } = await import(path.join(root, 'tests/e2e/static-server.mjs'));
  const server = await startStaticServer({ root: dist, prefix: '/bench/' });
  const b = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const page = await b.newPage();
  await page.goto(`${server.url}?autorun=0`);
  await page.waitForSelector('body[data-engine=ready]', { timeout: 120_000 });
  browserCtx = { server, browser: b, page, workerUrl: new URL(m[1], server.url).href };
  const version = b.version();
  console.log(`stridelab in headless Chromium ${version} (the built page's engine worker, a fresh worker per workload)`);
}

async function runStridelabBrowser(w) {
  const { page, workerUrl } = browserCtx;
  return page.evaluate(
    async ({ workerUrl, w, reps, warmups, memoryLimit }) => {
      const worker = new Worker(workerUrl, { type: 'module' });
      let next = 1;
      const pending = new Map();
      worker.onmessage = (e) => {
        const p = pending.get(e.data.id);
        pending.delete(e.data.id);
        if (e.data.ok) p.ok(e.data.result);
        else p.fail(new Error(`${e.data.error.name}: ${e.data.error.message}`));
      };
      const ask = (body) => new Promise((ok, fail) => {
        const id = next++;
        pending.set(id, { ok, fail });
        worker.postMessage({ ...body, id });
      });
      const run = async (code) => {
        const r = await ask({ kind: 'run', code });
        if (r.error) throw new Error(`${r.error.type}: ${r.error.message}`);
        return r;
      };
      try {
        await ask({ kind: 'init', options: { memoryLimit, sampleData: false } });
        await run('import numpy as np');
        const base = (await ask({ kind: 'memory' })).wasmBytes;
        await run(w.setup || 'pass');
        const times = [];
        for (let k = 0; k < reps + warmups; k++) {
          const t0 = performance.now();
          await run(w.run);
          times.push((performance.now() - t0) / 1000);
        }
        const c = await run(w.check);
        const memory = (await ask({ kind: 'memory' })).wasmBytes - base;
        return { times: times.slice(warmups), check: c.stdout, memory };
      } catch (e) {
        return { error: e.message };
      } finally {
        worker.terminate();
      }
    },
    { workerUrl, w, reps: REPS, warmups: WARMUPS, memoryLimit: MEMORY_LIMIT },
  );
}

if (browser) await openBrowser();
const runStridelab = browser ? runStridelabBrowser : runStridelabNode;
const MB = (x) => (x == null ? '    -  ' : `${(x / 2 ** 20).toFixed(x < 100 * 2 ** 20 ? 1 : 0).padStart(6)}M`);
console.log(`${''.padEnd(30)} ${'time: numpy'.padStart(14)} ${'stridelab'.padStart(12)} ${'ratio'.padStart(8)}   ${'memory: numpy'.padStart(13)} ${'stridelab'.padStart(9)} ${'ratio'.padStart(6)}`);
const rows = [];
for (const w of workloads) {
  if (only.length && !only.some((o) => w.name.startsWith(o))) continue;
  const np = runNumpy(w);
  const sl = await runStridelab(w);
  let ratio = null, note = '';
  if (np.error || sl.error) note = `error: ${sl.error || ''} ${np.error ? '(numpy: ' + np.error + ')' : ''}`.trim();
  else {
    ratio = median(sl.times) / median(np.times);
    if (np.check !== sl.check) note = 'OUTPUT MISMATCH';
  }
  rows.push({ name: w.name, np: np.times ? median(np.times) : null, sl: sl.times ? median(sl.times) : null, ratio, note,
              npCheck: np.check, slCheck: sl.check, npMem: np.memory ?? null, slMem: sl.memory ?? null });
  const fmt = (x) => (x == null ? '   -    ' : `${(x * 1000).toFixed(1).padStart(8)}`);
  const r = rows.at(-1);
  const memRatio = r.npMem > 0 && r.slMem != null ? `${(r.slMem / r.npMem).toFixed(2).padStart(5)}x` : '   -  ';
  console.log(`${w.name.padEnd(30)} ${fmt(r.np)} ms ${fmt(r.sl)} ms ${ratio == null ? '  -  ' : ratio.toFixed(2).padStart(5)}x   ${MB(r.npMem).padStart(13)} ${MB(r.slMem).padStart(9)} ${memRatio}  ${note}`);
  if (note === 'OUTPUT MISMATCH') console.log(`   numpy:     ${JSON.stringify(np.check)}\n   stridelab: ${JSON.stringify(sl.check)}`);
}

// Memory release (issue 16 item 4): a 500 MB array made and deleted four times, in a fresh
// engine; the wasm memory after each cycle (MiB). Separate cells (`a = ...`, then `del a`)
// and one cell (`a = ...; del a`).
const REUSE = [
  ['separate cells', ['a = np.empty(62_500_000)', 'del a']],
  ['one cell', ['a = np.empty(62_500_000)\ndel a']],
];
async function reuseNode(cells) {
  const { session: s, engine } = await createSessionWithEngine({ wasmUrl });
  try {
    s.run('import numpy as np');
    const out = [];
    for (let k = 0; k < 4; k++) {
      for (const c of cells) s.run(c);
      out.push(engineMemoryBytes(engine));
    }
    return out;
  } finally {
    s.close();
    globalThis.gc?.();
  }
}
async function reuseBrowser(cells) {
  return browserCtx.page.evaluate(async ({ workerUrl, cells }) => {
    const worker = new Worker(workerUrl, { type: 'module' });
    let next = 1;
    const pending = new Map();
    worker.onmessage = (e) => pending.get(e.data.id)(e.data);
    const ask = (body) => new Promise((ok) => {
      const id = next++;
      pending.set(id, ok);
      worker.postMessage({ ...body, id });
    });
    try {
      await ask({ kind: 'init', options: { sampleData: false } });
      await ask({ kind: 'run', code: 'import numpy as np' });
      const out = [];
      for (let k = 0; k < 4; k++) {
        for (const c of cells) await ask({ kind: 'run', code: c });
        out.push((await ask({ kind: 'memory' })).result.wasmBytes);
      }
      return out;
    } finally {
      worker.terminate();
    }
  }, { workerUrl: browserCtx.workerUrl, cells });
}
for (const [label, cells] of REUSE) {
  const sizes = await (browser ? reuseBrowser(cells) : reuseNode(cells));
  const grew = sizes.at(-1) > sizes[0];
  console.log(`memory reuse, 500 MB array made and deleted 4x (${label}): wasm memory ${sizes.map((b) => (b / 2 ** 20).toFixed(0)).join(' -> ')} MiB${grew ? '  GROWS' : ''}`);
}

if (browserCtx) {
  await browserCtx.browser.close();
  await browserCtx.server.close();
}
const numpyRows = rows.filter((r) => r.ratio != null && r.name.startsWith('W'));
if (numpyRows.length) {
  const gm = Math.exp(numpyRows.reduce((a, r) => a + Math.log(r.ratio), 0) / numpyRows.length);
  console.log(`geometric mean ratio (NumPy workloads): ${gm.toFixed(2)}x`);
}
const pyRows = rows.filter((r) => r.ratio != null && r.name.startsWith('P'));
if (pyRows.length) {
  const gm = Math.exp(pyRows.reduce((a, r) => a + Math.log(r.ratio), 0) / pyRows.length);
  console.log(`geometric mean ratio (Python loops vs CPython): ${gm.toFixed(2)}x`);
}

// the start-up figures next to the kernels: sizes always (when the site is built), the time
// to interactive in the browser bench
if (existsSync(path.join(root, 'dist/index.html'))) {
  const tti = spawnSync(process.execPath, [path.join(root, 'scripts/measure-tti.mjs'), '--runs', browser ? '5' : '0', '--throttled-runs', '0'], {
    encoding: 'utf8', maxBuffer: 1 << 24,
  });
  const lines = (tti.stdout || '').split('\n');
  const from = lines.findIndex((l) => l.startsWith('built sizes'));
  console.log(lines.slice(Math.max(0, from)).join('\n').trimEnd());
  if (tti.status !== 0) console.log(`measure-tti failed: ${(tti.stderr || '').trim().split('\n').pop()}`);
} else console.log('sizes and TTI: no dist/ (bash scripts/build.sh site)');
