// golden.test.ts — the golden corpus (tests/golden/**/*.py) through the built package, one `it`
// per program: a fresh session runs the program and stdout (+ the final `Type: message` line
// of an uncaught exception) must equal the expectation CPython + NumPy produced
// (<name>.numpy2.out when present, else <name>.out). See tests/golden/README.md.
//
// Needs `npm run build lib` (dist-lib/index.js). Without it every program fails with a
// message saying so, rather than the file failing to load. The same comparison as
// `node scripts/golden_check.mjs --engine wasm`, which also survives crashes and hangs.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, it } from 'vitest';
// @ts-ignore -- plain ESM helper shared with the CLI checker; no type declarations
import * as golden from '../../scripts/golden_check.mjs';

type RunResult = { stdout?: string; error?: { type: string; message: string } | null };
type Session = { run(code: string): RunResult | Promise<RunResult>; close?: () => unknown };
type Api = { createSession(): Promise<Session> };

const ROOT: string = golden.ROOT;
const programs: string[] = golden.discoverPrograms([]);

let api: Api | null = null;
let loadError = '';

beforeAll(async () => {
  try {
    api = (await import(/* @vite-ignore */ pathToFileURL(golden.PACKAGE_ENTRY).href)) as Api;
  } catch (e) {
    loadError = `cannot load ${path.relative(ROOT, golden.PACKAGE_ENTRY)} (run npm run build lib): ${
      (e as Error)?.message ?? e}`;
  }
});

describe('golden programs (CPython + NumPy outputs)', () => {
  if (programs.length === 0) it.skip('no golden programs found', () => {});
  for (const program of programs) {
    const name = path.relative(path.join(ROOT, 'tests', 'golden'), program);
    it(name, async () => {
      const expFile: string | null = golden.expectationFor(program);
      if (!expFile) throw new Error('no expectation file (npm run golden:regen)');
      if (!api) throw new Error(loadError);
      const expected = fs.readFileSync(expFile, 'utf8');
      const session = await api.createSession();
      let actual: string;
      try {
        const r = await session.run(fs.readFileSync(program, 'utf8'));
        actual = golden.formatActual(r?.stdout ?? '', r?.error ?? null);
      } finally {
        try { await session.close?.(); } catch { /* a failing dispose is not this test's business */ }
      }
      if (actual !== expected) {
        const tag = expFile.endsWith('.numpy2.out') ? ' [numpy2 override]' : '';
        throw new Error(`output differs from ${path.basename(expFile)}${tag}\n${golden.compactDiff(expected, actual)}`);
      }
    }, 60_000);
  }
});
