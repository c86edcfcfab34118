#!/usr/bin/env node
// split-engine.mjs — the profile-guided split of the wasm engine (issue 16, CMake option
// SL_WASM_SPLIT). With -sSPLIT_MODULE the emcc link leaves two files in build/wasm:
//   stridelab_engine.wasm.orig   the full, optimised module
//   stridelab_engine.wasm        the same module instrumented by `wasm-split --instrument`
//                                (records which functions run; exports __write_profile)
// This script runs the start-up workload (engine start, a session, the first cells a page
// runs: `import numpy as np; print(np.arange(3))` and the globals/inspect calls the views
// make) on the instrumented module, writes the profile, and has wasm-split cut the full
// module into
//   stridelab_engine.wasm           the start-up module: every function the workload ran
//   stridelab_engine.deferred.wasm  everything else; the start-up module's table holds
//                                   placeholders for it, and the first call of one loads it
//                                   (web/lib/engine.ts, synchronously: a worker or Node).
// The original stays as .wasm.orig (kept: re-running the script is idempotent).
//
//   node scripts/split-engine.mjs [build/wasm]
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = resolve(process.argv[2] || 'build/wasm');
const orig = join(dir, 'stridelab_engine.wasm.orig');
const out = join(dir, 'stridelab_engine.wasm');
const deferred = join(dir, 'stridelab_engine.deferred.wasm');
const instrumented = join(dir, 'stridelab_engine.instrumented.wasm');
const profile = join(dir, 'stridelab_engine.profile');
if (!existsSync(orig)) {
  console.error(`split-engine: ${orig} is missing (configure the wasm build with -DSL_WASM_SPLIT=ON)`);
  process.exit(2);
}
// The link writes the instrumented module to .wasm; a second run finds the split output
// there instead, so the instrumented module is kept under its own name.
const outBytes = readFileSync(out);
if (WebAssembly.Module.exports(new WebAssembly.Module(outBytes)).some((e) => e.name === '__write_profile')) {
  copyFileSync(out, instrumented);
}
if (!existsSync(instrumented)) {
  console.error(`split-engine: no instrumented module in ${dir} (relink the engine)`);
  process.exit(2);
}

// ---- the start-up workload on the instrumented module ----------------------------------
const { default: createEngine } = await import(pathToFileURL(join(dir, 'stridelab_engine.mjs')).href);
let exports = null;
const engine = await createEngine({
  print: () => {},
  printErr: (t) => console.error(t),
  instantiateWasm(imports, receive) {
    const module = new WebAssembly.Module(readFileSync(instrumented));
    const instance = new WebAssembly.Instance(module, imports);
    exports = instance.exports;
    receive(instance, module);
    return instance.exports;
  },
});
// what the page's worker does before and around its first cells (web/lib/worker-handler.ts,
// session.ts): the hosts, a session, the cells, then the views' globals/inspect calls
engine.setInterruptPoll?.(() => 0);
engine.setSleepHost?.(() => {});
engine.setFileHost(() => null, () => true);
const session = new engine.Session(0);
// Plus the interpreter's everyday paths (loops, calls, comprehensions, dicts): what a first
// page runs next (float formatting, f-strings, sorting would cost ~0.3 MB more). A hot path
// cut in two pays an indirect call at every crossing (measured: Python loops 1.1-1.3x slower
// when only the first cell was profiled). Matmul is not profiled: its driver, product() and
// the blocked kernel (matmul_kernel.cpp, called once per product) all land in the deferred
// part together; `a @ b` of 300x300 timed the same either way (min of 9 in Node, loaded
// machine: 41-46 ms unprofiled, 33-60 ms profiled; the ~2x slowdown once seen here did not
// reproduce), and profiling it cost 76 kB of start-up.
const CELLS = [
  'import numpy as np\nprint(np.arange(3))\n',
  'a = np.arange(3)\na\n',
  `def f(x, y=2):
    return x * y + 1
t = 0
for k in range(200):
    t = f(k) - t + k * 2 % 7
    if t > 10 and k < 150:
        t -= 1
rows = [[(r * 31 + c) % 11 for c in range(5)] for r in range(5)]
s = 0
for row in rows:
    for v in row:
        s += v
sq = [x * x + 1 for x in range(50) if x % 3]
d = {}
for w in ['w%d' % (i % 7) for i in range(40)]:
    d[w] = d.get(w, 0) + 1
i = 0
while i < 10:
    i += 1
print(t, s, len(sq), d['w0'], i)
`,
];
for (const code of CELLS) {
  const r = session.run(code, '<cell>');
  if (r.error) throw new Error(`split-engine: the start-up workload failed: ${JSON.stringify(r.error)}`);
}
session.globals();
session.inspect('a');
session.memoryInUse();
session.delete();

// ---- write the profile: 8-byte module hash + 4 bytes per function, into fresh pages -----
const memory = Object.values(exports).find((e) => e instanceof WebAssembly.Memory);
const fnCount = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(instrumented))).length; // lower bound only
const bytes = 8 + 4 * 200000 + 4 * fnCount;
const pages = Math.ceil(bytes / 65536);
const base = memory.grow(pages) * 65536; // beyond everything sbrk handed out
const written = exports.__write_profile(base, pages * 65536);
if (!(written > 8) || written > pages * 65536) throw new Error(`split-engine: __write_profile wrote ${written} bytes`);
writeFileSync(profile, new Uint8Array(memory.buffer, base, written));

// ---- split ----------------------------------------------------------------------------
// The features the engine is built with (emcc strips the target_features section).
const features = ['--enable-simd', '--enable-exception-handling', '--enable-sign-ext', '--enable-mutable-globals',
  '--enable-nontrapping-float-to-int', '--enable-bulk-memory'];
// --placeholder-namespace=p: one import per deferred function reachable through the table
// (~7700); the glue's name `placeholder` would cost ~77 kB of the start-up module
// (web/lib/engine-deferred.ts PLACEHOLDER_MODULE maps the glue's proxy to `p`).
execFileSync('wasm-split', [...features, '--split', `--profile=${profile}`, '--export-prefix=%', '--placeholder-namespace=p',
  '-o1', out, '-o2', deferred, orig], { stdio: 'inherit' });
const size = (f) => readFileSync(f).length;
console.log(`split-engine: start-up ${size(out)} B, deferred ${size(deferred)} B (full ${size(orig)} B)`);
