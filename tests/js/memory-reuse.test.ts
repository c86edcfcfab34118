// The engine gives a deleted array's memory back for reuse (issue 16 item 4): a 500 MB
// array made in one cell and deleted in the next, again and again, in a worker session (as
// the page runs it) grows the wasm memory once, never again; the session's count of bytes
// in use returns to where it was. Through WorkerSession.memory(), the request the bench's
// memory column uses. Also true of `a = np.empty(N); del a` in ONE cell, repeated, and of a
// result rebound run after run (`z = x + y`): freed array blocks wait in a small cache
// (cpp/core/large_blocks.hpp) instead of becoming free heap that the interpreter's small
// objects are carved from (which made the next array of the same size grow the memory).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkerSession } from '../../dist-lib/index.js';
import { loadPackage } from './helpers';

let s: WorkerSession;

beforeAll(async () => {
  const pkg = await loadPackage();
  s = await pkg.createWorkerSession({ sampleData: false });
});
afterAll(() => s?.close());

async function ok(code: string): Promise<void> {
  const r = await s.run(code);
  if (r.error) throw new Error(`unexpected error running ${JSON.stringify(code)}:\n${r.error.traceback}`);
}

describe('memory release', () => {
  it('reuses a deleted 500 MB array: repeated alloc/del does not grow the wasm memory', async () => {
    await ok('import numpy as np');
    const idle = await s.memory();
    // 62,500,000 float64 = 500 MB (np.empty: no time spent filling; one cycle writes every byte)
    await ok('a = np.empty(62_500_000)');
    await ok('del a');
    const first = await s.memory();
    expect(first.wasmBytes).toBeGreaterThanOrEqual(500e6);
    expect(first.inUse).toBeLessThan(idle.inUse + 1e6);
    for (const [make, drop] of [['a = np.empty(62_500_000)', 'del a'], ['b = np.empty((25_000, 2_500))', 'b = None'], ['c = np.ones(62_500_000)', 'del c']]) {
      await ok(make);
      await ok(drop);
      const now = await s.memory();
      expect(now.wasmBytes, make).toBe(first.wasmBytes);
      expect(now.inUse, make).toBeLessThan(idle.inUse + 1e6);
    }
  });

  it('reuses a block freed in the same cell, and a rebound result of the same size', async () => {
    await ok('a = np.empty(62_500_000); del a');
    const first = await s.memory();
    for (let i = 0; i < 3; i++) {
      await ok('a = np.empty(62_500_000); del a');
      expect((await s.memory()).wasmBytes, `one-cell cycle ${i}`).toBe(first.wasmBytes);
    }
    // the bench's W3: z is rebound while the previous z is alive, so two blocks alternate
    await ok('x = np.ones((300, 500)); y = np.ones(80)');
    await ok('z = x[:, :, None] + y');
    await ok('z = x[:, :, None] + y');
    const two = await s.memory();
    for (let i = 0; i < 4; i++) {
      await ok('z = x[:, :, None] + y');
      expect((await s.memory()).wasmBytes, `rebound result ${i}`).toBe(two.wasmBytes);
    }
  });
});
