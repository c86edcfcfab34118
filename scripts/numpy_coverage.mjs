#!/usr/bin/env node
// numpy_coverage.mjs — generate docs/numpy-coverage.md: every public NumPy 2.x name
// (cpp/modules/numpy/numpy_public_names.txt, from scripts/numpy_names.py) with its status in
// stridelab, asked of the engine itself:
//   supported  the name resolves (module attribute, ndarray member);
//   partial    it resolves, and scripts/numpy_names/partial.txt says what is missing;
//   not yet    the engine raises its NotImplementedError gap message.
// A covered submodule (numpy.linalg, numpy.fft, ...) is as supported as its own names.
//
//   node scripts/numpy_coverage.mjs [--engine native|wasm]           # rewrite the table
//   node scripts/numpy_coverage.mjs --check [--engine native|wasm]   # exit 1 when stale
//
// native: build/native/stridelab_native; wasm (default): the built package dist-lib/index.js.
// Also a library: tests/js/numpy-coverage.test.ts calls renderCoverage() and compares.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NAMES_FILE = path.join(ROOT, 'cpp', 'modules', 'numpy', 'numpy_public_names.txt');
export const PARTIAL_FILE = path.join(ROOT, 'scripts', 'numpy_names', 'partial.txt');
export const TABLE_FILE = path.join(ROOT, 'docs', 'numpy-coverage.md');
const NATIVE_BIN = path.resolve(process.env.STRIDELAB_NATIVE_BIN || path.join(ROOT, 'build', 'native', 'stridelab_native'));
const PACKAGE_ENTRY = path.resolve(process.env.STRIDELAB_PACKAGE || path.join(ROOT, 'dist-lib', 'index.js'));

// {names: [{module, name}], removed: [{module, name, note}]}
export function readNames(text = fs.readFileSync(NAMES_FILE, 'utf8')) {
  const names = [];
  const removed = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const bar = line.indexOf(' |');
    const head = (bar < 0 ? line : line.slice(0, bar)).trim().split(/\s+/);
    const note = bar < 0 ? null : line.slice(bar + 2).trim();
    if (head[0] === '-') removed.push({ module: head[1], name: head[2], note });
    else names.push({ module: head[0], name: head[1] });
  }
  return { names, removed };
}

// Map "module name" -> what is missing
export function readPartial(text = fs.readFileSync(PARTIAL_FILE, 'utf8')) {
  const partial = new Map();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const bar = line.indexOf('|');
    const head = (bar < 0 ? '' : line.slice(0, bar)).trim().split(/\s+/);
    if (bar < 0 || head.length !== 2 || !line.slice(bar + 1).trim())
      throw new Error(`${PARTIAL_FILE}:${i + 1}: expected 'MODULE NAME | what is missing'`);
    partial.set(`${head[0]} ${head[1]}`, line.slice(bar + 1).trim());
  });
  return partial;
}

// The probe: one line per name, "module name ok|gap|error".
function probeProgram(names) {
  return [
    'import numpy',
    `names = ${JSON.stringify(names.map((n) => [n.module, n.name]))}`,
    'arr = numpy.zeros((2, 2))',
    'for mod, name in names:',
    '    try:',
    '        if mod == "numpy.ndarray":',
    '            getattr(arr, name)',
    '        else:',
    '            obj = numpy',
    '            for part in mod.split(".")[1:]:',
    '                obj = getattr(obj, part)',
    '            getattr(obj, name)',
    '        status = "ok"',
    '    except NotImplementedError:',
    '        status = "gap"',
    '    except Exception:',
    '        status = "error"',
    '    print(mod, name, status)',
    '',
  ].join('\n');
}

