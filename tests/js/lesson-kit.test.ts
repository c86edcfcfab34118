// lesson-kit.test.ts — the lesson author's kit (issue 14 item 4) and the pure helpers behind
// the learner-facing pages: how a wrong answer is typed into a starter (lesson-splice.ts),
// which array the inspector picks after a run (auto-select.ts), and the real
// `stridelab lesson check` / `lesson build` commands on the shipped lesson (20 seeds), on
// the example lesson of docs/authoring.md, and on a deliberately broken fixture whose
// every problem must be reported.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

import { spliceIntoStarter, statements } from '../../web/lib/lesson-splice';
import { assignedNames, pickArray } from '../../web/app/src/auto-select';
import { sourceExpression } from '../../web/ui/views/layout';
import { cliPath, repoRoot } from './helpers';

const run = promisify(execFile);

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [cliPath, ...args], { cwd: repoRoot, maxBuffer: 1 << 24 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('typing a wrong answer into the starter', () => {
  it('replaces only the statements the wrong answer rewrites', () => {
    const starter = 'logrpkm20 = rpkm[:, :20]  # FIX THIS\nplot_col_density(logrpkm20, xlim=(0, 10))\n';
    expect(spliceIntoStarter(starter, 'logrpkm20 = np.log(rpkm[:, :20])')).toBe(
      'logrpkm20 = np.log(rpkm[:, :20])\nplot_col_density(logrpkm20, xlim=(0, 10))\n',
    );
  });
  it('keeps helper lines of the wrong answer before the statement they feed', () => {
    const starter = 'K = 3\nsub = amp  # FIX THIS\n';
    expect(spliceIntoStarter(starter, 'i = np.arange(2)\nsub = amp[i]')).toBe('K = 3\ni = np.arange(2)\nsub = amp[i]\n');
  });
  it('swaps a whole function definition and keeps the call after it', () => {
    const starter = 'def f(a):\n    """doc"""\n    return a  # FIX THIS\n\nf(np.arange(8))\n';
    const wrong = 'def f(a):\n    return a[::2]';
    expect(spliceIntoStarter(starter, wrong)).toBe('def f(a):\n    return a[::2]\nf(np.arange(8))\n');
  });
  it('matches augmented assignments and attribute targets', () => {
    const starter = 's.x = {"a": (0,\n  1)}  # FIX THIS\nsa = f(s)\nsa += 2\nprint(s)\n';
    expect(spliceIntoStarter(starter, 's.x = {"a": 1}\nsa = f(s)\nsa = sa + 2')).toBe('s.x = {"a": 1}\nsa = f(s)\nsa = sa + 2\nprint(s)\n');
  });
  it('splits statements across brackets, backslashes and compound clauses', () => {
    expect(statements('a = (1,\n2)\nif a:\n    b = 1\nelse:\n    b = 2\nc = 1 + \\\n 2').map((s) => s.key)).toEqual([
      'assign:a', 'if a:\n    b = 1\nelse:\n    b = 2', 'assign:c',
    ]);
  });
});

describe('the array the inspector shows after a run', () => {
  it('reads top-level assignment targets in order', () => {
    expect(assignedNames('a = 1\nb, c = f()\nd += 2\ne = g = h\nx[0] = 1\nif a == b:\n    z = 1\nfor i in r:\n    pass')).toEqual([
      'a', 'b', 'c', 'd', 'e', 'g', 'i',
    ]);
  });
  it('picks the last assigned array, unless one is pinned', () => {
    const arrays = new Map([['a', '1'], ['b', '2'], ['c', '3']]);
    expect(pickArray({ code: 'b = a[::2]\nn = 3', arrays, before: new Map(), current: 'a', pinned: false })).toBe('b');
    expect(pickArray({ code: 'b = a[::2]', arrays, before: new Map(), current: 'a', pinned: true })).toBe('a');
    // no code: the array whose geometry changed since the previous run
    expect(pickArray({ code: null, arrays, before: new Map([['a', '1'], ['b', 'old'], ['c', '3']]), current: 'a', pinned: false })).toBe('b');
    // nothing assigned: the selection stays
    expect(pickArray({ code: 'print(a)', arrays, before: new Map(arrays), current: 'c', pinned: false })).toBe('c');
  });
});

describe('names of unnamed index sources, from the learner\'s code', () => {
  it('reads the expression a subscript applies to', () => {
    expect(sourceExpression('import numpy as np\nb = a.T[::2]', 2)).toBe('a.T');
    expect(sourceExpression('c = x[0] + f(a)[1:]  # comment', 1)).toBe('f(a)');
    expect(sourceExpression('print(a.reshape(3, 4)[:, 1])', 1)).toBe('a.reshape(3, 4)');
    expect(sourceExpression('y = x[0]', 1)).toBeNull(); // a bare name is the op's own global
    expect(sourceExpression('y = 1', 5)).toBeNull();
  });
});

describe('stridelab lesson check', () => {
  it('passes the shipped lesson with 20 seeds', async () => {
    const r = await cli('lesson', 'check', 'web/app/lessons/advanced-numpy-patterns.md', '--seeds', '20', '--small-samples');
    expect(r.stdout + r.stderr).toMatch(/9 exercises, 20 seeds \(0\.\.19\): every starter fails/);
    expect(r.code).toBe(0);
  }, 400_000);

  it('passes the dtypes-and-memory lesson (deterministic: 2 seeds suffice)', async () => {
    const r = await cli('lesson', 'check', 'web/app/lessons/dtypes-and-memory.md', '--seeds', '2');
    expect(r.stdout + r.stderr).toMatch(/2 exercises, 2 seeds \(0\.\.1\): every starter fails/);
    expect(r.code).toBe(0);
  }, 120_000);

  it('passes the example lesson printed in docs/authoring.md', async () => {
    const doc = readFileSync(join(repoRoot, 'docs/authoring.md'), 'utf8');
    const example = /````markdown\n([\s\S]*?)\n````/.exec(doc)?.[1];
    expect(example).toBeTruthy();
    const dir = mkdtempSync(join(tmpdir(), 'sl-authoring-'));
    writeFileSync(join(dir, 'example.md'), example!);
    for (const file of [join(dir, 'example.md'), 'docs/lessons/strides-101.md']) {
      const r = await cli('lesson', 'check', file);
      expect(r.stdout + r.stderr).toMatch(/1 exercise, 20 seeds .*every solution passes/);
      expect(r.code).toBe(0);
    }
  }, 200_000);

  it('reports every problem of the broken fixture, with the seeds that show it', async () => {
    const r = await cli('lesson', 'check', 'tests/lessons/broken.md');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/exercise never-fires: wrong answer #1 \(alone\) should get a hint containing "squares", got the hint "y should hold/);
    expect(r.stdout).toMatch(/exercise bad-solution: the solution does not pass: the hint "Close: the sum plus one\."/);
    expect(r.stdout).toMatch(/exercise lucky: wrong answer #1 \(alone\) should get a hint containing "np\.abs".* \(seeds [\d, ]+ of 20\)/);
    expect(r.stdout).toMatch(/3 exercises, 20 seeds \(0\.\.19\): \d+ problems/);
  }, 200_000);

  it('rejects a malformed lesson with its line number', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sl-bad-'));
    writeFileSync(join(dir, 'bad.md'), '---\nid: x\n---\n## A\n@view sideways a\n');
    const r = await cli('lesson', 'check', join(dir, 'bad.md'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/lesson line 5: unknown view 'sideways'/);
  });
});

describe('stridelab lesson build', () => {
  it.skipIf(!existsSync(join(repoRoot, 'dist/lesson.html')))('writes an offline lesson page that carries the lesson', async () => {
    const out = mkdtempSync(join(tmpdir(), 'sl-build-'));
    const r = await cli('lesson', 'build', 'docs/lessons/strides-101.md', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    expect(page).toContain('<title>Strides in five minutes</title>');
    const json = /<script type="application\/json" id="lesson-source">(.*?)<\/script>/s.exec(page)?.[1];
    expect(JSON.parse(json!)).toBe(readFileSync(join(repoRoot, 'docs/lessons/strides-101.md'), 'utf8'));
    const sw = readFileSync(join(out, 'sw.js'), 'utf8');
    const precache = JSON.parse(/const PRECACHE = (\[.*?\]);/s.exec(sw)![1]) as string[];
    expect(precache).toContain('./index.html');
    for (const f of precache.filter((p) => p !== './')) expect(existsSync(join(out, f)), f).toBe(true);
  });
});
