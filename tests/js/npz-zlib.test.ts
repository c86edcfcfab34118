// .npz archives the engine writes, read by an independent implementation: node's zlib
// inflates each entry of np.savez_compressed (our own DEFLATE) and the CRC-32 of every entry
// matches; the .npy bytes inside are what np.save writes. Plus the ComplexWarning line NumPy
// prints on stderr when a cast drops imaginary parts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cliPath } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'stridelab-npz-'));

function run(code: string) {
  const p = join(dir, `p${Math.random().toString(36).slice(2)}.py`);
  writeFileSync(p, code);
  const r = spawnSync(process.execPath, [cliPath, 'run', p], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// name -> {method, crc, data (as stored)} from the local headers (no data descriptors: sizes
// are in the header, as our writer puts them)
function entries(zip: Buffer) {
  const out = new Map<string, { method: number; crc: number; size: number; data: Buffer }>();
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const method = zip.readUInt16LE(at + 8);
    const crc = zip.readUInt32LE(at + 14);
    const csize = zip.readUInt32LE(at + 18);
    const size = zip.readUInt32LE(at + 22);
    const nameLen = zip.readUInt16LE(at + 26);
    const extraLen = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 30, at + 30 + nameLen).toString('latin1');
    const start = at + 30 + nameLen + extraLen;
    out.set(name, { method, crc, size, data: zip.subarray(start, start + csize) });
    at = start + csize;
  }
  return out;
}

describe('.npz archives', () => {
  it('savez_compressed entries inflate with zlib to the .npy bytes np.save writes', () => {
    const z = join(dir, 'c.npz');
    const r = run([
      'import numpy as np',
      'x = np.arange(3000, dtype=np.int32) % 11',
      'y = np.linspace(0, 1, 500)',
      `np.savez_compressed(${JSON.stringify(z)}, x=x, y=y, e=np.zeros(0))`,
      `np.save(${JSON.stringify(join(dir, 'x.npy'))}, x)`,
      `np.save(${JSON.stringify(join(dir, 'y.npy'))}, y)`,
      '',
    ].join('\n'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const e = entries(readFileSync(z));
    expect([...e.keys()]).toEqual(['x.npy', 'y.npy', 'e.npy']);
    for (const [name, entry] of e) {
      expect(entry.method).toBe(8);
      const data = inflateRawSync(entry.data);
      expect(data.length).toBe(entry.size);
      expect(crc32(data) >>> 0).toBe(entry.crc);
      if (name !== 'e.npy') expect(data.equals(readFileSync(join(dir, name)))).toBe(true);
    }
    expect(e.get('x.npy')!.data.length).toBeLessThan(e.get('x.npy')!.size / 10);
  });

  it('savez stores the entries uncompressed with their CRC-32', () => {
    const z = join(dir, 's.npz');
    const r = run(['import numpy as np', `np.savez(${JSON.stringify(z)}, np.arange(4), b=np.ones(2))`, ''].join('\n'));
    expect(r.status).toBe(0);
    const e = entries(readFileSync(z));
    expect([...e.keys()]).toEqual(['b.npy', 'arr_0.npy']);
    for (const entry of e.values()) {
      expect(entry.method).toBe(0);
      expect(crc32(entry.data) >>> 0).toBe(entry.crc);
    }
  });
});

describe('ComplexWarning', () => {
  it("prints NumPy's line when a cast discards imaginary parts", () => {
    const r = run(['import numpy as np', 'z = np.array([1 + 2j])', 'print(z.astype(float), z.real.astype(int))', ''].join('\n'));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('[1.] [1]\n');
    const lines = r.stderr.split('\n').filter((l) => l.includes('Warning'));
    expect(lines.length).toBe(1);
    expect(lines[0]).toMatch(/ComplexWarning: Casting complex values to real discards the imaginary part$/);
  });
});
