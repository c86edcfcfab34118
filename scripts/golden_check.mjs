#!/usr/bin/env node
// golden_check.mjs — run the golden programs under stridelab and compare with the outputs
// CPython + NumPy produced (tests/golden/<group>/<name>.out, or the hand-written
// <name>.numpy2.out when present; see tests/golden/README.md).
//
//   node scripts/golden_check.mjs --engine native|wasm [--timeout SECONDS] [paths|globs...]
//
// native: `build/native/stridelab_native run NAME.py` with cwd = the program's folder;
//         actual = stdout + the last stderr line when the exit status is not 0.
// wasm:   the built package (dist-lib/index.js), a fresh session per program, run inside a
//         worker thread so that a crash, an abort or a runaway loop (timeout) costs one
//         program, not the run; actual = r.stdout + `${type}: ${message}\n` on error.
// Prints a compact diff for each failing program, a summary (programs, cases = `== ` label
// lines in the expectations) and a last line `N passed, M failed`. Exit status 1 on failure.
//
// Also a library: tests/js/golden.test.ts imports discoverPrograms, expectationFor,
// formatActual, compactDiff and countCases from here (the CLI runs only as the main script).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const GOLDEN_DIR = path.join(ROOT, 'tests', 'golden');
// Overridable for testing the checker itself or for checking another build:
// STRIDELAB_NATIVE_BIN=/path/to/binary, STRIDELAB_PACKAGE=/path/to/index.js
export const NATIVE_BIN = path.resolve(process.env.STRIDELAB_NATIVE_BIN || path.join(ROOT, 'build', 'native', 'stridelab_native'));
export const PACKAGE_ENTRY = path.resolve(process.env.STRIDELAB_PACKAGE || path.join(ROOT, 'dist-lib', 'index.js'));
const DEFAULT_TIMEOUT_S = 30;
const DIFF_CONTEXT_LINES = 6;

// ---- discovery & expectations -------------------------------------------------------------

function walkPy(dir, out) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    if (ent.name.startsWith('.') || ent.name === '__pycache__' || ent.name === 'node_modules') continue;
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) walkPy(p, out);
    else if (ent.isFile() && ent.name.endsWith('.py')) out.push(p);
  }
  return out;
}

function globToRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      if (glob[i + 2] === '/') { re += '(?:.*/)?'; i += 2; } else { re += '.*'; i += 1; }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

// Programs selected by files, folders or globs (relative to the cwd); all of tests/golden by
// default. Sorted, absolute paths.
export function discoverPrograms(specs = []) {
  const all = fs.existsSync(GOLDEN_DIR) ? walkPy(GOLDEN_DIR, []) : [];
  if (specs.length === 0) return all.sort();
  const picked = new Set();
  for (const spec of specs) {
    const abs = path.resolve(spec);
    if (/[*?]/.test(spec)) {
      const re = globToRegExp(abs.split(path.sep).join('/'));
      const hits = all.filter((p) => re.test(p.split(path.sep).join('/')));
      if (hits.length === 0) throw new Error(`nothing matches ${spec}`);
      hits.forEach((p) => picked.add(p));
    } else if (fs.existsSync(abs) && fs.statSync(abs).isDirectory()) {
      walkPy(abs, []).forEach((p) => picked.add(p));
    } else if (abs.endsWith('.py') && fs.existsSync(abs)) {
      picked.add(abs);
    } else {
      throw new Error(`not a .py program or folder: ${spec}`);
    }
  }
  return [...picked].sort();
}

// The expectation file of a program: <name>.numpy2.out wins over <name>.out; null if none.
export function expectationFor(program) {
  const base = program.replace(/\.py$/, '');
  for (const f of [`${base}.numpy2.out`, `${base}.out`]) if (fs.existsSync(f)) return f;
  return null;
}

export function countCases(text) {
  return text.split('\n').filter((l) => l.startsWith('== ')).length;
}

