// The built package's synchronous Session against the real engine: results, ArrayInfo for
// views, readBytes windows, errors, recovery after errors, globals, interrupt.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../dist-lib/index.js';
import { loadPackage } from './helpers';

let pkg: Awaited<ReturnType<typeof loadPackage>>;
let s: Session;

const A = 'import numpy as np\na = np.arange(12, dtype=np.int32).reshape(3, 4)\n';

function ok(code: string) {
  const r = s.run(code);
  if (r.error) throw new Error(`unexpected error running ${JSON.stringify(code)}:\n${r.error.traceback}`);
  return r;
}

function int32Bytes(values: number[]): number[] {
  return [...new Uint8Array(new Int32Array(values).buffer)];
}

beforeAll(async () => {
  pkg = await loadPackage();
  s = await pkg.createSession();
});

describe('run', () => {
  it('returns stdout and the final expression value', () => {
    expect(s.run('print(1 + 2)\nprint("hi")')).toEqual({ stdout: '3\nhi\n', figures: [], ops: expect.any(Array) });
    expect(s.run('x = 40\nx + 2')).toEqual({ stdout: '', value: '42', figures: [], ops: expect.any(Array) });
  });

  it('has no value for a cell ending in an assignment or None', () => {
    expect(s.run('y = 1').value).toBeUndefined();
    expect(s.run('None').value).toBeUndefined();
  });

  it('prints arrays like NumPy', () => {
    const r = ok(A + 'print(a)\na.T[::2]');
    expect(r.stdout).toBe('[[ 0  1  2  3]\n [ 4  5  6  7]\n [ 8  9 10 11]]\n');
    expect(r.value).toBe('array([[ 0,  4,  8],\n       [ 2,  6, 10]], dtype=int32)');
  });

  it('keeps globals across runs', () => {
    ok('counter = 1');
    ok('counter += 1');
    expect(s.run('counter').value).toBe('2');
  });
});

describe('errors', () => {
  it('come back as {type, message, line, traceback}', () => {
    const r = s.run('z = 1\n1/0');
    expect(r.error).toBeDefined();
    expect(r.error!.type).toBe('ZeroDivisionError');
    expect(r.error!.message).toBe('division by zero');
    expect(r.error!.line).toBe(2);
    expect(r.error!.traceback.startsWith('Traceback (most recent call last):\n')).toBe(true);
    expect(r.error!.traceback).toContain('File "<cell>", line 2');
    expect(r.error!.traceback.endsWith('ZeroDivisionError: division by zero\n')).toBe(true);
  });

  it('carry NumPy messages and qualified type names', () => {
    const r = s.run('import numpy as np\nnp.arange(3) + np.arange(4)');
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe('operands could not be broadcast together with shapes (3,) (4,) ');
    const r2 = s.run(A + 'np.sum(a, axis=5)');
    expect(r2.error?.type).toBe('numpy.exceptions.AxisError');
    expect(r2.error?.message).toBe('axis 5 is out of bounds for array of dimension 2');
  });

  it('keep stdout printed before the error and leave the session usable', () => {
    ok('kept = 7');
    const r = s.run('print("before")\npartial = 3\nundefined_name');
    expect(r.stdout).toBe('before\n');
    expect(r.error?.type).toBe('NameError');
    expect(r.error?.message).toBe("name 'undefined_name' is not defined");
    expect(s.run('kept + partial').value).toBe('10');
  });

  it('report syntax errors', () => {
    const r = s.run('x = (1,\n');
    expect(r.error?.type).toBe('SyntaxError');
    expect(s.run('1 + 1').value).toBe('2');
  });

  it('exposes the interrupt flag and drops a request made between runs', () => {
    // A synchronous run cannot be interrupted from this thread; the real interrupt (from
    // another thread) is tested in worker-interrupt/node-worker-session. A request made
    // before a run must not fire in it (issue 17): a finite loop completes. Never an
    // infinite loop here: if the request were dropped it would hang the whole suite.
    expect(s.interruptFlagAddress).toBeGreaterThan(0);
    s.requestInterrupt();
    const r = s.run('i = 0\nfor k in range(1000):\n    i += k\ni');
    expect(r.error).toBeUndefined();
    expect(r.value).toBe('499500');
  });
});