async function runProbe(code, engine) {
  if (engine === 'native') {
    const r = spawnSync(NATIVE_BIN, ['run', '-'], { input: code, encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`probe failed: ${r.stderr || r.error}`);
    return r.stdout;
  }
  const api = await import(pathToFileURL(PACKAGE_ENTRY).href);
  const s = await api.createSession();
  const r = await s.run(code);
  if (r.error) throw new Error(`probe failed: ${r.error.type}: ${r.error.message}`);
  return r.stdout;
}

function moduleLabel(module) {
  return module === 'numpy.ndarray' ? 'numpy.ndarray (attributes and methods)' : module;
}

// The markdown table, from the engine's answers.
export async function renderCoverage(engine = 'wasm') {
  const { names, removed } = readNames();
  const partial = readPartial();
  for (const key of partial.keys())
    if (!names.some((n) => `${n.module} ${n.name}` === key))
      throw new Error(`partial.txt: ${key} is not a NumPy 2.x name`);
  const out = await runProbe(probeProgram(names), engine);
  const answer = new Map();
  for (const line of out.split('\n')) {
    const [m, n, s] = line.split(' ');
    if (s) answer.set(`${m} ${n}`, s);
  }
  const modules = [...new Set(names.map((n) => n.module))];
  const status = new Map();  // "module name" -> {status, note}
  for (const n of names) {
    const key = `${n.module} ${n.name}`;
    const a = answer.get(key);
    if (!a) throw new Error(`no answer for ${key}`);
    if (a === 'ok') {
      const note = partial.get(key);
      status.set(key, note ? { status: 'partial', note } : { status: 'supported', note: '' });
    } else {
      status.set(key, { status: 'not yet', note: a === 'error' ? 'raises an error other than the gap message' : '' });
    }
  }
  // A covered submodule is as supported as its names (its own module object may exist empty).
  for (const n of names) {
    const sub = `${n.module}.${n.name}`;
    if (!modules.includes(sub)) continue;
    const own = names.filter((x) => x.module === sub).map((x) => status.get(`${x.module} ${x.name}`).status);
    const ok = own.filter((s) => s === 'supported').length;
    const some = own.filter((s) => s !== 'not yet').length;
    const key = `${n.module} ${n.name}`;
    if (ok === own.length) status.set(key, { status: 'supported', note: '' });
    else if (some > 0) status.set(key, { status: 'partial', note: `${some} of its ${own.length} names (see below)` });
    else status.set(key, { status: 'not yet', note: '' });
  }
  const count = (mod, st) => names.filter((n) => (!mod || n.module === mod) && status.get(`${n.module} ${n.name}`).status === st).length;
  const lines = [];
  lines.push('# NumPy coverage');
  lines.push('');
  lines.push('<!-- GENERATED by scripts/numpy_coverage.mjs from cpp/modules/numpy/numpy_public_names.txt,');
  lines.push('     scripts/numpy_names/partial.txt and the engine; do not edit. A test fails when stale. -->');
  lines.push('');
  lines.push('Every public name of NumPy 2.2 (the main namespace, the array\'s members and the submodules');
  lines.push('tutorials import), and what stridelab does with it. The list comes from the reference');
  lines.push('NumPy 1.24 plus a hand-kept 2.x delta (`scripts/numpy_names.py`); the status is asked of');
  lines.push('the engine itself. A name marked *not yet* raises');
  lines.push('`NotImplementedError: numpy.X is not available in stridelab yet`; a name NumPy 2 removed');
  lines.push('raises NumPy 2\'s own `AttributeError`; any other unknown name CPython\'s, with its');
  lines.push('"Did you mean" hint.');
  lines.push('');
  lines.push('| namespace | supported | partial | not yet | total |');
  lines.push('|---|---:|---:|---:|---:|');
  for (const m of modules)
    lines.push(`| ${moduleLabel(m)} | ${count(m, 'supported')} | ${count(m, 'partial')} | ${count(m, 'not yet')} | ${names.filter((n) => n.module === m).length} |`);
  lines.push(`| **all** | **${count(null, 'supported')}** | **${count(null, 'partial')}** | **${count(null, 'not yet')}** | **${names.length}** |`);
  for (const m of modules) {
    lines.push('');
    lines.push(`## ${moduleLabel(m)}`);
    lines.push('');
    lines.push('| name | status | missing |');
    lines.push('|---|---|---|');
    for (const n of names.filter((x) => x.module === m)) {
      const s = status.get(`${n.module} ${n.name}`);
      lines.push(`| \`${n.name}\` | ${s.status} | ${s.note.replace(/\|/g, '\\|')} |`);
    }
  }
  lines.push('');
  lines.push('## Removed in NumPy 2');
  lines.push('');
  lines.push('These 1.24 names are gone in NumPy 2.x; stridelab raises the `AttributeError` NumPy 2 raises');
  lines.push('(with NumPy\'s migration note where it has one).');
  lines.push('');
  lines.push('| name | NumPy 2\'s note |');
  lines.push('|---|---|');
  for (const r of removed) lines.push(`| \`${r.module}.${r.name}\` | ${(r.note || '').replace(/\|/g, '\\|')} |`);
  return lines.join('\n') + '\n';
}

async function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const ei = args.indexOf('--engine');
  const engine = ei >= 0 ? args[ei + 1] : 'wasm';
  const text = await renderCoverage(engine);
  if (check) {
    const old = fs.existsSync(TABLE_FILE) ? fs.readFileSync(TABLE_FILE, 'utf8') : '';
    if (old !== text) {
      console.log('docs/numpy-coverage.md is stale: run node scripts/numpy_coverage.mjs');
      process.exit(1);
    }
    console.log('docs/numpy-coverage.md is current');
    return;
  }
  fs.writeFileSync(TABLE_FILE, text);
  const m = text.match(/\| \*\*all\*\* \| \*\*(\d+)\*\* \| \*\*(\d+)\*\* \| \*\*(\d+)\*\* \| \*\*(\d+)\*\* \|/);
  console.log(`wrote docs/numpy-coverage.md: ${m[1]} supported, ${m[2]} partial, ${m[3]} not yet of ${m[4]}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e.message || e);
    process.exit(1);
  });
}
