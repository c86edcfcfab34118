#!/usr/bin/env node
// run.mjs — end-to-end tests of the built playground (dist/) in Debian's Chromium through
// playwright-core. Serves dist/ under a sub-path (/sub/path/) to prove the site works from
// anywhere, runs cells, checks outputs, the variables list and the memory view's outlines.
// Screenshots go to test-results/e2e/. Ends with 'N passed, M failed'; exit 1 on failure.
//
//   node tests/e2e/run.mjs            (after `npm run build` or `bash scripts/build.sh site`)
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const shots = join(root, 'test-results', 'e2e');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

if (!existsSync(join(dist, 'index.html'))) {
  console.error('e2e: dist/index.html is missing: build the site first (bash scripts/build.sh site)');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
mkdirSync(shots, { recursive: true });

// ---- a minimal sequential test harness ----
const tests = [];
const test = (name, fn) => tests.push({ name, fn });
function assert(cond, message) {
  if (!cond) throw new Error(message);
}
/** JSON with object keys sorted, so that key order never matters. */
function canonical(x) {
  return JSON.stringify(x, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([p], [q]) => (p < q ? -1 : 1))) : v,
  );
}
function assertEqual(actual, expected, what) {
  const a = canonical(actual);
  const e = canonical(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

// ---- page helpers ----
let page;
const pageErrors = [];
const failedRequests = [];

async function cellCount() {
  return page.locator('[data-testid=cell-editor]').count();
}

/** Adds a cell, types `code` into it, runs it (Ctrl+Enter) and returns its output text. */
async function runNewCell(code) {
  const before = await cellCount();
  await page.click('[data-testid=add-cell]');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=cell-editor]').length === n + 1, before);
  return runCell(before, code);
}

async function runCell(index, code) {
  const editor = page.locator('[data-testid=cell-editor] .cm-content').nth(index);
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
  const output = page.locator('[data-testid=output]').nth(index);
  const runs = Number((await output.getAttribute('data-runs')) ?? 0);
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(
    ([i, n]) => {
      const out = document.querySelectorAll('[data-testid=output]')[i];
      return Number(out?.dataset.runs ?? 0) > n && document.body.dataset.busy === 'false';
    },
    [index, runs],
    { timeout: 30_000 },
  );
  return output.innerText();
}

async function selectVariable(name) {
  await page.click(`[data-testid=variables] [data-name="${name}"]`);
  await page.waitForFunction((n) => document.querySelector('.mv-name')?.textContent === n, name);
}

/** {index: offset} of every outlined element in the memory view, plus the covered bytes. */
async function outlines() {
  return page.evaluate(() => {
    const els = {};
    for (const el of document.querySelectorAll('[data-testid=memory-view] .mv-el:not(.cont-left)')) {
      els[el.dataset.index] = { offset: Number(el.dataset.offset), bytes: el.dataset.bytes };
    }
    const covered = [...document.querySelectorAll('[data-testid=memory-view] .mv-byte.in')].map((b) => Number(b.dataset.byte));
    const all = [...document.querySelectorAll('[data-testid=memory-view] .mv-byte')].map((b) => Number(b.dataset.byte));
    return { els, covered, all };
  });
}

function expectedOutlines(shape, strides, offset, itemsize) {
  const out = {};
  const idx = new Array(shape.length).fill(0);
  const total = shape.reduce((x, y) => x * y, 1);
  for (let n = 0; n < total; n++) {
    const off = idx.reduce((acc, i, k) => acc + i * strides[k], offset);
    out[idx.join(',')] = { offset: off, bytes: `${off}-${off + itemsize - 1}` };
    for (let k = shape.length - 1; k >= 0; k--) {
      if (++idx[k] < shape[k]) break;
      idx[k] = 0;
    }
  }
  return out;
}

// ---- tests ----
test('loads under a sub-path and runs the example cell', async () => {
  await page.waitForSelector('body[data-engine=ready]', { timeout: 30_000 });
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=output]')?.dataset.runs) >= 1, null, { timeout: 30_000 });
  const out = await page.locator('[data-testid=output]').first().innerText();
  assert(out.includes('array([[ 0,  4,  8],\n       [ 2,  6, 10]], dtype=int32)'), `example output was: ${out}`);
  assertEqual(failedRequests, [], 'failed requests');
  await page.screenshot({ path: join(shots, 'example.png') });
});

test('the example selects b = a.T[::2] and outlines its bytes', async () => {
  await page.waitForFunction(() => document.querySelector('.mv-name')?.textContent === 'b');
  const o = await outlines();
  assertEqual(o.els, expectedOutlines([2, 3], [8, 16], 0, 4), 'b outlines');
  assertEqual(o.all.length, 48, 'bytes shown');
  const vars = await page.locator('[data-testid=variables]').innerText();
  assert(/a\s+int32 \(3, 4\)/.test(vars) && /b\s+int32 \(2, 3\)/.test(vars), `variables: ${vars}`);
});

