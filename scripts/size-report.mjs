#!/usr/bin/env node
// size-report.mjs — `npm run size`: where the bytes of the engine wasm go.
//
// Reads build/wasm/stridelab_engine.wasm (the shipped, optimised module) and prints
//   - its size raw / gzip -9 / brotli -11 (what a static host serves from dist/*.wasm.{gz,br}),
//   - the size of every section (code, data, ...),
//   - the largest functions (body bytes in the code section), named through the symbol map
//     the link writes next to it (stridelab_engine.mjs.symbols, emcc --emit-symbol-map),
//   - the code bytes per source file: every function of the final module is attributed to the
//     object file (members of build/wasm/*.a and the bindings' objects, listed with llvm-nm)
//     that defines its symbol;
//     functions of several objects (inline functions, template instantiations) go to a
//     "(shared inline/template code)" row, and the rest (libc++, libc, embind, emscripten's
//     glue) to "(runtime libraries)".
// Only reads files; never fails on a size (the budget lives in the tests).
//
//   node scripts/size-report.mjs [--top 40] [--wasm path] [--json out.json]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
// a split engine (CMake SL_WASM_SPLIT): the symbol map describes the full module, kept as
// .wasm.orig; the two shipped parts get a line of their own below
const splitOrig = join(root, 'build/wasm/stridelab_engine.wasm.orig');
const splitParts = [join(root, 'build/wasm/stridelab_engine.wasm'), join(root, 'build/wasm/stridelab_engine.deferred.wasm')];
const isSplit = !process.argv.includes('--wasm') && existsSync(splitOrig) && existsSync(splitParts[1]) && existsSync(splitParts[0]) &&
  WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(splitParts[0]))).some((i) => i.module === 'p'); // split-engine.mjs's placeholder namespace
const wasmPath = arg('--wasm', isSplit ? splitOrig : join(root, 'build/wasm/stridelab_engine.wasm'));
const TOP = Number(arg('--top', 40));
const jsonOut = arg('--json', null);
if (!existsSync(wasmPath)) {
  console.error(`size-report: ${wasmPath} is missing; run \`bash scripts/build.sh wasm\` first`);
  process.exit(1);
}

// ---- the wasm binary: sections, imported function count, code bodies ----
const bytes = readFileSync(wasmPath);
let pos = 8; // magic + version
function leb() {
  let result = 0, shift = 0, b;
  do {
    b = bytes[pos++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return result;
}
const SECTION_NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start',
  'element', 'code', 'data', 'datacount', 'tag'];
const sections = [];
let importedFuncs = 0;
const bodies = []; // [size] per defined function, in index order
while (pos < bytes.length) {
  const id = bytes[pos++];
  const size = leb();
  const start = pos;
  let name = SECTION_NAMES[id] ?? `id ${id}`;
  if (id === 0) {
    const n = leb();
    name = `custom "${bytes.subarray(pos, pos + n).toString('utf8')}"`;
  } else if (id === 2) {
    const count = leb();
    const str = () => { const n = leb(); pos += n; };
    const limits = () => { const f = bytes[pos++]; leb(); if (f & 1) leb(); };
    for (let i = 0; i < count; i++) {
      str(); str();
      const kind = bytes[pos++];
      if (kind === 0) { leb(); importedFuncs++; }
      else if (kind === 1) { pos++; limits(); }
      else if (kind === 2) limits();
      else if (kind === 3) pos += 2;
      else if (kind === 4) { pos++; leb(); }
    }
  } else if (id === 10) {
    const count = leb();
    for (let i = 0; i < count; i++) {
      const n = leb();
      bodies.push(n);
      pos += n;
    }
  }
  sections.push({ name, size });
  pos = start + size;
}

// ---- names: the symbol map written by the link ----
const symPath = wasmPath.replace(/\.wasm(\.orig)?$/, '.mjs.symbols');
const names = new Map(); // function index -> name
if (existsSync(symPath)) {
  for (const line of readFileSync(symPath, 'utf8').split('\n')) {
    const c = line.indexOf(':');
    // names are demangled with \xx escapes for characters outside [A-Za-z0-9_:<>...]
    if (c > 0) names.set(Number(line.slice(0, c)), line.slice(c + 1).replace(/\\([0-9a-f]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))));
  }
}
const funcs = bodies.map((size, i) => ({ index: importedFuncs + i, size, name: names.get(importedFuncs + i) ?? `$func${importedFuncs + i}` }));

