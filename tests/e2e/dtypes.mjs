#!/usr/bin/env node
// dtypes.mjs — the memory x-ray of the dtypes with an inside, end to end in Debian's Chromium:
// the built lesson page (dist/lesson.html?lesson=dtypes-and-memory) runs the lesson's cells
// and its @view directives open the inspector. Checks that a '>i4' array shows its most
// significant byte first (and '<i4' last) with a big-endian badge, that an aligned record
// array shows named field boxes and hatched padding at the offsets NumPy reports
// (dtype.fields, printed by the cell), with the field formula on hover, that a field view's
// strides are explained, and that a 'U3' array groups its bytes into 4-byte code points.
// Screenshots of the three memory views go to test-results/e2e/ (kept as CI artifacts).
//
//   node tests/e2e/dtypes.mjs     (after `bash scripts/build.sh site`)
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
import { ARGS, CHROMIUM, dist, requireBuiltPage, shots } from './browser.mjs';

requireBuiltPage('lesson.html', 'dtypes e2e');

const tests = [];
const test = (name, fn) => tests.push({ name, fn });
const assert = (cond, message) => {
  if (!cond) throw new Error(message);
};
const same = (actual, expected, what) => {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
};

let page;
const pageErrors = [];
const MV = '[data-testid=memory-view]';

/** Runs the n-th runnable cell of section `section` (earlier cells run first) and waits for it. */
async function runCell(section, n = 0) {
  const cell = page.locator('.lesson-section').nth(section).locator('[data-testid=lesson-cell]').nth(n);
  await cell.scrollIntoViewIfNeeded();
  const output = cell.locator('[data-testid=output]');
  const runs = Number((await output.getAttribute('data-runs')) ?? 0);
  await cell.locator('[data-testid=run]').click();
  await page.waitForFunction(
    ([s, k, r]) => {
      const c = document.querySelectorAll('.lesson-section')[s]?.querySelectorAll('[data-testid=lesson-cell]')[k];
      return Number(c?.querySelector('[data-testid=output]')?.dataset.runs ?? 0) > r;
    },
    [section, n, runs],
    { timeout: 60_000 },
  );
  return output.innerText();
}

/** Waits until the memory view shows `name` with its byte rows. */
async function memoryShows(name) {
  await page.waitForFunction(
    ([sel, n]) => document.querySelector(`${sel} .mv-name`)?.textContent === n && document.querySelector(`${sel} .mv-el`) !== null,
    [MV, name],
    { timeout: 30_000 },
  );
}

async function selectVariable(name) {
  await page.click(`[data-testid=variables] [data-name="${name}"]`);
  await memoryShows(name);
}

/**
 * {byte: {text, msb, lsb, pad}} for bytes [lo, hi) of the memory view, read in one go once
 * they are all drawn (the view re-renders after a run: a read must not race it).
 */
async function bytesAt(lo, hi) {
  const handle = await page.waitForFunction(([sel, a, b]) => {
    const out = {};
    for (const el of document.querySelectorAll(`${sel} .mv-byte`)) {
      const k = Number(el.dataset.byte);
      if (k >= a && k < b) out[k] = { text: el.textContent, msb: el.classList.contains('msb'), lsb: el.classList.contains('lsb'), pad: el.classList.contains('pad') };
    }
    return Object.keys(out).length === b - a && document.querySelector(`${sel} .mv-el[data-offset="${a - (a % 16)}"], ${sel} .mv-el`) ? out : null;
  }, [MV, lo, hi], { timeout: 15_000 });
  return handle.jsonValue();
}

/** The sub-boxes of the element at byte `offset`: [kind, label, part offset, bytes], once drawn. */
async function partsOf(offset) {
  const handle = await page.waitForFunction(([sel, off]) => {
    const parts = [...document.querySelectorAll(`${sel} .mv-part[data-offset="${off}"]:not(.cont-left)`)];
    return parts.length ? parts.map((p) => [p.dataset.part, p.textContent, Number(p.dataset.partOffset), p.dataset.bytes]) : null;
  }, [MV, offset], { timeout: 15_000 });
  return handle.jsonValue();
}

test('a >i4 array shows its most significant byte first, <i4 its last', async () => {
  const out = await runCell(0);
  assert(out.includes(">i4 > [ True  True  True]"), `output: ${out}`);
  await memoryShows('be');
  const badge = await page.locator(`${MV} [data-testid=byte-order]`).getAttribute('data-order');
  same(badge, 'big', 'byte-order badge of be');
  // be[1] = 258 = 0x00000102 at bytes 4..7, stored 00 00 01 02
  const be = await bytesAt(4, 8);
  same([4, 5, 6, 7].map((k) => be[k].text), ['00', '00', '01', '02'], 'bytes of be[1]');
  assert(be[4].msb && !be[7].msb && be[7].lsb, `be[1]: the first byte must be the most significant: ${JSON.stringify(be)}`);
  const vars = await page.locator('[data-testid=variables]').innerText();
  assert(/be\s+>i4 \(3,\)/.test(vars) && /le\s+int32 \(3,\)/.test(vars), `variables show the dtype as NumPy prints it: ${vars}`);
  await page.locator('[data-testid=inspector]').screenshot({ path: join(shots, 'dtypes-big-endian.png') });
  await selectVariable('le');
  const le = await bytesAt(4, 8);
  same([4, 5, 6, 7].map((k) => le[k].text), ['02', '01', '00', '00'], 'bytes of le[1]');
  assert(le[7].msb && le[4].lsb && !le[4].msb, `le[1]: the last byte must be the most significant: ${JSON.stringify(le)}`);
  same(await page.locator(`${MV} [data-testid=byte-order]`).getAttribute('data-order'), 'little', 'byte-order badge of le');
});