test('print output appears under the cell', async () => {
  const out = await runNewCell('print(a.sum(), a.shape)\nprint("hello")');
  assertEqual(out.trim(), '66 (3, 4)\nhello', 'output');
});

test('memory view of a.T outlines every element at offset + i·4 + j·16', async () => {
  await runNewCell('t = a.T');
  await selectVariable('t');
  const o = await outlines();
  assertEqual(o.els, expectedOutlines([4, 3], [4, 16], 0, 4), 't outlines');
  assertEqual(o.covered.length, 48, 'a.T covers every byte');
  const summary = await page.locator('[data-testid=memory-view] .mv-title').innerText();
  assert(summary.includes('shape (4, 3)') && summary.includes('strides (4, 16)'), `summary: ${summary}`);
  await page.screenshot({ path: join(shots, 'transpose.png') });
});

test('memory view of a[::2] skips the middle row and shows the formula on hover', async () => {
  await runNewCell('c = a[::2]');
  await selectVariable('c');
  const o = await outlines();
  assertEqual(o.els, expectedOutlines([2, 4], [32, 4], 0, 4), 'c outlines');
  assertEqual(o.covered, [...Array(16).keys(), ...Array.from({ length: 16 }, (_, k) => 32 + k)], 'covered bytes');
  await page.hover('[data-testid=memory-view] .mv-el[data-index="1,2"]');
  const formula = await page.locator('[data-testid=memory-formula]').innerText();
  assert(formula.includes('offset + i·s0 + j·s1 = 0 + 1·32 + 2·4 = 40'), `formula: ${formula}`);
  const flags = await page.locator('[data-testid=memory-view] .mv-flags').innerText();
  assert(flags.includes('C_CONTIGUOUS ✗') && flags.includes('WRITEABLE ✓'), `flags: ${flags}`);
  await page.screenshot({ path: join(shots, 'slice-hover.png') });
});

test('a view with an offset and negative strides', async () => {
  await runNewCell('r = a[::-1, 1::2]');
  await selectVariable('r');
  const o = await outlines();
  assertEqual(o.els, expectedOutlines([3, 2], [-16, 8], 36, 4), 'r outlines');
});

test('an error shows its traceback and the session stays usable', async () => {
  const out = await runNewCell('x = 1\n1/0');
  assert(out.includes('Traceback (most recent call last):'), `output: ${out}`);
  assert(out.includes('ZeroDivisionError: division by zero'), `output: ${out}`);
  assertEqual(await page.locator('[data-testid=output] .out-error').count() >= 1, true, 'error block');
  await page.screenshot({ path: join(shots, 'error.png') });
  const after = await runNewCell('x + 1');
  assert(after.includes('2'), `after error: ${after}`);
});

test('Stop interrupts a runaway loop and restores the variables', async () => {
  const before = await cellCount();
  await page.click('[data-testid=add-cell]');
  const editor = page.locator('[data-testid=cell-editor] .cm-content').nth(before);
  await editor.click();
  await page.keyboard.insertText('while True:\n    pass');
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => !document.querySelector('[data-testid=stop]').disabled);
  await page.waitForTimeout(300);
  await page.click('[data-testid=stop]');
  await page.waitForFunction((i) => document.querySelectorAll('[data-testid=output]')[i]?.textContent.includes('KeyboardInterrupt'), before, { timeout: 30_000 });
  const out = await page.locator('[data-testid=output]').nth(before).innerText();
  assert(out.includes('restarted'), `stop note: ${out}`);
  const again = await runNewCell('a[2, 3] + x');
  assert(again.includes('12'), `after restart: ${again}`);
});

test('no uncaught page errors', async () => {
  assertEqual(pageErrors, [], 'page errors');
});

// ---- main ----
const server = await startStaticServer({ root: dist, prefix: '/sub/path/' });
const profile = mkdtempSync(join(tmpdir(), 'stridelab-e2e-'));
let context;
let passed = 0;
let failed = 0;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) failedRequests.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(server.url);
  for (const t of tests) {
    const started = Date.now();
    try {
      await t.fn();
      passed++;
      console.log(`  ✓ ${t.name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      console.log(`  ✗ ${t.name}\n      ${String(e?.message ?? e).split('\n').join('\n      ')}`);
      const file = join(shots, `FAILED-${t.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`);
      await page.screenshot({ path: file }).catch(() => {});
    }
  }
} catch (e) {
  failed++;
  console.log(`  ✗ e2e setup: ${e?.stack ?? e}`);
} finally {
  await context?.close().catch(() => {});
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
