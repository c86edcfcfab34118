// The worker's request handler (transport-free, so it runs in Node): typed requests with
// ids in, structured-cloneable responses out.
import { describe, expect, it } from 'vitest';
import { distLib } from './helpers';

const { createRequestHandler } = (await import(`${distLib}worker-handler.js`)) as typeof import('../../dist-lib/worker-handler.js');

describe('worker request handler', () => {
  it('serves init, run, inspect, readBytes and globals', async () => {
    const handle = createRequestHandler();
    expect((await handle({ id: 1, kind: 'init', options: {} })).response).toEqual({ id: 1, kind: 'init', ok: true, result: null });
    const run = await handle({ id: 2, kind: 'run', code: 'import numpy as np\na = np.arange(4, dtype=np.int16)\na.shape' });
    expect(run.response).toEqual({ id: 2, kind: 'run', ok: true, result: { stdout: "", value: "(4,)", figures: [], ops: expect.any(Array) }, effects: expect.any(Object) });

    const inspect = await handle({ id: 3, kind: 'inspect', name: 'a' });
    expect(inspect.response.ok).toBe(true);
    const info = (inspect.response as { result: { bufferId: number; shape: number[] } }).result;
    expect(info.shape).toEqual([4]);
    // must survive postMessage: structured clone throws on functions
    expect(() => structuredClone(inspect.response)).not.toThrow();

    const bytes = await handle({ id: 4, kind: 'readBytes', bufferId: info.bufferId, start: 0, length: 8 });
    expect(bytes.response.ok).toBe(true);
    expect([...(bytes.response as { result: Uint8Array }).result]).toEqual([0, 0, 1, 0, 2, 0, 3, 0]);
    expect(bytes.transfer.length).toBe(1);

    const globals = await handle({ id: 5, kind: 'globals' });
    expect((globals.response as { result: { name: string }[] }).result.map((g) => g.name)).toEqual(['a']);
  });

  it('answers failures with ok: false and the request id', async () => {
    const handle = createRequestHandler();
    const r = await handle({ id: 9, kind: 'readBytes', bufferId: 123456789, start: 0, length: 1 });
    expect(r.response).toMatchObject({ id: 9, kind: 'readBytes', ok: false, error: { name: 'Error' } });
    const f = await handle({ id: 10, kind: 'readFile', path: 'x' });
    expect(f.response).toMatchObject({ id: 10, ok: false, error: { message: expect.stringMatching(/no such file/) } });
    const bad = await handle({ id: 11, kind: 'nonsense' } as never);
    expect(bad.response).toMatchObject({ id: 11, ok: false });
  });

  it('mounts the sample data on first open; np.save and writeFile land in the file store', async () => {
    const handle = createRequestHandler();
    await handle({ id: 1, kind: 'init', options: {} });
    const run = await handle({
      id: 2,
      kind: 'run',
      code: "import numpy as np\ng = np.load('gene-lens.npy')\nprint(g.shape, g.dtype)\nnp.save('out.npy', g[:3])",
    });
    expect(run.response).toMatchObject({ ok: true, result: { stdout: '(20500,) int64\n' } });
    expect((run.response as { result: { error?: unknown } }).result.error).toBeUndefined();
    const saved = await handle({ id: 3, kind: 'readFile', path: 'out.npy' });
    expect(saved.response.ok).toBe(true);
    expect((saved.response as { result: Uint8Array }).result.length).toBe(128 + 24);
    await handle({ id: 4, kind: 'writeFile', path: 'gene-lens.npy', data: new Uint8Array((saved.response as { result: Uint8Array }).result) });
    const shadow = await handle({ id: 5, kind: 'run', code: "np.load('gene-lens.npy').shape" });
    expect((shadow.response as { result: { value: string } }).result.value).toBe('(3,)'); // a written file shadows the sample
  });
});
