// sample-data.ts — the deterministic synthetic stand-ins for the tutorial's data files:
// `gene-lens.npy` (20500 int64 gene lengths) and `expr.npy` (a 20500 x 375 uint32 RNA-seq
// count matrix in Fortran order, like the TCGA melanoma counts the tutorial uses, which
// cannot be redistributed). Also a small .npy writer.
//
// Everything is pure TypeScript (no DOM, no Node), seeded by a 32-bit xoshiro128** so the
// same seed gives the same bytes on every engine and platform. It is written for speed:
// the whole matrix (7.7 M counts) is generated in well under a second.
//
// The model (calibrated on the real gene lengths; counts by the usual RNA-seq shape):
// - lengths: log-normal body with a lighter right shoulder (split normal in log space:
//   median 3000, 5 % ≈ 700, 95 % ≈ 8700), plus a few very short and very long genes,
//   clipped to [30, 115000];
// - per gene an expression level per base (log-normal, wide) — ~12 % of genes nearly
//   silent — times its length gives its share of the reads;
// - per sample a library size (log-normal around 4e7 reads, clipped to [1.2e7, 9e7]);
// - counts are over-dispersed Poisson mixtures (negative-binomial-like: the gamma mixing
//   variable approximated by a log-normal of the same mean and variance), mean = library
//   size x share, dispersion per gene (higher for lowly expressed genes), many zeros.
// It deliberately does not model gene-gene correlation, batches or sample subtypes.

/** xoshiro128** (Blackman & Vigna), seeded by splitmix32. Deterministic, 32-bit integer ops only. */
export class Rng {
  #s0: number;
  #s1: number;
  #s2: number;
  #s3: number;
  #spare = NaN;

