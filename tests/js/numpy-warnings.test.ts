// NumPy's floating-point warnings on stderr (the golden runner compares only stdout and the
// last error line): the CLI prints NumPy's RuntimeWarning text for divide by zero, invalid
// value and overflow — once per statement, as CPython's default filter shows a warning once
// per location — nothing under np.errstate(all='ignore'), and 'print' mode's own line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'stridelab-warn-'));

function run(code: string) {
  const p = join(dir, `w${Math.random().toString(36).slice(2)}.py`);
  writeFileSync(p, code);
  const r = spawnSync(process.execPath, [cliPath, 'run', p], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// the warning lines, whatever location prefix the warnings machinery puts before them
function warnings(stderr: string): string[] {
  return stderr.split('\n').filter((l) => /(RuntimeWarning|^Warning): /.test(l)).map((l) => l.replace(/^.*?(RuntimeWarning: |Warning: )/, '$1'));
}

describe('NumPy floating-point warnings', () => {
  it('prints NumPy\'s RuntimeWarning lines, once per statement', () => {
    const r = run([
      'import numpy as np',
      'a = np.array([1.0, 0.0, -1.0])',
      'for i in range(3):',
      '    b = a / 0',
      'print(np.log(a))',
      'print(np.exp(np.array([1000.0])), np.float64(1.0) / 0, np.arange(3) // 0)',
      '',
    ].join('\n'));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('[  0. -inf  nan]\n[inf] inf [0 0 0]\n');
    expect(warnings(r.stderr)).toEqual([
      'RuntimeWarning: divide by zero encountered in divide',
      'RuntimeWarning: invalid value encountered in divide',
      'RuntimeWarning: divide by zero encountered in log',
      'RuntimeWarning: invalid value encountered in log',
      'RuntimeWarning: overflow encountered in exp',
      'RuntimeWarning: divide by zero encountered in scalar divide',
      'RuntimeWarning: divide by zero encountered in floor_divide',
    ]);
  });

  it('is silent under errstate(all="ignore") and prints "Warning: ..." in print mode', () => {
    const r = run([
      'import numpy as np',
      'with np.errstate(all="ignore"):',
      '    x = np.array([0.0]) / 0',
      'np.seterr(all="print")',
      'y = np.array([1.0]) / 0',
      '',
    ].join('\n'));
    expect(r.status).toBe(0);
    expect(warnings(r.stderr)).toEqual(['Warning: divide by zero encountered in divide']);
  });
});
