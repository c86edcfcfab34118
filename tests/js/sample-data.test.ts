// sample-data.test.ts — the synthetic stand-ins for the tutorial's data (dist-lib/sample-data.js):
// deterministic, the right shape/dtype/order, gene lengths distributed like the REAL
// gene-length vector (../shared/data/gene-lens.npy, read here only for comparison: never
// copied or shipped), library sizes of tens of millions of reads, and a .npy layout that the
// engine's np.load reads back.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distLib, loadPackage, repoRoot } from './helpers';

type SampleData = typeof import('../../dist-lib/sample-data.js');
const sd: SampleData = await import(`${distLib}sample-data.js`);

const realLensPath = `${repoRoot}../shared/data/gene-lens.npy`;

/** Minimal .npy reader for the test: header dict + raw data bytes. */
function parseNpy(bytes: Uint8Array): { descr: string; fortran: boolean; shape: number[]; data: Uint8Array } {
  expect([...bytes.subarray(0, 6)]).toEqual([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]);
  const major = bytes[6];
  const headerLen = major === 1 ? bytes[8] | (bytes[9] << 8) : bytes[8] | (bytes[9] << 8) | (bytes[10] << 16) | (bytes[11] << 24);
  const start = major === 1 ? 10 : 12;
  const header = new TextDecoder().decode(bytes.subarray(start, start + headerLen));
  const descr = /'descr':\s*'([^']+)'/.exec(header)![1];
  const fortran = /'fortran_order':\s*True/.test(header);
  const shape = /'shape':\s*\(([^)]*)\)/.exec(header)![1].split(',').map((x) => x.trim()).filter(Boolean).map(Number);
  const offset = start + headerLen;
  expect(offset % 16).toBe(0); // NumPy >= 1.?? pads to 64, older files to 16
  return { descr, fortran, shape, data: bytes.subarray(offset) };
}