// The final error line as CPython's traceback prints it: `Type: message`, or a bare `Type` when
// the message is empty; for a multi-line message only its last line (the traceback's last line).
export function errorLine(type, message) {
  const text = message ? `${type}: ${message}` : `${type}`;
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return `${lines.length ? lines[lines.length - 1] : text}\n`;
}

// stdout + the error line (if any) — the same shape regen writes into .out files.
export function formatActual(stdout, error) {
  return (stdout ?? '') + (error ? errorLine(error.type ?? 'Error', error.message ?? '') : '');
}

const show = (s) => (s === undefined ? '<missing>' : JSON.stringify(s).slice(1, -1));

// A compact diff: the case label and the first mismatching lines, expected (-) vs actual (+).
export function compactDiff(expected, actual, context = DIFF_CONTEXT_LINES) {
  const e = expected.split('\n');
  const a = actual.split('\n');
  let i = 0;
  while (i < e.length && i < a.length && e[i] === a[i]) i++;
  let label = '';
  for (let k = Math.min(i, e.length - 1); k >= 0; k--) {
    if (e[k].startsWith('== ')) { label = e[k]; break; }
  }
  const out = [`first difference at line ${i + 1}${label ? ` (case "${label.slice(3)}")` : ''}` +
    ` — expected ${e.length - 1} lines, got ${a.length - 1}`];
  for (let k = i; k < i + context; k++) {
    if (k >= e.length && k >= a.length) break;
    if (e[k] === a[k]) { out.push(`    ${show(e[k])}`); continue; }
    if (k < e.length) out.push(`  - ${show(e[k])}`);
    if (k < a.length) out.push(`  + ${show(a[k])}`);
  }
  return out.join('\n');
}

// ---- engines ------------------------------------------------------------------------------

function lastNonEmptyLine(text) {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1] : '';
}

function runNative(program, timeoutS) {
  if (!fs.existsSync(NATIVE_BIN)) {
    return { actual: null, problem: `${NATIVE_BIN} is not built (npm run build native)` };
  }
  const r = spawnSync(NATIVE_BIN, ['run', path.basename(program)], {
    cwd: path.dirname(program), input: '', encoding: 'utf8', timeout: timeoutS * 1000,
    maxBuffer: 256 * 1024 * 1024, killSignal: 'SIGKILL',
  });
  if (r.error && r.error.code === 'ETIMEDOUT') return { actual: r.stdout ?? '', problem: `timed out after ${timeoutS}s` };
  if (r.error) return { actual: null, problem: `could not run: ${r.error.message}` };
  if (r.signal) return { actual: r.stdout ?? '', problem: `crashed with ${r.signal}; stderr: ${lastNonEmptyLine(r.stderr ?? '')}` };
  if (r.status === 0) return { actual: r.stdout };
  const last = lastNonEmptyLine(r.stderr ?? '');
  if (!/^[A-Za-z_][\w.]*(:|$)/.test(last)) {
    return { actual: r.stdout, problem: `exit status ${r.status} without a traceback: ${JSON.stringify(last)}` };
  }
  return { actual: `${r.stdout}${last}\n` };
}

// The wasm engine runs in a worker thread; the main thread enforces timeouts and replaces a
// worker that died or hung.
class WasmPool {
  constructor(timeoutS) { this.timeoutS = timeoutS; this.worker = null; this.seq = 0; }

  start() {
    this.worker = new Worker(fileURLToPath(import.meta.url), {
      workerData: { role: 'golden-wasm-worker', entry: pathToFileURL(PACKAGE_ENTRY).href },
    });
  }

  async stop() {
    if (this.worker) { const w = this.worker; this.worker = null; await w.terminate(); }
  }

  run(code) {
    if (!this.worker) this.start();
    const w = this.worker;
    const id = ++this.seq;
    return new Promise((resolve) => {
      let done = false;
      const finish = (value, kill) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        w.off('message', onMessage); w.off('error', onError); w.off('exit', onExit);
        if (kill && this.worker === w) { this.worker = null; w.terminate(); }
        resolve(value);
      };
      const onMessage = (m) => { if (m.id === id) finish(m, false); };
      const onError = (err) => finish({ problem: `worker crashed: ${err?.message ?? err}` }, true);
      const onExit = (c) => finish({ problem: `worker exited with code ${c}` }, true);
      const timer = setTimeout(() => finish({ problem: `timed out after ${this.timeoutS}s` }, true),
        this.timeoutS * 1000);
      w.on('message', onMessage); w.on('error', onError); w.on('exit', onExit);
      w.postMessage({ id, code });
    });
  }
}