describe('inspect', () => {
  it('describes a C-contiguous view made by reshape', () => {
    ok(A);
    const a = s.inspect('a')!;
    expect(a).toMatchObject({
      dtype: 'int32',
      dtypeStr: '<i4',
      shape: [3, 4],
      strides: [16, 4],
      offset: 0,
      itemsize: 4,
      nbytes: 48,
      size: 12,
      ndim: 2,
      bufferSize: 48,
      extent: [0, 48],
      flags: { c_contiguous: true, f_contiguous: false, owndata: false, writeable: true, aligned: true },
    });
    // reshape of a fresh arange: the base is the unnamed 1-d owner
    expect(a.base).toEqual({
      bufferId: a.bufferId, dtype: 'int32', dtypeText: 'int32', itemsize: 4, fields: [], shape: [12], strides: [4], offset: 0, name: null,
    });
    expect(a).toMatchObject({ dtypeText: 'int32', kind: 'i', byteorder: '=', alignedStruct: false, fields: [] });
  });

  it('describes byte order, strings and the fields of an aligned record (offsets as NumPy reports)', () => {
    ok(
      "import numpy as np\nbe = np.arange(3, dtype='>i4')\ns = np.array(['ab', 'cat'], dtype='U3')\n" +
        "rec = np.zeros(2, dtype=np.dtype([('id', 'u1'), ('x', 'f4'), ('y', 'f4'), ('n', 'i2')], align=True))\nn = rec['n']",
    );
    expect(s.inspect('be')).toMatchObject({ dtype: 'int32', dtypeStr: '>i4', dtypeText: '>i4', kind: 'i', byteorder: '>', fields: [] });
    expect(s.inspect('s')).toMatchObject({ dtype: 'str96', dtypeStr: '<U3', dtypeText: '<U3', kind: 'U', itemsize: 12 });
    const rec = s.inspect('rec')!;
    expect(rec).toMatchObject({ dtypeStr: '|V16', kind: 'V', byteorder: '|', alignedStruct: true, itemsize: 16, strides: [16] });
    // the offsets NumPy reports: id 0, (padding 1..3), x 4, y 8, n 12, (padding 14..15)
    expect(rec.fields.map((f) => [f.name, f.dtypeStr, f.offset, f.itemsize])).toEqual([
      ['id', '|u1', 0, 1], ['x', '<f4', 4, 4], ['y', '<f4', 8, 4], ['n', '<i2', 12, 2],
    ]);
    // align=True reaches nested records too (NumPy converts them with the same flag)
    ok("nest = np.zeros(1, dtype=np.dtype([('id', 'u1'), ('pos', [('x', 'f4'), ('y', 'f4')]), ('k', 'i2')], align=True))");
    expect(s.inspect('nest')!.fields.map((f) => [f.name, f.offset])).toEqual([['id', 0], ['pos.x', 4], ['pos.y', 8], ['k', 12]]);
    expect(s.inspect('nest')!.itemsize).toBe(16);
    const n = s.inspect('n')!;
    expect(n).toMatchObject({ dtypeText: 'int16', strides: [16], offset: 12, itemsize: 2 });
    expect(n.base).toMatchObject({ itemsize: 16, name: 'rec' });
    expect(n.base!.fields.length).toBe(4);
  });

  it('reverses strides for a.T and shares the buffer', () => {
    ok(A + 'b = a.T');
    const a = s.inspect('a')!;
    const t = s.inspect('b')!;
    expect(t.shape).toEqual([4, 3]);
    expect(t.strides).toEqual([4, 16]);
    expect(t.offset).toBe(0);
    expect(t.bufferId).toBe(a.bufferId);
    expect(t.flags.c_contiguous).toBe(false);
    expect(t.flags.f_contiguous).toBe(true);
    expect(t.flags.owndata).toBe(false);
    expect(t.elementOffsets()).toEqual([0, 16, 32, 4, 20, 36, 8, 24, 40, 12, 28, 44]);
  });

  it('gives offsets and strides of slices', () => {
    ok(A + 'c = a[::2]\nd = a[1:, ::2]\ne = a[::-1]\nf = a.T[::2]');
    expect(s.inspect('c')).toMatchObject({ shape: [2, 4], strides: [32, 4], offset: 0, extent: [0, 48] });
    expect(s.inspect('c')!.elementOffsets()).toEqual([0, 4, 8, 12, 32, 36, 40, 44]);
    expect(s.inspect('d')).toMatchObject({ shape: [2, 2], strides: [16, 8], offset: 16 });
    expect(s.inspect('d')!.elementOffsets()).toEqual([16, 24, 32, 40]);
    expect(s.inspect('e')).toMatchObject({ shape: [3, 4], strides: [-16, 4], offset: 32, extent: [0, 48] });
    expect(s.inspect('f')).toMatchObject({ shape: [2, 3], strides: [8, 16], offset: 0 });
    expect(s.inspect('f')!.elementOffsets()).toEqual([0, 16, 32, 8, 24, 40]);
  });

  it('names the base when a global holds it', () => {
    ok('import numpy as np\nowner = np.zeros((2, 3))\nv = owner[1]');
    const v = s.inspect('v')!;
    expect(v.base?.name).toBe('owner');
    expect(v.offset).toBe(24);
    expect(v.bufferId).toBe(s.inspect('owner')!.bufferId);
    expect(s.inspect('owner')!.flags.owndata).toBe(true);
    expect(s.inspect('owner')!.base).toBeNull();
  });

  it('bounds elementOffsets', () => {
    ok('import numpy as np\nbig = np.zeros((1000, 1000), dtype=np.uint8)');
    const big = s.inspect('big')!;
    expect(big.size).toBe(1_000_000);
    expect(big.elementOffsets(5)).toEqual([0, 1, 2, 3, 4]);
    expect(big.elementOffsets(0)).toEqual([]);
    expect(big.elementOffsets().length).toBe(65536);
  });

  it('returns null for non-arrays and unknown names', () => {
    ok('n = 3');
    expect(s.inspect('n')).toBeNull();
    expect(s.inspect('no_such_name')).toBeNull();
  });
});

