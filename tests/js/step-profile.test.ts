// Stepping and profiling through the built package: run(code, {profile}) -> lines,
// run(code, {step}) -> steps replayed by StepTimeline (step into/over/out, continue, back,
// snapshot bytes of earlier steps), the golden accounting programs of tests/profile through
// wasm, and the worker session passing the options through.
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../dist-lib/index.js';
import { loadPackage, repoRoot } from './helpers';

let pkg: Awaited<ReturnType<typeof loadPackage>>;
let s: Session;

beforeAll(async () => {
  pkg = await loadPackage();
  s = await pkg.createSession();
  s.run('import numpy as np');
});

const costOf = (c: { allocated: number; temporaries: number; temporaryBytes: number; views: number; copies: number }) =>
  `allocated=${c.allocated} temporaries=${c.temporaries}/${c.temporaryBytes} views=${c.views} copies=${c.copies}`;

describe('profile', () => {
  it('returns the cost of every line that ran', () => {
    const r = s.run('a = np.arange(4.0)\nb = a[::2]\nc = a[[0, 1]]\n', { profile: true });
    expect(r.error).toBeUndefined();
    expect(r.lines?.map((l) => l.line)).toEqual([1, 2, 3]);
    expect(r.lines?.[0]).toMatchObject({ line: 1, hits: 1, allocated: 32, copies: 1, views: 0 });
    expect(r.lines?.[1]).toMatchObject({ line: 2, allocated: 0, views: 1, copies: 0 });
    expect(typeof r.lines?.[0].ms).toBe('number');
    expect(s.run('x = 1').lines).toBeUndefined();
  });

  const dir = `${repoRoot}tests/profile/`;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.py'))) {
    it(`golden accounting through wasm: ${name}`, async () => {
      const code = readFileSync(dir + name, 'utf8');
      const fresh = await pkg.createSession();
      fresh.run('import numpy as np');
      const r = fresh.run(code, { profile: true });
      expect(r.error).toBeUndefined();
      const byLine = new Map((r.lines ?? []).map((l) => [l.line, l]));
      code.split('\n').forEach((text, i) => {
        const got = byLine.get(i + 1);
        const at = text.indexOf('# cost: ');
        if (at < 0) {
          if (got) expect(costOf(got), `line ${i + 1}: ${text}`).toBe('allocated=0 temporaries=0/0 views=0 copies=0');
          return;
        }
        const want = text.slice(at + 8);
        expect(got, `line ${i + 1} ran`).toBeDefined();
        const hits = /hits=(\d+)/.exec(want);
        expect(costOf(got!) + (hits ? ` hits=${got!.hits}` : ''), `line ${i + 1}: ${text}`).toBe(want);
      });
      fresh.close();
    });
  }

  it('lineCostNote and formatLineCosts say it in words', () => {
    const note = pkg.lineCostNote({ line: 1, hits: 1, allocated: 8_000_000, temporaries: 1, temporaryBytes: 8_000_000, views: 0, copies: 1, ms: 3 });
    expect(note.kind).toBe('copy');
    expect(note.text).toBe('copy, 8 MB · 1 tmp · 8 MB');
    expect(note.explanation).toContain('1 temporary of 8 MB was created and freed');
    // a copy made inside a called function: its bytes belong to the function's lines
    const inCall = pkg.lineCostNote({ line: 6, hits: 1, allocated: 0, temporaries: 0, temporaryBytes: 0, views: 0, copies: 1, ms: 0 });
    expect(inCall.text).toBe('copy, made in a call');
    expect(inCall.explanation).toContain("counted on that function's lines");
    const table = pkg.formatLineCosts([{ line: 2, hits: 1, allocated: 0, temporaries: 0, temporaryBytes: 0, views: 1, copies: 0, ms: 0 }], 'a = 1\nb = a[::2]\n', { time: false });
    expect(table).toBe('line  hits  allocated  temporaries  views  copies  source\n   2     1        0 B            0      1       0  b = a[::2]\n');
  });
});

