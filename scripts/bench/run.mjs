#!/usr/bin/env node
// `npm run bench`: every workload under stridelab (Node, through the built package and the
// interpreter) and under native CPython + NumPy (/usr/bin/python3), side by side in one run.
// 1 warm-up + median of 5 per engine; outputs of `check` must agree (else the row is
// flagged). Prints a table of times and ratios and the geometric mean of the NumPy rows.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { workloads } from './workloads.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const { createSession } = await import(path.join(root, 'dist-lib/index.js'));
const REPS = 5;
const only = process.argv.slice(2);

const PY_HARNESS = `
import sys, json, time, io, contextlib
w = json.loads(sys.stdin.read())
g = {}
exec(w['setup'], g)
times = []
for k in range(${REPS} + 1):
    t0 = time.perf_counter()
    exec(w['run'], g)
    times.append(time.perf_counter() - t0)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    exec(w['check'], g)
print(json.dumps({'times': times[1:], 'check': buf.getvalue()}))
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

async function runStridelab(w) {
  const s = await createSession({ memoryLimit: 3 * 1024 ** 3 });
  const setup = s.run(w.setup || 'pass');
  if (setup.error) return { error: `${setup.error.type}: ${setup.error.message}` };
  const times = [];
  for (let k = 0; k < REPS + 1; k++) {
    const t0 = performance.now();
    const r = s.run(w.run);
    const t = (performance.now() - t0) / 1000;
    if (r.error) return { error: `${r.error.type}: ${r.error.message}` };
    times.push(t);
  }
  const c = s.run(w.check);
  if (c.error) return { error: `${c.error.type}: ${c.error.message}` };
  s.close();
  return { times: times.slice(1), check: c.stdout };
}

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
              npCheck: np.check, slCheck: sl.check });
  const fmt = (x) => (x == null ? '   -    ' : `${(x * 1000).toFixed(1).padStart(8)}`);
  console.log(`${w.name.padEnd(30)} numpy ${fmt(rows.at(-1).np)} ms  stridelab ${fmt(rows.at(-1).sl)} ms  ratio ${ratio == null ? '  -  ' : ratio.toFixed(2).padStart(5)}x  ${note}`);
  if (note === 'OUTPUT MISMATCH') console.log(`   numpy:     ${JSON.stringify(np.check)}\n   stridelab: ${JSON.stringify(sl.check)}`);
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