// ---- source files: which object defines each symbol ----
// llvm-nm -C over the three static libraries and the bindings' objects; archive members are
// named by basename (<file>.cpp.o), unique across cpp/ (checked: no two sources share one).
function sources(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.cpp') ? [relative(root, p)] : [];
  });
}
const byBase = new Map(sources(join(root, 'cpp')).map((p) => [p.split('/').pop(), p]));
const definedIn = new Map(); // demangled symbol -> [source files]
const buildDir = dirname(wasmPath);
const inputs = ['libstridelab_core.a', 'libstridelab_lang.a', 'libstridelab_modules.a']
  .map((a) => join(buildDir, a))
  .concat(objects(join(buildDir, 'CMakeFiles/stridelab_engine.dir')))
  .filter((p) => existsSync(p));
function objects(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? objects(p) : p.endsWith('.o') ? [p] : [];
  });
}
for (const input of inputs) {
  let out = '';
  try {
    out = execFileSync('llvm-nm', ['-C', '--defined-only', '--no-sort', input], { encoding: 'utf8', maxBuffer: 1 << 30 });
  } catch {
    console.error(`size-report: llvm-nm failed on ${input} (install Debian's llvm): no per-file table`);
    break;
  }
  let src = input.endsWith('.o') ? (byBase.get(input.split('/').pop().replace(/\.o$/, '')) ?? input) : null;
  for (const line of out.split('\n')) {
    if (line.endsWith('.o:')) {
      const base = line.slice(0, -3);
      src = byBase.get(base) ?? base;
      continue;
    }
    const m = /^\S*\s+[TtWw]\s+(.+)$/.exec(line);
    if (!m || !src) continue;
    const list = definedIn.get(m[1]);
    if (list) { if (!list.includes(src)) list.push(src); } else definedIn.set(m[1], [src]);
  }
}
const perFile = new Map();
for (const f of funcs) {
  const where = definedIn.get(f.name);
  f.file = !where ? '(runtime libraries)' : where.length === 1 ? where[0] : '(shared inline/template code)';
  perFile.set(f.file, (perFile.get(f.file) ?? 0) + f.size);
}

// ---- print ----
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const gz = gzipSync(bytes, { level: 9 }).length;
const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(`${relative(root, wasmPath)}: ${kb(bytes.length)} raw, ${kb(gz)} gzip -9, ${kb(br)} brotli -11`);
if (isSplit) {
  for (const p of splitParts) {
    const b = readFileSync(p);
    console.log(`  split part ${relative(root, p)}: ${kb(b.length)} raw, ${kb(gzipSync(b, { level: 9 }).length)} gzip -9`);
  }
}
console.log(`${funcs.length} functions (${importedFuncs} imported), code ${kb(bodies.reduce((a, b) => a + b, 0))}`);
console.log('\nsections:');
for (const s of sections) console.log(`  ${s.name.padEnd(28)} ${kb(s.size).padStart(10)}`);
if (!names.size) console.log(`\n(no symbol map at ${relative(root, symPath)}: function names unknown; rebuild the wasm)`);
console.log(`\nlargest ${TOP} functions (body bytes):`);
for (const f of [...funcs].sort((a, b) => b.size - a.size).slice(0, TOP))
  console.log(`  ${kb(f.size).padStart(9)}  ${f.name.length > 110 ? f.name.slice(0, 107) + '...' : f.name}  [${f.file}]`);
console.log('\ncode bytes per source file:');
const fileRows = [...perFile].sort((a, b) => b[1] - a[1]);
for (const [file, size] of fileRows) console.log(`  ${kb(size).padStart(9)}  ${file}`);
if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify({ raw: bytes.length, gzip: gz, brotli: br, sections, perFile: Object.fromEntries(fileRows),
    functions: [...funcs].sort((a, b) => b.size - a.size) }, null, 1));
}
