// numpy-coverage.test.ts — the NumPy name list and the coverage table are current, and the
// engine's gap messages behave as documented (through the built package).
//   - cpp/modules/numpy/numpy_public_names.txt equals what scripts/numpy_names.py generates
//     from the reference NumPy and the hand-kept delta;
//   - docs/numpy-coverage.md equals what scripts/numpy_coverage.mjs renders from the engine:
//     adding (or losing) a NumPy name in the engine without regenerating the table fails here.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPackage, repoRoot } from './helpers';
// @ts-ignore -- plain ESM script shared with the CLI; no type declarations
import * as coverage from '../../scripts/numpy_coverage.mjs';

describe('NumPy names and coverage table', () => {
  it('numpy_public_names.txt is what scripts/numpy_names.py generates', () => {
    const r = spawnSync('/usr/bin/python3', ['scripts/numpy_names.py', '--check'], { cwd: repoRoot, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toContain('is current');
    expect(r.status).toBe(0);
  });

  it('docs/numpy-coverage.md is current (node scripts/numpy_coverage.mjs regenerates it)', async () => {
    const text: string = await coverage.renderCoverage('wasm');
    expect(fs.readFileSync(coverage.TABLE_FILE, 'utf8'),
      'docs/numpy-coverage.md is stale: run `node scripts/numpy_coverage.mjs` (or with --engine native)').toBe(text);
  });

  it('the README links the coverage table', () => {
    expect(fs.readFileSync(`${repoRoot}README.md`, 'utf8')).toContain('docs/numpy-coverage.md');
  });

  it('gap, removed and unknown names raise what the table promises', async () => {
    const { createSession } = await loadPackage();
    const s = await createSession();
    const { names } = coverage.readNames();
    const missing = (await s.run('import numpy as np\nnp.ma')).error;
    if (names.some((n: { module: string; name: string }) => n.module === 'numpy' && n.name === 'ma'))
      expect(missing).toMatchObject({ type: 'NotImplementedError', message: 'numpy.ma is not available in stridelab yet' });
    expect((await s.run('np.float_')).error).toMatchObject({
      type: 'AttributeError',
      message: '`np.float_` was removed in the NumPy 2.0 release. Use `np.float64` instead.',
    });
    const unknown = (await s.run('np.zeroes')).error;
    expect(unknown?.type).toBe('AttributeError');
    expect(unknown?.message).toContain("module 'numpy' has no attribute 'zeroes'");
  });
});
