// share.test.ts — the playground's cells <-> URL hash codec (web/app/src/share.ts): compressed
// links round-trip, the uncompressed fallback is read too, and bad hashes are told apart
// from hashes that hold no cells.
import { describe, expect, it } from 'vitest';
import { decodeCells, encodeCells } from '../../web/app/src/share';

const cells = ['import numpy as np\na = np.arange(12).reshape(3, 4)', 'a.T[::2]  # ünïcödé ✓', ''];

describe('shared links', () => {
  it('round-trip through a compressed #c= hash', async () => {
    const hash = await encodeCells(cells);
    expect(hash).toMatch(/^#c=[A-Za-z0-9_-]+$/);
    expect(await decodeCells(hash)).toEqual(cells);
  });

  it('compress long notebooks', async () => {
    const many = Array.from({ length: 40 }, (_, i) => `x${i} = np.arange(${i}) * 2\nprint(x${i}.sum())`);
    const hash = await encodeCells(many);
    expect(hash.length).toBeLessThan(JSON.stringify(many).length / 2);
    expect(await decodeCells(hash)).toEqual(many);
  });

  it('read the uncompressed #u= fallback', async () => {
    const b64 = Buffer.from(JSON.stringify(cells), 'utf8').toString('base64url');
    expect(await decodeCells(`#u=${b64}`)).toEqual(cells);
  });

  it('ignore hashes without cells and reject corrupt ones', async () => {
    expect(await decodeCells('')).toBeNull();
    expect(await decodeCells('#section-2')).toBeNull();
    await expect(decodeCells('#c=AAAA')).rejects.toThrow();
    await expect(decodeCells(`#u=${Buffer.from('{"a":1}').toString('base64url')}`)).rejects.toThrow(/cells/);
  });
});
