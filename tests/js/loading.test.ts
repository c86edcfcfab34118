// How the built package finds its engine in Node: next to the module by default, or from
// explicit bytes / a URL; failures are clear errors, not hangs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distLib, loadPackage } from './helpers';

const pkg = await loadPackage();

describe('engine loading', () => {
  it('loads from explicit wasm bytes', async () => {
    const s = await pkg.createSession({ wasmBinary: readFileSync(`${distLib}stridelab_engine.wasm`) });
    expect(s.run('2 ** 10').value).toBe('1024');
    s.close();
  });

  it('loads from an explicit file URL', async () => {
    const s = await pkg.createSession({ wasmUrl: new URL(`file://${distLib}stridelab_engine.wasm`) });
    expect(s.run('print("ok")').stdout).toBe('ok\n');
    s.close();
  });

  it('rejects with a clear error when the wasm is missing', async () => {
    await expect(pkg.createSession({ wasmUrl: `file://${distLib}no-such-engine.wasm` })).rejects.toThrow(/ENOENT|no such file/);
  });

  it('shares one engine between default sessions but not their globals', async () => {
    const [s1, s2] = await Promise.all([pkg.createSession(), pkg.createSession()]);
    s1.run('import numpy as np\nq = np.zeros(2)');
    s2.run('import numpy as np\nq = np.zeros(2)');
    // one module: buffer ids are unique across its sessions
    expect(s1.inspect('q')!.bufferId).not.toBe(s2.inspect('q')!.bufferId);
    s1.close();
    s2.close();
  });
});