  constructor(seed: number) {
    let x = seed >>> 0;
    const next = (): number => {
      // splitmix32
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.#s0 = next();
    this.#s1 = next();
    this.#s2 = next();
    this.#s3 = next();
    if ((this.#s0 | this.#s1 | this.#s2 | this.#s3) === 0) this.#s0 = 1;
  }

  /** Next 32-bit unsigned integer. */
  u32(): number {
    const s1 = this.#s1;
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    this.#s2 ^= this.#s0;
    this.#s3 ^= this.#s1;
    this.#s1 ^= this.#s2;
    this.#s0 ^= this.#s3;
    this.#s2 ^= t;
    this.#s3 = rotl(this.#s3, 11);
    return r;
  }

  /** Fills `out` with the next out.length 32-bit outputs (as int32 bit patterns; same stream as u32()). */
  fill(out: Int32Array): void {
    let s0 = this.#s0, s1 = this.#s1, s2 = this.#s2, s3 = this.#s3;
    for (let i = 0; i < out.length; i++) {
      const m = Math.imul(s1, 5);
      out[i] = Math.imul((m << 7) | (m >>> 25), 9);
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
    }
    this.#s0 = s0;
    this.#s1 = s1;
    this.#s2 = s2;
    this.#s3 = s3;
  }

  /** Uniform in (0, 1) (never exactly 0 or 1: safe for log). */
  uniform(): number {
    return (this.u32() + 0.5) * 2.3283064365386963e-10;
  }

  /** Standard normal (Marsaglia polar method, the second value kept for the next call). */
  normal(): number {
    if (this.#spare === this.#spare) {
      const v = this.#spare;
      this.#spare = NaN;
      return v;
    }
    let u: number, v: number, s: number;
    do {
      u = 2 * this.uniform() - 1;
      v = 2 * this.uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    this.#spare = v * f;
    return u * f;
  }

  /** Gamma(shape k, scale 1) — Marsaglia & Tsang; k < 1 via the k + 1 boost. */
  gamma(k: number): number {
    if (k < 1) return this.gamma(k + 1) * Math.pow(this.uniform(), 1 / k);
    const d = k - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = this.normal();
      let v = 1 + c * x;
      if (v <= 0) continue;
      v = v * v * v;
      const u = this.uniform();
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2) return d * v;
      if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
    }
  }

  /** Poisson(lambda): multiplication method for small means, rounded normal above 15. */
  poisson(lambda: number): number {
    if (lambda <= 0) return 0;
    if (lambda < 15) {
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = this.uniform();
      while (p > limit) {
        k++;
        p *= this.uniform();
      }
      return k;
    }
    const k = Math.round(lambda + Math.sqrt(lambda) * this.normal());
    return k < 0 ? 0 : k;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

export const DEFAULT_SEED = 20500375;
export const N_GENES = 20500;
export const N_SAMPLES = 375;

/** Gene lengths in bases (int64 values, as a BigInt64Array), distributed like human genes. */
export function geneLengths(n = N_GENES, seed = DEFAULT_SEED): BigInt64Array {
  const rng = new Rng(seed ^ 0x51ed270b);
  const out = new BigInt64Array(n);
  const logMedian = Math.log(3000);
  for (let i = 0; i < n; i++) {
    const r = rng.uniform();
    let logLen: number;
    if (r < 0.025) {
      logLen = Math.log(30) + rng.uniform() * (Math.log(700) - Math.log(30)); // short: snoRNA, miRNA hosts...
    } else if (r < 0.035) {
      logLen = Math.log(9000) + rng.uniform() * (Math.log(115000) - Math.log(9000)); // very long genes
    } else {
      const z = rng.normal();
      logLen = logMedian + z * (z < 0 ? 0.84 : 0.62);
    }
    let len = Math.round(Math.exp(logLen));
    if (len < 30) len = 30;
    if (len > 115000) len = 115000;
    out[i] = BigInt(len);
  }
  return out;
}

export interface ExpressionOptions {
  samples?: number;
  seed?: number;
  /** Where to write the counts (length genes x samples), e.g. a view into a .npy buffer. */
  out?: Uint32Array;
}

/** The per-sample library sizes (total reads) the count model aims at; deterministic. */
export function librarySizes(samples = N_SAMPLES, seed = DEFAULT_SEED): Float64Array {
  const rng = new Rng(seed ^ 0x1b5a2f3d);
  const out = new Float64Array(samples);
  for (let s = 0; s < samples; s++) {
    let size = Math.exp(Math.log(4e7) + 0.35 * rng.normal());
    if (size < 1.2e7) size = 1.2e7;
    if (size > 9e7) size = 9e7;
    out[s] = size;
  }
  return out;
}

/**
 * Counts (genes x samples) as a Uint32Array in FORTRAN order: element (g, s) is at
 * g + s * genes, i.e. each sample's column is contiguous, like the tutorial's expr.npy.
 */
export function expressionCounts(
  lengths: ArrayLike<bigint | number>,
  options: ExpressionOptions | number = {},
): Uint32Array {
  const opts = typeof options === 'number' ? { samples: options } : options;
  const samples = opts.samples ?? N_SAMPLES;
  const seed = opts.seed ?? DEFAULT_SEED;
  const genes = lengths.length;
  const rng = new Rng(seed ^ 0x7a3c9e11);

  // per gene: share of the reads and negative-binomial shape (1 / dispersion)
  const share = new Float64Array(genes);
  const shape = new Float64Array(genes);
  let total = 0;
  for (let g = 0; g < genes; g++) {
    let level = 1.9 * rng.normal(); // log expression per base: spans ~5 orders of magnitude
    if (rng.uniform() < 0.12) level -= 7; // nearly silent genes
    const w = Math.exp(level) * Number(lengths[g]);
    share[g] = w;
    total += w;
  }
  for (let g = 0; g < genes; g++) {
    share[g] /= total;
    // dispersion: ~0.1 for well expressed genes, larger (noisier) for rare transcripts
    const meanAt4e7 = share[g] * 4e7;
    const dispersion = (0.08 + 1.5 / Math.sqrt(1 + meanAt4e7)) * Math.exp(0.4 * rng.normal());
    shape[g] = 1 / dispersion;
  }

  const libs = librarySizes(samples, seed);
  const out = opts.out ?? new Uint32Array(genes * samples);
  if (out.length !== genes * samples) throw new RangeError('expressionCounts: out has the wrong length');
  // Hot loop (7.7 M draws): the gamma mixing variable is approximated by a log-normal with
  // the same mean (1) and variance (1 / shape), read from per-gene-class tables (sigma
  // quantized to 64 levels x 2048 quantiles, float32: 512 kB, stays in cache; no exp per
  // count). Poisson draws use one uniform (inversion) for small means and a rounded normal
  // for large ones. A few tens of ns a count instead of ~150 ns with exact samplers.
  const LEVELS = 64;
  const NOISE_BITS = 11;
  const Q = 1 << NOISE_BITS;
  const sigma = new Float64Array(genes);
  let sigLo = Infinity;
  let sigHi = 0;
  for (let g = 0; g < genes; g++) {
    sigma[g] = Math.sqrt(Math.log(1 + 1 / shape[g]));
    if (sigma[g] < sigLo) sigLo = sigma[g];
    if (sigma[g] > sigHi) sigHi = sigma[g];
  }
  const step = sigHi > sigLo ? (sigHi - sigLo) / (LEVELS - 1) : 1;
  const quant = normalTable();
  const noise = new Float32Array(LEVELS * Q);
  for (let l = 0; l < LEVELS; l++) {
    const sg = sigLo + l * step;
    for (let i = 0; i < Q; i++) noise[l * Q + i] = Math.exp(sg * normalQuantile((i + 0.5) / Q) - (sg * sg) / 2);
  }
  const row = new Int32Array(genes); // start of each gene's noise table
  for (let g = 0; g < genes; g++) row[g] = Math.round((sigma[g] - sigLo) / step) * Q;
  const shift = 32 - NOISE_BITS;
  // two random words per count (mixing noise; then the Poisson uniform OR normal), drawn a
  // column at a time in one tight loop
  const words = new Int32Array(2 * genes);
  for (let s = 0; s < samples; s++) {
    const lib = libs[s];
    const col = s * genes;
    rng.fill(words);
    for (let g = 0; g < genes; g++) {
      const lambda = lib * share[g] * noise[row[g] + (words[2 * g] >>> shift)];
      let c: number;
      if (lambda < 15) {
        const u = ((words[2 * g + 1] >>> 0) + 0.5) * 2.3283064365386963e-10;
        let p = Math.exp(-lambda);
        let f = p;
        c = 0;
        while (u > f && c < 200) {
          c++;
          p *= lambda / c;
          f += p;
        }
      } else {
        c = Math.round(lambda + Math.sqrt(lambda) * tableNormal(words[2 * g + 1], quant));
        if (c < 0) c = 0;
      }
      out[col + g] = c > 0xffffffff ? 0xffffffff : c;
    }
  }
  return out;
}

const TABLE_BITS = 12;
let normalTableCache: Float64Array | null = null;

/** Standard normal quantiles at (i + 0.5) / 2^TABLE_BITS, plus one entry to interpolate to. */
function normalTable(): Float64Array {
  if (normalTableCache) return normalTableCache;
  const n = 1 << TABLE_BITS;
  const t = new Float64Array(n + 1);
  for (let i = 0; i <= n; i++) t[i] = normalQuantile(Math.min((i + 0.5) / n, 1 - 0.5 / n));
  normalTableCache = t;
  return t;
}

/** A normal draw from the table: top bits pick the cell, the low bits interpolate. */
function tableNormal(word: number, t: Float64Array): number {
  const u = word >>> 0;
  const i = u >>> (32 - TABLE_BITS);
  const frac = (u & ((1 << (32 - TABLE_BITS)) - 1)) * (1 / (1 << (32 - TABLE_BITS)));
  return t[i] + (t[i + 1] - t[i]) * frac;
}

/** Inverse of the standard normal CDF (Acklam's rational approximation, rel. error < 1.2e-9). */
function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - lo) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

// ---- .npy (format version 1.0) ----

export type NpyData = Uint8Array | Int8Array | Uint16Array | Int16Array | Uint32Array | Int32Array | Float32Array | Float64Array | BigInt64Array | BigUint64Array;

function descrOf(data: NpyData): string {
  if (data instanceof Uint8Array) return '|u1';
  if (data instanceof Int8Array) return '|i1';
  if (data instanceof Uint16Array) return '<u2';
  if (data instanceof Int16Array) return '<i2';
  if (data instanceof Uint32Array) return '<u4';
  if (data instanceof Int32Array) return '<i4';
  if (data instanceof Float32Array) return '<f4';
  if (data instanceof Float64Array) return '<f8';
  if (data instanceof BigInt64Array) return '<i8';
  return '<u8';
}

/** The header of a .npy file (version 1.0, padded with spaces to a multiple of 64 bytes like NumPy). */
export function npyHeader(descr: string, shape: readonly number[], fortranOrder = false): Uint8Array {
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  let header = `{'descr': '${descr}', 'fortran_order': ${fortranOrder ? 'True' : 'False'}, 'shape': ${shapeText}, }`;
  const unpadded = 10 + header.length + 1;
  header += ' '.repeat((64 - (unpadded % 64)) % 64) + '\n';
  const out = new Uint8Array(10 + header.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0], 0); // \x93NUMPY v1.0
  out[8] = header.length & 0xff;
  out[9] = header.length >>> 8;
  for (let i = 0; i < header.length; i++) out[10 + i] = header.charCodeAt(i);
  return out;
}

/**
 * A .npy file holding `data` with `shape`: `data` is in C order, or in Fortran order when
 * `fortranOrder`. Assumes a little-endian host (every browser and Node platform in use is).
 */
export function encodeNpy(data: NpyData, shape: readonly number[], fortranOrder = false): Uint8Array {
  const count = shape.reduce((a, b) => a * b, 1);
  if (count !== data.length) throw new RangeError(`encodeNpy: shape (${shape.join(', ')}) needs ${count} elements, got ${data.length}`);
  const header = npyHeader(descrOf(data), shape, fortranOrder);
  const out = new Uint8Array(header.length + data.byteLength);
  out.set(header, 0);
  out.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), header.length);
  return out;
}

/** The sample files every playground session can open, by name. */
export const SAMPLE_FILES = ['gene-lens.npy', 'expr.npy'] as const;
export type SampleFileName = (typeof SAMPLE_FILES)[number];

export function isSampleFile(path: string): path is SampleFileName {
  const p = path.startsWith('./') ? path.slice(2) : path;
  return (SAMPLE_FILES as readonly string[]).includes(p);
}

/** Generates the bytes of a sample file (deterministic; expr.npy takes a few hundred ms). */
export function sampleFile(name: SampleFileName, seed = DEFAULT_SEED): Uint8Array {
  const p = (name.startsWith('./') ? name.slice(2) : name) as SampleFileName;
  const lens = geneLengths(N_GENES, seed);
  if (p === 'gene-lens.npy') return encodeNpy(lens, [N_GENES]);
  // counts written straight into the file's buffer (the header length is a multiple of 64)
  const header = npyHeader('<u4', [N_GENES, N_SAMPLES], true);
  const file = new Uint8Array(header.length + N_GENES * N_SAMPLES * 4);
  file.set(header, 0);
  expressionCounts(lens, { samples: N_SAMPLES, seed, out: new Uint32Array(file.buffer, header.length, N_GENES * N_SAMPLES) });
  return file;
}