describe('step', () => {
  const code = 'a = np.zeros(3, dtype=np.int8)\ndef bump(x):\n    x[0] = 7\n    return x\nfor i in range(2):\n    a[1] = i + 1\nb = bump(a)\nc = a[[0, 1]]\n';

  it('records the state after every statement, in order', () => {
    const r = s.run(code, { step: true });
    expect(r.error).toBeUndefined();
    const steps = r.steps!;
    expect(steps.map((st) => `${st.line}@${st.depth}`)).toEqual(['1@0', '2@0', '6@0', '6@0', '3@1', '4@1', '7@0', '8@0']);
    expect(steps[0].created.length).toBe(1);
    expect(steps[0].vars.find((v) => v.name === 'a')?.array?.shape).toEqual([3]);
    expect(steps[4].vars.find((v) => v.name === 'x')?.local).toBe(true);
    // `c = a[[0, 1]]` created c's buffer: it flashes
    const cBuf = steps[7].vars.find((v) => v.name === 'c')!.array!.bufferId;
    expect(steps[7].created).toEqual([cBuf]);
  });

  it('StepTimeline replays: into, over, out, continue, back, and bytes as of each step', async () => {
    const fresh = await pkg.createSession();
    fresh.run('import numpy as np');
    const t = new pkg.StepTimeline(fresh.run(code, { step: true }));
    fresh.close();
    expect(t.length).toBe(8);
    expect(t.stepInto()?.line).toBe(1);
    const aId = t.inspect('a')!.bufferId;
    expect([...t.readBytes(aId, 0, 3)]).toEqual([0, 0, 0]);
    t.goTo(2); // after a[1] = 1
    expect([...t.readBytes(aId, 0, 3)]).toEqual([0, 1, 0]);
    expect(t.stepOver()?.line).toBe(6); // a[1] = 2
    expect(t.stepOver()?.line).toBe(7); // over bump()
    t.goTo(3);
    expect(t.stepInto()?.line).toBe(3); // into bump()
    expect(t.stepOut()?.line).toBe(7);
    expect([...t.readBytes(aId, 0, 3)]).toEqual([7, 2, 0]);
    t.goTo(0);
    expect([...t.readBytes(aId, 0, 3)]).toEqual([0, 0, 0]); // scrubbed back: the earlier bytes
    expect(t.continue()?.line).toBe(8);
    expect(t.atEnd).toBe(true);
    expect(t.stepBack()?.line).toBe(7);
    expect(t.inspect('c')).toBeNull(); // not yet assigned at step 7
  });

  it('keeps bytes up to the cap and says when a buffer was too large', () => {
    const r = s.run('big = np.zeros(1000)\nsmall = np.ones(2)\n', { step: { maxBytes: 100 } });
    const t = new pkg.StepTimeline(r);
    t.goTo(1);
    expect(r.steps![1].buffers.find((b) => b.size === 8000)?.tooLarge).toBe(true);
    expect(t.bytesOf(t.inspect('big')!.bufferId)).toBeNull();
    expect(t.bytesOf(t.inspect('small')!.bufferId)?.length).toBe(16);
    const many = s.run('for i in range(50):\n    pass\n', { step: { maxSteps: 10 } });
    expect(many.steps?.length).toBe(10);
    expect(many.stepsTruncated).toBe(true);
  });

  it('passes through a worker session', async () => {
    const w = await pkg.createWorkerSession();
    try {
      await w.run('import numpy as np');
      const r = await w.run('a = np.arange(3)\nb = a * 2\n', { step: true, profile: true });
      expect(r.steps?.map((st) => st.line)).toEqual([1, 2]);
      expect(r.steps?.[1].buffers.some((b) => b.bytes instanceof Uint8Array)).toBe(true);
      expect(r.lines?.map((l) => l.copies)).toEqual([1, 1]);
    } finally {
      w.close();
    }
  });
});
