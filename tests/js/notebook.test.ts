// Export to Jupyter and back (web/lib/notebook.ts): the .ipynb of a run is valid against the
// official nbformat 4.5 schema (tests/nbformat, validated with ajv's draft-04 validator) and
// runs unchanged under the reference CPython + NumPy with the same outputs
// (tests/nbformat/run_notebook.py); the .py runs under python3; import reads code cells;
// the names stridelab lacks are found per cell.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NotebookCell, Session } from '../../dist-lib/index.js';
import { loadPackage, repoRoot } from './helpers';

let pkg: Awaited<ReturnType<typeof loadPackage>>;
let s: Session;
const dir = mkdtempSync(join(tmpdir(), 'stridelab-nb-'));
const schema = JSON.parse(readFileSync(`${repoRoot}tests/nbformat/nbformat.v4.5.schema.json`, 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const CELLS = [
  'import numpy as np\na = np.arange(12, dtype=np.int64).reshape(3, 4)\nprint(a)',
  'b = a[:, ::2]\nprint(b.strides, b.base is a)\nc = a[[0, 2]]\nc',
  "%config InlineBackend.figure_format = 'svg'\nd = a.T.copy()\nd.flags['C_CONTIGUOUS']",
  'a + np.ones(5)',
  'import matplotlib.pyplot as plt\nplt.plot([1, 3, 2])\nplt.title("t")\nprint(np.linspace(0, 1, 5))',
];

function runCells(codes: string[]): NotebookCell[] {
  return codes.map((code, i) => ({ code, result: s.run(code), executionCount: i + 1 }));
}

beforeAll(async () => {
  pkg = await loadPackage();
  s = await pkg.createSession();
});

describe('export .ipynb', () => {
  it('is valid nbformat 4.5 and runs unchanged under CPython + NumPy with the same outputs', () => {
    const cells = runCells(CELLS);
    expect(cells[3].result?.error?.type).toBe('ValueError');
    expect(cells[4].result?.figures.length).toBe(1);
    const text = pkg.ipynbText(cells, { version: '9.9.9' });
    const nb = JSON.parse(text);
    const ok = validate(nb);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
    expect(ok).toBe(true);
    expect(nb.nbformat).toBe(4);
    expect(nb.nbformat_minor).toBe(5);
    expect(nb.metadata.stridelab.version).toBe('9.9.9');
    expect(nb.cells[0].source[0]).toBe('%matplotlib inline\n'); // plots exist
    expect(nb.cells[1].outputs.map((o: { output_type: string }) => o.output_type)).toEqual(['stream', 'execute_result']);
    expect(nb.cells[3].outputs[0]).toMatchObject({ output_type: 'error', ename: 'ValueError' });
    expect(nb.cells[4].outputs.some((o: { output_type: string }) => o.output_type === 'display_data')).toBe(true);
    const path = join(dir, 'export.ipynb');
    writeFileSync(path, text);
    const r = spawnSync('/usr/bin/python3', [`${repoRoot}tests/nbformat/run_notebook.py`, path], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('the runner notices a notebook whose outputs python does not reproduce', () => {
    const cells = runCells(['x = 2\nprint(x)']);
    const nb = pkg.toIpynb(cells);
    (nb.cells as { outputs: { text: string[] }[] }[])[0].outputs[0].text = ['3\n'];
    const path = join(dir, 'wrong.ipynb');
    writeFileSync(path, JSON.stringify(nb));
    const r = spawnSync('/usr/bin/python3', [`${repoRoot}tests/nbformat/run_notebook.py`, path], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("cell 1 stdout: python gives '2\\n', the notebook says '3\\n'");
  });

  it('cells that never ran have no outputs and a null execution count', () => {
    const nb = pkg.toIpynb([{ code: 'x = 1' }]);
    expect(validate(nb)).toBe(true);
    expect(nb.cells).toEqual([{ cell_type: 'code', id: 'stridelab-1', metadata: {}, execution_count: null, source: ['x = 1'], outputs: [] }]);
  });
});

describe('export .py', () => {
  it('runs under python3 with the same printed output (magics commented out)', () => {
    const codes = [CELLS[0], CELLS[1], CELLS[2]];
    const cells = runCells(codes);
    const py = pkg.toPy(cells, { version: '9.9.9' });
    expect(py).toContain("# %%\n# %config InlineBackend.figure_format = 'svg'\n");
    const path = join(dir, 'export.py');
    writeFileSync(path, py);
    const r = spawnSync('/usr/bin/python3', [path], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(cells.map((c) => c.result!.stdout).join(''));
  });
});

describe('import .ipynb', () => {
  it('reads the code cells back and counts the others', () => {
    const nb = pkg.toIpynb(runCells(['x = 1', 'x + 1']));
    (nb.cells as unknown[]).splice(1, 0, { cell_type: 'markdown', id: 'm', metadata: {}, source: ['# Title'] });
    expect(pkg.fromIpynb(JSON.stringify(nb))).toEqual({ cells: ['x = 1', 'x + 1'], skipped: 1 });
    expect(pkg.fromIpynb('{"cells": [{"cell_type": "code", "source": "a\\nb"}]}').cells).toEqual(['a\nb']);
    expect(() => pkg.fromIpynb('not json')).toThrow(/not a notebook/);
    expect(() => pkg.fromIpynb('{"x": 1}')).toThrow(/no "cells"/);
  });

  it('names what stridelab lacks, with the cells that use it', async () => {
    expect(pkg.namesUsed('import numpy as np, os\nfrom scipy import stats\n# np.fake\ny = np.linalg.norm(x) + np.pi\ns = "np.no"')).toEqual({
      modules: ['numpy', 'os', 'scipy'],
      numpy: ['np.linalg.norm', 'np.pi'],
    });
    const missing = await pkg.unsupportedNames(s, ['import numpy as np\nimport pandas as pd', 'np.linalg.norm(np.no_such_function(1))', 'import pandas']);
    expect(missing).toEqual([
      { name: 'pandas', cells: [0, 2] },
      { name: 'np.no_such_function', cells: [1] },
    ]);
    expect(s.globals().some((g) => g.name.includes('probe'))).toBe(false);
  });
});
