// The engine's size budget (issue 16): fails when the built wasm grows past the ceiling.
// The ceiling is today's size plus a little room; the targets (startup wasm
// <= 1.5 MB raw / 500 kB gzip, everything <= 3 MB raw) need the lazily loaded second module,
// not built yet — lower these numbers as the engine shrinks, never raise them casually:
// `npm run size` shows where the bytes go.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distLib } from './helpers';

const MB = 1024 * 1024;
// 5.6 -> 5.75 MiB when complex64/128 (every ufunc loop, np.fft), structured/string dtypes and
// numpy.linalg's NumPy 2 names landed together (+4.6 kB over the old ceiling; 5,876,654 B)
const CEILING_RAW = 5.75 * MB;
const CEILING_GZIP = 1.5 * MB;

describe('engine size budget', () => {
  const wasm = readFileSync(`${distLib}stridelab_engine.wasm`);
  it(`the wasm stays under ${CEILING_RAW / MB} MiB raw`, () => {
    expect(wasm.length).toBeLessThanOrEqual(CEILING_RAW);
  });
  it(`the wasm stays under ${CEILING_GZIP / MB} MiB gzip -9`, () => {
    expect(gzipSync(wasm, { level: 9 }).length).toBeLessThanOrEqual(CEILING_GZIP);
  });
});
