// The float64 transcendental loops (exp, sin, cos, tanh and power are our own
// vectorised kernels, cpp/core/vmath.hpp; the rest the C library) against the reference
// NumPy (/usr/bin/python3 without its AVX-512/SVML loops), 10^6 random values per function over ranges where each function is delicate (tiny and huge
// arguments, poles, trig reduction): every result must be within 1 ulp of NumPy's (the
// printed repr can then differ only where NumPy's own libm is not correctly rounded), and
// the count of results that are not bit-identical is reported. The engine writes its
// results with np.save; Python reads them and counts. Skips without /usr/bin/python3 + NumPy + mpmath.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'stridelab-ulp-'));
const N = 1_000_000;

// name -> Python expression over the inputs built by INPUTS (same seed in both engines)
const CASES: Record<string, string> = {
  exp: 'np.exp(w)',
  log: 'np.log(p)',
  log1p: 'np.log1p(q)',
  sin: 'np.sin(t)',
  cos: 'np.cos(t)',
  tanh: 'np.tanh(w)',
  sqrt: 'np.sqrt(p)',
  power: 'np.power(u, v)',
  expm1: 'np.expm1(w)',
  // the vmath kernels' other paths: tanh's small-argument polynomial and its exp-based
  // branch near the switch (|x| = 0.125), power with one exponent, float_power (power's loop)
  tanh_mid: 'np.tanh(h)',
  power_scalar: 'np.power(u, 1.7)',
  float_power: 'np.float_power(u, v)',
};
const INPUTS = `import numpy as np
np.seterr(all="ignore")  # exp/expm1 overflow on purpose
rs = np.random.RandomState(20261207)
n = ${N}
w = np.concatenate([rs.uniform(-20, 20, n // 2), rs.uniform(-740, 710, n // 4), rs.uniform(-1e-6, 1e-6, n - n // 2 - n // 4)])
p = np.ldexp(rs.uniform(0.5, 1, n), rs.randint(-1000, 1000, n))  # exact: no libm in the inputs
q = np.concatenate([rs.uniform(-0.999, 2, n // 2), np.ldexp(rs.uniform(0.5, 1, n - n // 2), rs.randint(-70, 70, n - n // 2))])
t = np.concatenate([rs.uniform(-10, 10, n // 2), rs.uniform(-1e6, 1e6, n // 4), rs.uniform(-1e-5, 1e-5, n - n // 2 - n // 4)])
u = rs.uniform(0, 50, n)
v = rs.uniform(-30, 30, n)
h = np.concatenate([rs.uniform(-1, 1, n // 2), rs.uniform(-0.25, 0.25, n - n // 2)])
`;

const hasNumpy = existsSync('/usr/bin/python3') &&
  spawnSync('/usr/bin/python3', ['-c', 'import numpy, mpmath'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasNumpy)('transcendental loops vs NumPy', () => {
  it('10^6 values per function: every result within 1 ulp of NumPy', () => {
    const prog = join(dir, 'engine.py');
    const saves = Object.entries(CASES).map(([name, expr]) => `np.save(${JSON.stringify(join(dir, name + '.npy'))}, ${expr})`);
    writeFileSync(prog, INPUTS + saves.join('\n') + '\n');
    const r = spawnSync(process.execPath, [cliPath, 'run', prog], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // Where the engine and NumPy differ, both are measured against the correctly rounded
    // value (mpmath, 200 bits): the engine must be within 1 ulp of it.
    const compare = `import json, warnings
import mpmath
mpmath.mp.prec = 200
warnings.simplefilter('ignore')
${INPUTS}
MP = {'exp': (mpmath.exp, 'w'), 'log': (mpmath.log, 'p'), 'log1p': (mpmath.log1p, 'q'), 'sin': (mpmath.sin, 't'),
      'cos': (mpmath.cos, 't'), 'tanh': (mpmath.tanh, 'w'), 'sqrt': (mpmath.sqrt, 'p'),
      'power': (lambda x, y: mpmath.power(x, y), 'uv'), 'expm1': (mpmath.expm1, 'w'),
      'tanh_mid': (mpmath.tanh, 'h'), 'power_scalar': (lambda x: mpmath.power(x, mpmath.mpf(1.7)), 'u'),
      'float_power': (lambda x, y: mpmath.power(x, y), 'uv')}
def ordered(x):
    a = np.asarray(x, dtype=np.float64).view(np.int64)
    return np.where(a < 0, np.int64(-2**63) - a, a)
out = {}
for name, expr in ${JSON.stringify(Object.entries(CASES))}:
    ref = eval(expr)
    got = np.load(${JSON.stringify(dir)} + '/' + name + '.npy')
    same = (ref.view(np.int64) == got.view(np.int64)) | (np.isnan(ref) & np.isnan(got))
    idx = np.flatnonzero(~same)
    fn, names = MP[name]
    args = [globals()[c] for c in names]
    exact = np.array([float(fn(*[mpmath.mpf(float(a[i])) for a in args])) for i in idx], dtype=np.float64)
    def worst(vals):
        if idx.size == 0: return 0
        d = np.abs(ordered(vals) - ordered(exact))
        return int(d.max())
    out[name] = {'differ': int(idx.size), 'engine_ulp': worst(got[idx]), 'numpy_ulp': worst(ref[idx])}
print(json.dumps(out))
`;
    // NumPy's SIMD dispatch (SVML under AVX-512, its own tanh, up to 4 ulp) is turned off:
    // the reference is NumPy's libm path, as on the baseline x86-64 the goldens assume
    const env = { ...process.env, NPY_DISABLE_CPU_FEATURES: 'AVX512F AVX512CD AVX512_SKX AVX512_CLX AVX512_CNL AVX512_ICL AVX2 FMA3 F16C AVX FMA4 POPCNT SSE42 SSE41 SSSE3' };
    const py = spawnSync('/usr/bin/python3', ['-c', compare], { encoding: 'utf8', timeout: 120_000, env });
    expect(py.stderr).toBe('');
    const res = JSON.parse(py.stdout) as Record<string, { differ: number; engine_ulp: number; numpy_ulp: number }>;
    console.log(`not bit-identical to NumPy (of ${N}; worst ulp from correctly rounded, engine/NumPy): ` +
      Object.entries(res).map(([k, v]) => `${k} ${v.differ} (${v.engine_ulp}/${v.numpy_ulp})`).join(', '));
    for (const [name, v] of Object.entries(res)) expect({ name, ulp: v.engine_ulp }).toEqual({ name, ulp: Math.min(v.engine_ulp, 1) });
  });
});