async function workerMain() {
  let api = null;
  let loadError = null;
  try {
    api = await import(workerData.entry);
  } catch (e) {
    loadError = `cannot load the package (npm run build lib): ${e?.message ?? e}`;
  }
  parentPort.on('message', async ({ id, code }) => {
    if (loadError) { parentPort.postMessage({ id, problem: loadError }); return; }
    let session = null;
    try {
      session = await api.createSession();
      const r = await session.run(code);
      parentPort.postMessage({
        id, stdout: r?.stdout ?? '',
        error: r?.error ? { type: String(r.error.type), message: String(r.error.message ?? '') } : null,
      });
    } catch (e) {
      parentPort.postMessage({ id, problem: `threw ${e?.name ?? 'error'}: ${e?.message ?? e}` });
    } finally {
      for (const m of ['dispose', 'close', 'delete']) {
        try { if (session && typeof session[m] === 'function') { await session[m](); break; } } catch { /* ignore */ }
      }
    }
  });
}

// ---- CLI ----------------------------------------------------------------------------------

function parseArgs(argv) {
  const opts = { engine: null, timeout: DEFAULT_TIMEOUT_S, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--engine') opts.engine = argv[++i];
    else if (a.startsWith('--engine=')) opts.engine = a.slice(9);
    else if (a === '--timeout') opts.timeout = Number(argv[++i]);
    else if (a.startsWith('--timeout=')) opts.timeout = Number(a.slice(10));
    else if (a === '-h' || a === '--help') opts.help = true;
    else opts.paths.push(a);
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help || !['native', 'wasm'].includes(opts.engine) || !(opts.timeout > 0)) {
    console.error('usage: node scripts/golden_check.mjs --engine native|wasm [--timeout S] [paths|globs...]');
    process.exit(2);
  }
  let programs;
  try { programs = discoverPrograms(opts.paths); } catch (e) { console.error(`golden_check: ${e.message}`); process.exit(2); }

  const pool = opts.engine === 'wasm' ? new WasmPool(opts.timeout) : null;
  let passed = 0, failed = 0, cases = 0, failedCases = 0;
  const failures = [];
  for (const program of programs) {
    const name = path.relative(ROOT, program);
    const expFile = expectationFor(program);
    const expected = expFile ? fs.readFileSync(expFile, 'utf8') : null;
    const n = expected ? countCases(expected) : 0;
    cases += n;
    let res;
    if (opts.engine === 'native') res = runNative(program, opts.timeout);
    else {
      const m = await pool.run(fs.readFileSync(program, 'utf8'));
      res = m.problem ? { actual: m.stdout ?? null, problem: m.problem } : { actual: formatActual(m.stdout, m.error) };
    }
    let why = null;
    if (expected === null) why = 'no expectation file (npm run golden:regen)';
    else if (res.problem) why = res.problem + (res.actual ? `\n${compactDiff(expected, res.actual)}` : '');
    else if (res.actual !== expected) why = compactDiff(expected, res.actual);
    if (why) {
      failed++; failedCases += n;
      failures.push(name);
      console.log(`FAIL ${name}${expFile && expFile.endsWith('.numpy2.out') ? ' [numpy2]' : ''}\n  ${why.split('\n').join('\n  ')}`);
    } else {
      passed++;
    }
  }
  if (pool) await pool.stop();
  console.log(`\ngolden (${opts.engine}): ${programs.length} programs, ${cases} cases; ` +
    `failing: ${failed} programs (${failedCases} cases)`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

if (!isMainThread && workerData?.role === 'golden-wasm-worker') {
  workerMain();
} else if (isMainThread && process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => { console.error(e); process.exit(1); });
}
