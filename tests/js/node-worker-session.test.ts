// createWorkerSession() in Node: the engine in a worker_threads thread behind the same
// client as in browsers — runs, inspects, files, interrupt() of a runaway loop (restart +
// replay), and an idle session that does not keep the process alive.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { distLib, loadPackage } from './helpers';

const pkg = await loadPackage();

describe('createWorkerSession in Node (worker_threads)', () => {
  it('runs cells, inspects arrays and reads files in a worker thread', async () => {
    const s = await pkg.createWorkerSession();
    try {
      const r = await s.run('import numpy as np\na = np.arange(6, dtype=np.int16).reshape(2, 3)\na.T.strides');
      expect(r.value).toBe('(2, 6)');
      expect(r.figures).toEqual([]);
      const info = await s.inspect('a');
      expect(info?.shape).toEqual([2, 3]);
      expect([...(await s.readBytes(info!.bufferId, 0, 4))]).toEqual([0, 0, 1, 0]);
      await s.writeFile('x.txt', '1 2\n3 4\n');
      expect((await s.run('np.loadtxt("x.txt").sum()')).value).toBe('np.float64(10.0)');
      // the sample data is mounted in Node worker sessions too
      expect((await s.run('np.load("gene-lens.npy").shape')).value).toBe('(20500,)');
    } finally {
      s.close();
    }
  });

  it('interrupt() stops a runaway loop and restores the globals', async () => {
    const s = await pkg.createWorkerSession();
    try {
      await s.run('k = 41');
      const running = s.run('while True:\n    pass');
      await new Promise((ok) => setTimeout(ok, 200));
      expect(s.busy).toBe(true);
      await s.interrupt();
      const r = await running;
      expect(r.error?.type).toBe('KeyboardInterrupt');
      expect((await s.run('k + 1')).value).toBe('42');
    } finally {
      s.close();
    }
  });

  it('an idle session lets the process exit', () => {
    const code = `import { createWorkerSession } from '${distLib}index.js';
const s = await createWorkerSession();
console.log((await s.run('1 + 1')).value);`;
    const p = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', timeout: 30_000 });
    expect(p.status).toBe(0);
    expect(p.stdout.trim()).toBe('2');
  });
});