function quantile(sorted: Float64Array, q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function sortedNumbers(xs: ArrayLike<bigint | number>): Float64Array {
  const out = Float64Array.from({ length: xs.length }, (_, i) => Number(xs[i]));
  return out.sort();
}

describe('the seeded generator', () => {
  it('is deterministic and seed-dependent', () => {
    const a = new sd.Rng(42);
    const b = new sd.Rng(42);
    const c = new sd.Rng(43);
    const xs = Array.from({ length: 8 }, () => a.u32());
    expect(Array.from({ length: 8 }, () => b.u32())).toEqual(xs);
    expect(Array.from({ length: 8 }, () => c.u32())).not.toEqual(xs);
    const words = new Int32Array(8);
    new sd.Rng(42).fill(words);
    expect([...words].map((w) => w >>> 0)).toEqual(xs);
  });
});

describe('gene-lens.npy', () => {
  const file = sd.sampleFile('gene-lens.npy');
  const npy = parseNpy(file);
  const lens = new BigInt64Array(npy.data.slice().buffer);

  it('is int64 of shape (20500,), header padded to 64 bytes like NumPy', () => {
    expect((file[8] | (file[9] << 8)) + 10).toBe(128);
    expect(npy.descr).toBe('<i8');
    expect(npy.fortran).toBe(false);
    expect(npy.shape).toEqual([20500]);
    expect(lens.length).toBe(20500);
  });

  it('is the same on every call', () => {
    expect(sd.sampleFile('gene-lens.npy')).toEqual(file);
    expect(sd.geneLengths(100, 7)).toEqual(sd.geneLengths(100, 7));
    expect(sd.geneLengths(100, 7)).not.toEqual(sd.geneLengths(100, 8));
  });

  it.runIf(existsSync(realLensPath))(
    'has the quantiles of the real gene lengths (±20 %)' + (existsSync(realLensPath) ? '' : ` (skipped: ${realLensPath} is absent)`),
    () => {
    const real = sortedNumbers(new BigInt64Array(parseNpy(new Uint8Array(readFileSync(realLensPath))).data.slice().buffer));
    const ours = sortedNumbers(lens);
    for (const q of [0.05, 0.5, 0.95]) {
      const r = quantile(real, q);
      const o = quantile(ours, q);
      expect(Math.abs(o - r) / r, `quantile ${q}: ours ${o}, real ${r}`).toBeLessThanOrEqual(0.2);
    }
    const magnitude = (x: number) => Math.floor(Math.log10(x));
    expect(magnitude(ours[0])).toBe(magnitude(real[0]));
    expect(magnitude(ours[ours.length - 1])).toBe(magnitude(real[real.length - 1]));
    },
  );
});

describe('expr.npy', () => {
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const file = sd.sampleFile('expr.npy');
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpu0);
  // wall time depends on machine load; CPU time is the generator's own cost
  console.log(`expr.npy: ${file.length} bytes generated in ${elapsed.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU (Node)`);
  const npy = parseNpy(file);
  const counts = new Uint32Array(npy.data.slice().buffer);
  const [genes, samples] = [20500, 375];

  it('is uint32 (20500, 375) in Fortran order', () => {
    expect(npy.descr).toBe('<u4');
    expect(npy.fortran).toBe(true);
    expect(npy.shape).toEqual([genes, samples]);
    expect(counts.length).toBe(genes * samples);
  });

  it('is deterministic', () => {
    const lens = sd.geneLengths();
    const again = sd.expressionCounts(lens, { samples: 3 });
    expect(sd.expressionCounts(lens, { samples: 3 })).toEqual(again);
    expect(sd.expressionCounts(lens, { samples: 3, seed: 1 })).not.toEqual(again);
  });

  it('has library sizes of tens of millions of reads that vary across samples', () => {
    const libs: number[] = [];
    for (let s = 0; s < samples; s++) {
      let sum = 0;
      for (let g = 0; g < genes; g++) sum += counts[s * genes + g];
      libs.push(sum);
    }
    const lo = Math.min(...libs);
    const hi = Math.max(...libs);
    expect(lo).toBeGreaterThanOrEqual(1e7);
    expect(hi).toBeLessThanOrEqual(1e8);
    expect(hi / lo).toBeGreaterThan(2);
  });

  it('is over-dispersed, length dependent and has many low genes', () => {
    const lens = sd.geneLengths();
    let zeros = 0;
    const means = new Float64Array(genes);
    const ratios: number[] = [];
    for (let g = 0; g < genes; g++) {
      let sum = 0;
      let sq = 0;
      for (let s = 0; s < samples; s++) {
        const c = counts[s * genes + g];
        sum += c;
        sq += c * c;
        if (c === 0) zeros++;
      }
      const mean = sum / samples;
      means[g] = mean;
      if (mean > 10) ratios.push((sq / samples - mean * mean) / mean);
    }
    expect(zeros / counts.length).toBeGreaterThan(0.03); // many zeros
    const low = means.filter((m) => m < 1).length / genes;
    expect(low).toBeGreaterThan(0.05);
    ratios.sort((a, b) => a - b);
    expect(ratios[ratios.length >> 1]).toBeGreaterThan(5); // variance >> mean (Poisson would be 1)
    // longer genes collect more reads: mean count of the longest third > 2x the shortest third
    const order = [...lens.keys()].sort((a, b) => Number(lens[a] - lens[b]));
    const third = Math.floor(genes / 3);
    const avg = (idx: number[]) => idx.reduce((acc, g) => acc + means[g], 0) / idx.length;
    expect(avg(order.slice(-third))).toBeGreaterThan(2 * avg(order.slice(0, third)));
  });

  it('is read by the engine: np.load gives the same shape, dtype, order and sums', async () => {
    const pkg = await loadPackage();
    const s = await pkg.createSession();
    s.writeFile('expr-test.npy', file);
    s.writeFile('lens-test.npy', sd.sampleFile('gene-lens.npy'));
    const r = s.run(
      "import numpy as np\ne = np.load('expr-test.npy')\nl = np.load('lens-test.npy')\n" +
        'print(e.shape, e.dtype, e.flags.f_contiguous, l.dtype, l.shape)\nprint(int(e[:, 0].sum()), int(e[5, :].sum()))',
    );
    expect(r.error).toBeUndefined();
    let col0 = 0;
    for (let g = 0; g < genes; g++) col0 += counts[g];
    let row5 = 0;
    for (let s2 = 0; s2 < samples; s2++) row5 += counts[s2 * genes + 5];
    expect(r.stdout).toBe(`(20500, 375) uint32 True int64 (20500,)\n${col0} ${row5}\n`);
    s.close();
  });
});