test('an aligned record array shows its fields and padding at the offsets NumPy reports', async () => {
  const out = await runCell(1, 0);
  // the offsets as the cell printed them (dtype.fields, golden-tested against NumPy) ...
  const printed = Object.fromEntries([...out.matchAll(/'(\w+)': \(dtype\('\w+'\), (\d+)\)/g)].map((m) => [m[1], Number(m[2])]));
  // ... and as NumPy 1.24 / 2.x report them for this dtype
  same(printed, { id: 0, n: 4, x: 8, flag: 12, pos: 14 }, 'dtype.fields offsets');
  await memoryShows('rec');
  const sizes = { id: 1, n: 4, x: 4, flag: 1, pos: 2 };
  for (const i of [0, 2]) {
    const base = 16 * i;
    const expected = [];
    for (const [name, off] of Object.entries(printed)) expected.push(['field', name, off, `${base + off}-${base + off + sizes[name] - 1}`]);
    expected.splice(1, 0, ['padding', 'padding', 1, `${base + 1}-${base + 3}`]);
    expected.splice(5, 0, ['padding', 'padding', 13, `${base + 13}-${base + 13}`]);
    same(await partsOf(base), expected, `parts of rec[${i}]`);
  }
  const pad = await bytesAt(32, 48);
  same(Object.keys(pad).filter((k) => pad[k].pad).map(Number), [33, 34, 35, 45], 'hatched padding bytes of rec[2]');
  assert(pad[39].msb && pad[36].lsb, 'the int32 field n of rec[2] marks its most significant byte last (little-endian)');
  await page.hover(`${MV} .mv-part[data-offset="16"][data-field="n"]`);
  const formula = await page.locator(`${MV} [data-testid=memory-formula]`).innerText();
  assert(formula.includes("rec[1]['n']: offset + i·s0 + field_offset = 0 + 1·16 + 4 = 20") && formula.includes('= 8'), `formula: ${formula}`);
  await page.locator('[data-testid=inspector]').screenshot({ path: join(shots, 'dtypes-record.png') });
});

test("a field view's stride is the record size", async () => {
  const out = await runCell(1, 1);
  assert(out.includes('(16,) 4 True'), `output: ${out}`);
  const note = await page.locator('[data-testid=strides-field-view]').innerText({ timeout: 30_000 });
  assert(note.includes("field 'n'") && note.includes('stride is 16') && note.includes('4 bytes into the first record'), `note: ${note}`);
});

test('a U3 array groups its bytes into 4-byte code points with the character shown', async () => {
  const out = await runCell(2);
  assert(out.includes('<U3 12 36'), `output: ${out}`);
  await memoryShows('s');
  same(await partsOf(0), [['char', 'a', 0, '0-3'], ['char', 'b', 4, '4-7'], ['char', '\\0', 8, '8-11']], "code points of s[0] = 'ab'");
  same(await partsOf(24), [['char', 'π', 0, '24-27'], ['char', '\\0', 4, '28-31'], ['char', '\\0', 8, '32-35']], "code points of s[2] = 'π'");
  const pi = await bytesAt(24, 28);
  same([24, 25, 26, 27].map((k) => pi[k].text), ['c0', '03', '00', '00'], "bytes of 'π' (U+03C0, little-endian)");
  await page.locator('[data-testid=inspector]').screenshot({ path: join(shots, 'dtypes-strings.png') });
});

test('no uncaught page errors', async () => {
  assert(pageErrors.length === 0, pageErrors.join('\n'));
});

// ---- run ----
const server = await startStaticServer({ root: dist, prefix: '/sub/path/' });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
let passed = 0;
let failed = 0;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(`${server.url}lesson.html?lesson=dtypes-and-memory`);
  await page.waitForFunction(() => document.body.dataset.engine === 'ready', null, { timeout: 60_000 });
  for (const t of tests) {
    const t0 = Date.now();
    try {
      await t.fn();
      passed++;
      console.log(`ok   ${t.name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${t.name}\n     ${String(e.message ?? e).split('\n').join('\n     ')}`);
      await page.screenshot({ path: join(shots, `dtypes-fail-${passed + failed}.png`), fullPage: false }).catch(() => {});
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
