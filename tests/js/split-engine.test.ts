// A split engine (CMake SL_WASM_SPLIT, issue 16): the start-up module alone runs a page's
// first cell; the deferred part is found next to it (or given as bytes) and loaded on the
// first call into it, and C++ exceptions cross between the two (a LinAlgError raised in the
// deferred part is caught by the interpreter in the start-up part). Skipped when the
// package's engine is not split.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { distLib, loadPackage } from './helpers';

const split = existsSync(`${distLib}stridelab_engine.deferred.wasm`);
const pkg = await loadPackage();
const dir = mkdtempSync(join(tmpdir(), 'stridelab-split-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const linalgCell = 'import numpy as np\ntry:\n    np.linalg.inv(np.zeros((2, 2)))\nexcept np.linalg.LinAlgError as e:\n    print("caught", e)\nprint(np.linalg.svd(np.eye(2))[1])';

describe.skipIf(!split)('split engine', () => {
  it('runs the first cell with the start-up module alone', async () => {
    // a directory without the deferred part: nothing of it may be needed for this cell
    copyFileSync(`${distLib}stridelab_engine.wasm`, join(dir, 'alone.wasm'));
    const s = await pkg.createSession({ wasmUrl: pathToFileURL(join(dir, 'alone.wasm')) });
    expect(s.run('import numpy as np\nprint(np.arange(3))').stdout).toBe('[0 1 2]\n');
    s.close();
  });

  it('finds the deferred part next to wasmUrl and loads it on first use', async () => {
    copyFileSync(`${distLib}stridelab_engine.wasm`, join(dir, 'e.wasm'));
    copyFileSync(`${distLib}stridelab_engine.deferred.wasm`, join(dir, 'e.deferred.wasm'));
    const s = await pkg.createSession({ wasmUrl: pathToFileURL(join(dir, 'e.wasm')) });
    const r = s.run(linalgCell);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('caught Singular matrix\n[1. 1.]\n');
    s.close();
  });

  it('takes both parts as bytes', async () => {
    const s = await pkg.createSession({
      wasmBinary: readFileSync(`${distLib}stridelab_engine.wasm`),
      wasmDeferredBinary: readFileSync(`${distLib}stridelab_engine.deferred.wasm`),
    });
    expect(s.run(linalgCell).stdout).toBe('caught Singular matrix\n[1. 1.]\n');
    s.close();
  });
});