describe('readBytes', () => {
  it('reads the bytes of ravel().view(np.uint8), which shares the buffer', () => {
    ok(A + 'u = a.ravel().view(np.uint8)');
    const a = s.inspect('a')!;
    const u = s.inspect('u')!;
    expect(u).toMatchObject({ dtype: 'uint8', shape: [48], strides: [1], itemsize: 1, offset: 0 });
    expect(u.bufferId).toBe(a.bufferId);
    const expected = int32Bytes([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect([...s.readBytes(u.bufferId, 0, 48)]).toEqual(expected);
    expect(s.run('print(u[4], u[8], u.sum())').stdout).toBe('1 2 66\n');
  });

  it('reads windows and clamps them at the end of the buffer', () => {
    ok(A);
    const id = s.inspect('a')!.bufferId;
    expect([...s.readBytes(id, 8, 8)]).toEqual(int32Bytes([2, 3]));
    expect([...s.readBytes(id, 40, 100)]).toEqual(int32Bytes([10, 11]));
    expect(s.readBytes(id, 48, 10).length).toBe(0);
    expect(s.readBytes(id, 1000, 10).length).toBe(0);
    expect(s.readBytes(id, 0, 0).length).toBe(0);
  });

  it('returns a copy, not a live view of engine memory', () => {
    ok(A);
    const id = s.inspect('a')!.bufferId;
    const before = s.readBytes(id, 0, 4);
    ok('a[0, 0] = 99');
    expect([...before]).toEqual(int32Bytes([0]));
    expect([...s.readBytes(id, 0, 4)]).toEqual(int32Bytes([99]));
  });

  it('rejects unknown buffers and bad numbers', () => {
    expect(() => s.readBytes(987654321, 0, 4)).toThrow(/no live buffer/);
    expect(() => s.readBytes(-1, 0, 4)).toThrow(RangeError);
    ok(A);
    const id = s.inspect('a')!.bufferId;
    expect(() => s.readBytes(id, -1, 4)).toThrow(RangeError);
    expect(() => s.readBytes(id, 0.5, 4)).toThrow(RangeError);
    expect(() => s.readBytes(id, 0, Number.NaN)).toThrow(RangeError);
    expect(() => s.readBytes(id, 0, -4)).toThrow(RangeError);
  });

  it('gives distinct ids to distinct buffers', () => {
    ok(A + 'cp = a.copy()\nz = np.zeros(3)');
    const ids = new Set(['a', 'cp', 'z'].map((n) => s.inspect(n)!.bufferId));
    expect(ids.size).toBe(3);
  });
});

describe('globals and sessions', () => {
  it('lists user globals with type and summary, without modules', async () => {
    const t = await pkg.createSession();
    t.run('import numpy as np\nq = np.arange(3)\nw = 2.5\ndef f(x):\n    return x');
    const g = t.globals();
    expect(g.map((x) => x.name)).toEqual(['q', 'w', 'f']);
    expect(g[0]).toMatchObject({ name: 'q', type: 'ndarray' });
    expect(g[1]).toMatchObject({ name: 'w', type: 'float', summary: '2.5' });
    expect(g[2].type).toBe('function');
    t.close();
  });

  it('keeps sessions independent', async () => {
    const t1 = await pkg.createSession();
    const t2 = await pkg.createSession();
    t1.run('only_here = 1');
    expect(t2.run('only_here').error?.type).toBe('NameError');
    expect(t1.run('only_here').value).toBe('1');
    t1.close();
    t2.close();
  });

  it('throws after close', async () => {
    const t = await pkg.createSession();
    t.close();
    expect(() => t.run('1')).toThrow(/closed/);
  });

  it('shares files with the program: writeFile -> np.loadtxt, np.save -> readFile', () => {
    s.writeFile('col.txt', '1 2\n3 4\n');
    expect(s.run('import numpy as np\nm = np.loadtxt("col.txt")\nprint(m.sum())').stdout).toBe('10.0\n');
    expect(s.run('np.save("m.npy", m.astype(np.int16))').error).toBeUndefined();
    const bytes = s.readFile('m.npy');
    expect(Array.from(bytes.slice(0, 6))).toEqual([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]);  // \x93NUMPY
    expect(bytes.length).toBe(128 + 8);
    expect(() => s.readFile('missing.npy')).toThrow(/no such file/);
    const r = s.run('np.load("missing.npy")');
    expect(r.error).toMatchObject({ type: 'FileNotFoundError', message: "[Errno 2] No such file or directory: 'missing.npy'" });
  });
});

describe('figures and ops (skipped when the wasm build does not produce them yet)', () => {
  it('logs a broadcasting ufunc with operand shapes and strides', (ctx) => {
    const r = s.run('import numpy as np\nbx = np.arange(3.0)\nby = np.arange(4.0)\nbz = bx[:, None] + by');
    expect(r.error).toBeUndefined();
    if (!r.ops?.length) ctx.skip();
    const add = r.ops!.find((op) => op.kind === 'ufunc');
    expect(add).toBeDefined();
    if (add?.kind !== 'ufunc') return;
    expect(add.line).toBe(4);
    expect(add.operands.map((o) => o.shape)).toEqual([[3, 1], [4]]);
    expect(add.result?.shape).toEqual([3, 4]);
    expect(() => structuredClone(r)).not.toThrow();
  });

  it('returns plt figures as SVG with parsed data', (ctx) => {
    const r = s.run('import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\nplt.show()');
    if (r.error?.type === 'ModuleNotFoundError') ctx.skip();
    expect(r.error).toBeUndefined();
    expect(r.figures?.length).toBe(1);
    expect(r.figures![0].svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s\S]*<path/);
    expect(typeof r.figures![0].data).toBe('object');
  });
});

