#!/usr/bin/env node
// learners.mjs — end-to-end tests of what a learner meets (issue 14), in headless Chromium at
// 1280×800 and at 800×1024: after running a lesson block the inspector is within the viewport;
// an array made in a learner's own cell appears in the lesson's Variables picker, is selected
// and opens in the memory view; `@view memory abytes overlay=a` ticks the overlay; drafts
// survive a reload and Reset progress asks first and puts the lesson's code back; the
// playground selects a newly assigned array, asks before an example replaces edited cells
// (Back restores them) and folds long output; axe-core finds no contrast violations and no
// text is under 12 px, on the lesson and the playground; a page made by `stridelab lesson
// build` from docs/lessons/strides-101.md loads and checks its exercise. Screenshots:
// test-results/e2e/learners-*.png. Ends with 'N passed, M failed'.
//
//   node tests/e2e/learners.mjs        (after `bash scripts/build.sh site`)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
import { ARGS, CHROMIUM, dist, requireBuiltPage, root, shots } from './browser.mjs';

requireBuiltPage('lesson.html', 'learners e2e');
const AXE = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

const WIDTHS = [
  { name: 'wide', width: 1280, height: 800 },
  { name: 'narrow', width: 800, height: 1024 },
];

const tests = [];
const test = (name, fn) => tests.push({ name, fn });
const assert = (cond, message) => {
  if (!cond) throw new Error(message);
};

/** Clicks a lesson block's Run button and waits for its output. */
async function runBlock(page, runLocator) {
  const cell = runLocator.locator('xpath=ancestor::div[contains(@class, "lesson-cell")]');
  const output = cell.locator('[data-testid=output]');
  const runs = Number((await output.getAttribute('data-runs')) ?? 0);
  const docked = Number((await page.getAttribute('[data-testid=inspector]', 'data-runs')) ?? 0);
  await runLocator.click();
  // the block ran, and the inspector took its result (views, picker, placement)
  await page.waitForFunction(([el, n]) => Number(el.dataset.runs) > n, [await output.elementHandle(), runs], { timeout: 60_000 });
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=inspector]').dataset.runs ?? 0) > n && document.body.dataset.busy === 'false', docked, { timeout: 60_000 });
  return output.innerText();
}

/** The dock's box relative to the viewport: it must be (at least largely) in sight. */
async function dockInView(page) {
  return page.evaluate(() => {
    const r = document.querySelector('[data-testid=inspector]').getBoundingClientRect();
    const visible = Math.min(r.bottom, innerHeight) - Math.max(r.top, 0);
    return { top: Math.round(r.top), bottom: Math.round(r.bottom), visible: Math.round(visible), vh: innerHeight };
  });
}

async function waitSelected(page, name) {
  await page.waitForFunction((n) => document.querySelector('[data-testid=inspector] .mv-name')?.textContent === n
    || document.querySelector('[data-testid=memory-view] .mv-name')?.textContent === n, name, { timeout: 30_000 });
}

async function axeContrast(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary.split('\n').slice(1).join(' ')}`));
  });
}

/** Visible text smaller than 12 px (computed font size of elements with their own text). */
async function smallText(page) {
  return page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent.trim()) continue;
      const el = n.parentElement;
      if (!el || el.closest('[hidden], svg, .visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 12) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${n.textContent.trim().slice(0, 30)}" ${size}px`);
    }
    return [...new Set(out)].slice(0, 20);
  });
}

for (const w of WIDTHS) {
  test(`${w.name} (${w.width}px): running a lesson block keeps the inspector in view`, async ({ page }) => {
    const runs = page.locator('#arrays [data-testid=run]');
    await runs.first().scrollIntoViewIfNeeded();
    await runBlock(page, runs.first());
    const box = await dockInView(page);
    assert(box.visible >= Math.min(300, box.bottom - box.top), `inspector not in view after the run: ${JSON.stringify(box)}`);
    await page.waitForFunction(() => document.querySelector('[data-testid=strides-view]:not([hidden])'), null, { timeout: 30_000 });
    await page.screenshot({ path: join(shots, `learners-lesson-${w.name}.png`) });
    // a later section: the inspector follows
    const later = page.locator('#views [data-testid=run]').first();
    await later.scrollIntoViewIfNeeded();
    await runBlock(page, later);
    const box2 = await dockInView(page);
    assert(box2.visible >= Math.min(300, box2.bottom - box2.top), `inspector not in view after a later run: ${JSON.stringify(box2)}`);
  });

  test(`${w.name}: an array made in a new cell appears in Variables and opens in the memory view`, async ({ page }) => {
    const section = page.locator('#views');
    await section.locator('[data-testid=new-cell]').click();
    const cell = section.locator('.lesson-cell.scratch').last();
    await cell.locator('.cm-content').click();
    await page.keyboard.insertText('mine = np.arange(24, dtype=np.int8).reshape(2, 3, 4)');
    await runBlock(page, cell.locator('[data-testid=run]'));
    await page.waitForSelector('[data-testid=variables] [data-name=mine]', { timeout: 30_000 });
    const pressed = await page.getAttribute('[data-testid=variables] button[data-name=mine]', 'aria-pressed');
    assert(pressed === 'true', `the new array is not selected (${pressed})`);
    await page.click('[data-testid=inspector] [data-tab=memory]');
    await waitSelected(page, 'mine');
    const box = await dockInView(page);
    assert(box.visible > 200, `inspector not in view: ${JSON.stringify(box)}`);
    await page.screenshot({ path: join(shots, `learners-new-cell-${w.name}.png`) });
  });
}

test('@view memory abytes overlay=a ticks the overlay of a', async ({ page }) => {
  const run = page.locator('#bytes [data-testid=run]').first();
  await run.scrollIntoViewIfNeeded();
  await runBlock(page, run);
  await waitSelected(page, 'abytes');
  await page.waitForFunction(() => document.querySelector('[data-testid=memory-view] input[type=checkbox][data-name=a]')?.checked === true, null, { timeout: 30_000 });
  await page.waitForSelector('[data-testid=memory-view] .mv-ov[data-overlay=a]', { timeout: 30_000 });
});

test('drafts survive a reload; Reset progress asks, then puts the lesson code back', async ({ page }) => {
  const editor = page.locator('#table [data-testid=cell-editor] .cm-content').first();
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('\nprint("my draft")');
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.engine === 'ready', null, { timeout: 60_000 });
  const text = await page.locator('#table [data-testid=cell-editor] .cm-content').first().innerText();
  assert(text.includes('my draft'), `draft lost after reload: ${text}`);
  let asked = '';
  page.once('dialog', (d) => {
    asked = d.message();
    void d.dismiss();
  });
  await page.click('[data-testid=reset-progress]');
  assert(/Forget/.test(asked), `Reset progress did not ask: "${asked}"`);
  let after = await page.locator('#table [data-testid=cell-editor] .cm-content').first().innerText();
  assert(after.includes('my draft'), 'dismissing the question still reset the code');
  page.once('dialog', (d) => void d.accept());
  await page.click('[data-testid=reset-progress]');
  after = await page.locator('#table [data-testid=cell-editor] .cm-content').first().innerText();
  assert(!after.includes('my draft'), `Reset progress left the edited code: ${after}`);
});

test('the lesson: no contrast violations, no text under 12 px', async ({ page }) => {
  const violations = await axeContrast(page);
  assert(violations.length === 0, `contrast:\n${violations.slice(0, 15).join('\n')}`);
  const small = await smallText(page);
  assert(small.length === 0, `text under 12px:\n${small.join('\n')}`);
});

// ---- the playground ----
async function playgroundRun(page, index, code) {
  const editor = page.locator('[data-testid=cell-editor] .cm-content').nth(index);
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
  const output = page.locator('[data-testid=output]').nth(index);
  const runs = Number((await output.getAttribute('data-runs')) ?? 0);
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(([i, n]) => Number(document.querySelectorAll('[data-testid=output]')[i]?.dataset.runs ?? 0) > n && document.body.dataset.busy === 'false', [index, runs], { timeout: 30_000 });
}

test('playground: a newly assigned array is selected; a picked one stays pinned', async ({ page }) => {
  await playgroundRun(page, 0, 'import numpy as np\na = np.arange(6)\nfresh = np.ones((2, 3))');
  await waitSelected(page, 'fresh');
  await playgroundRun(page, 0, 'newer = a[::2]');
  await waitSelected(page, 'newer');
  await page.click('[data-testid=variables] [data-name=a]');
  await waitSelected(page, 'a');
  await playgroundRun(page, 0, 'newest = a * 2');
  await page.waitForSelector('[data-testid=variables] [data-name=newest]');
  const shown = await page.locator('[data-testid=memory-view] .mv-name').innerText();
  assert(shown === 'a', `the pinned array was replaced by ${shown}`);
  await page.click('[data-testid=variables] [data-name=a]'); // picking it again unpins it
  await playgroundRun(page, 0, 'newest = a * 3');
  await waitSelected(page, 'newest');
});

test('playground: chained indexing is shown as its two steps, the second source named by the first', async ({ page }) => {
  await playgroundRun(page, 0, 'import numpy as np\nx = np.arange(5)\na = np.arange(12).reshape(3, 4)\nc = a[[0, 2]][:, [1, 3]]');
  await page.click('[data-tab=index]');
  await page.waitForSelector('[data-testid=index-view] [data-testid=index-step]', { timeout: 30_000 });
  const steps = await page.locator('[data-testid=index-view] [data-testid=index-step]').count();
  assert(steps === 2, `${steps} steps`);
  const text = await page.locator('[data-testid=index-view]').innerText();
  assert(text.includes('a[[0, 2]][:, [1, 3]]'), `the chain is not spelled out: ${text.slice(0, 300)}`);
  assert(!/source x\b/.test(text), 'an unnamed source is called x (the learner has an x)');
  await page.click('[data-tab=memory]');
});

test('playground: an unnamed index source is named by its expression in the cell (a.T), never a placeholder', async ({ page }) => {
  await playgroundRun(page, 0, 'import numpy as np\nx = np.arange(3)\na = np.arange(12).reshape(3, 4)\nb = a.T[::2]');
  await page.click('[data-tab=index]');
  await page.waitForFunction(() => document.querySelector('[data-testid=index-view] .iv-expr')?.textContent.includes('a.T[::2]'), null, { timeout: 30_000 });
  const text = await page.locator('[data-testid=index-view]').innerText();
  assert(!text.includes('unnamed'), `the source a.T is called a placeholder: ${text.slice(0, 300)}`);
  assert(!/\bx\[/.test(text), `the source is called x (the learner's x is another array): ${text.slice(0, 300)}`);
  await page.click('[data-tab=memory]');
});

/** Labels whose text is wider than their box (clipped), in the memory view. */
async function clippedLabels(page) {
  return page.evaluate(() => [...document.querySelectorAll('[data-testid=memory-view] .mv-el-index, [data-testid=memory-view] .mv-el-value, [data-testid=memory-view] .mv-rowlabel, [data-testid=memory-view] .mv-tick')]
    .filter((el) => el.scrollWidth > el.clientWidth + 0.5)
    .map((el) => `${el.className} "${el.textContent}" ${el.scrollWidth}>${el.clientWidth}`)
    .slice(0, 10));
}

test('playground: memory labels are not clipped for a 10^7-element buffer and for int8 3-d arrays', async ({ page }) => {
  await playgroundRun(page, 0, 'import numpy as np\nbig = np.zeros(10**7)');
  await waitSelected(page, 'big');
  await page.waitForSelector('[data-testid=memory-view] .mv-el');
  // the last bytes: 8-digit offsets
  await page.fill('[data-testid=memory-view] .mv-controls input', '79999990');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=memory-view] .mv-rowlabel')].some((e) => e.textContent.length === 8), null, { timeout: 30_000 });
  let clipped = await clippedLabels(page);
  assert(clipped.length === 0, `clipped for 10^7 float64:\n${clipped.join('\n')}`);
  await playgroundRun(page, 0, 'small = np.arange(24, dtype=np.int8).reshape(2, 3, 4) - 100');
  await waitSelected(page, 'small');
  await page.waitForSelector('[data-testid=memory-view] .mv-el');
  clipped = await clippedLabels(page);
  assert(clipped.length === 0, `clipped for int8 3-d:\n${clipped.join('\n')}`);
  await page.screenshot({ path: join(shots, 'learners-int8-labels.png') });
});

test('playground: long output folds after 200 lines', async ({ page }) => {
  await playgroundRun(page, 0, 'for i in range(3000):\n    print(i)');
  const lines = await page.locator('[data-testid=output] [data-kind=stdout]').first().evaluate((el) => el.textContent.split('\n').length - 1);
  assert(lines === 200, `shows ${lines} lines`);
  await page.click('[data-testid=show-all-output]');
  const all = await page.locator('[data-testid=output] [data-kind=stdout]').first().evaluate((el) => el.textContent.split('\n').length - 1);
  assert(all === 3000, `show all: ${all} lines`);
});

test('playground: an example asks before replacing edited cells; Back restores them', async ({ page }) => {
  await playgroundRun(page, 0, 'mine = 42');
  let asked = '';
  page.once('dialog', (d) => {
    asked = d.message();
    void d.accept();
  });
  await page.selectOption('[data-testid=examples]', 'broadcasting');
  await page.waitForFunction(() => document.querySelector('[data-testid=cell-editor] .cm-content')?.textContent.includes('None'), null, { timeout: 30_000 });
  assert(/Replace your/.test(asked), `no question before replacing: "${asked}"`);
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('[data-testid=cell-editor] .cm-content')?.textContent.includes('mine = 42'), null, { timeout: 30_000 });
});

test('playground: no contrast violations, no text under 12 px', async ({ page }) => {
  await playgroundRun(page, 0, 'import numpy as np\na = np.arange(12).reshape(3, 4)\nb = a.T[::2]\nb');
  const violations = await axeContrast(page);
  assert(violations.length === 0, `contrast:\n${violations.slice(0, 15).join('\n')}`);
  const small = await smallText(page);
  assert(small.length === 0, `text under 12px:\n${small.join('\n')}`);
  await page.screenshot({ path: join(shots, 'learners-playground.png') });
});

test('lesson build: an author\'s lesson as its own page, same renderer, checks work', async ({ browser }) => {
  const out = mkdtempSync(join(tmpdir(), 'sl-built-lesson-'));
  execFileSync(process.execPath, [join(root, 'dist-lib/cli.js'), 'lesson', 'build', join(root, 'docs/lessons/strides-101.md'), '--out', out]);
  const site = await startStaticServer({ root: out, prefix: '/my/lesson/' });
  const context = await browser.newContext({ viewport: { width: 800, height: 1024 } });
  try {
    const page = await context.newPage();
    await page.goto(site.url);
    await page.waitForFunction(() => document.body.dataset.engine === 'ready', null, { timeout: 60_000 });
    const title = await page.locator('#lesson-title').innerText();
    assert(title === 'Strides in five minutes', `title: ${title}`);
    await page.click('[data-exercise="every-other-column"] [data-testid=reveal]');
    await page.click('[data-exercise="every-other-column"] [data-testid=check]');
    await page.waitForFunction(() => document.querySelector('[data-exercise="every-other-column"] [data-testid=feedback]')?.dataset.status, null, { timeout: 60_000 });
    const status = await page.getAttribute('[data-exercise="every-other-column"] [data-testid=feedback]', 'data-status');
    assert(status === 'passed', `the built lesson's solution: ${status}`);
    await page.screenshot({ path: join(shots, 'learners-built-lesson-narrow.png') });
  } finally {
    await context.close();
    await site.close();
  }
});

test('narrow playground (800px): the inspector sits under the cell that ran, in view', async ({ page }) => {
  await playgroundRun(page, 0, 'import numpy as np\nfirst = np.arange(6, dtype=np.int16)');
  await page.click('[data-testid=add-cell]');
  await playgroundRun(page, 1, 'second = first[::-2]\nsecond');
  await waitSelected(page, 'second');
  const where = await page.evaluate(() => {
    const aside = document.getElementById('inspector-column');
    const views = aside.querySelector('#inspector').getBoundingClientRect();
    const cells = [...document.querySelectorAll('#cells > .cell')];
    return { under: cells.indexOf(aside.previousElementSibling), top: Math.round(views.top), bottom: Math.round(views.bottom), vh: innerHeight };
  });
  assert(where.under === 1, `the inspector is not under the cell that ran: ${JSON.stringify(where)}`);
  assert(where.top >= 0 && where.top < where.vh - 200, `the views are not in view: ${JSON.stringify(where)}`);
  await page.screenshot({ path: join(shots, 'learners-playground-inline-narrow.png') });
  await playgroundRun(page, 0, 'third = first * 2');
  const under = await page.evaluate(() => [...document.querySelectorAll('#cells > .cell')].indexOf(document.getElementById('inspector-column').previousElementSibling));
  assert(under === 0, `after running the first cell the inspector is under cell ${under}`);
});

test('narrow playground (800px): a long line wraps in the cell instead of scrolling sideways', async ({ page }) => {
  const long = `total = ${Array.from({ length: 40 }, (_, i) => `a${i % 10}`).join(' + ')}  # a line far wider than the column`;
  await playgroundRun(page, 0, `${Array.from({ length: 10 }, (_, i) => `a${i} = ${i}`).join('\n')}\n${long}\nprint(total)`);
  const out = await page.locator('[data-testid=output]').first().innerText();
  assert(out.includes('180'), `the cell did not run: ${out}`);
  const m = await page.locator('[data-testid=cell-editor] .cm-scroller').first().evaluate((el) => {
    const line = [...el.querySelectorAll('.cm-line')].find((l) => l.textContent.startsWith('total ='));
    return { scroll: el.scrollWidth, client: el.clientWidth, lineHeight: line.getBoundingClientRect().height, one: el.querySelector('.cm-line').getBoundingClientRect().height };
  });
  assert(m.scroll <= m.client + 1, `the editor scrolls sideways: ${JSON.stringify(m)}`);
  assert(m.lineHeight > 1.5 * m.one, `the long line does not wrap: ${JSON.stringify(m)}`);
  await page.screenshot({ path: join(shots, 'learners-playground-narrow.png') });
});

// ---- run ----
const server = await startStaticServer({ root: dist, prefix: '/sub/path/' });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
let passed = 0;
let failed = 0;
const pageErrors = [];
try {
  const pages = new Map();
  async function pageFor(t) {
    const width = t.name.startsWith('narrow') ? WIDTHS[1] : WIDTHS[0];
    const kind = /^(narrow )?playground/.test(t.name) ? 'playground' : 'lesson';
    const key = `${kind}-${width.name}`;
    if (pages.has(key)) return pages.get(key);
    const context = await browser.newContext({ viewport: { width: width.width, height: width.height } });
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(`${server.url}${kind === 'lesson' ? 'lesson.html' : 'index.html?autorun=0'}`);
    await page.waitForFunction(() => document.body.dataset.engine === 'ready', null, { timeout: 60_000 });
    pages.set(key, page);
    return page;
  }
  for (const t of tests) {
    const t0 = Date.now();
    const page = await pageFor(t);
    try {
      await t.fn({ page, browser });
      passed++;
      console.log(`ok   ${t.name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${t.name}\n     ${String(e.message ?? e).split('\n').join('\n     ')}`);
      await page.screenshot({ path: join(shots, `learners-fail-${passed + failed}.png`) }).catch(() => {});
    }
  }
  if (pageErrors.length) {
    failed++;
    console.log(`FAIL no uncaught page errors\n     ${pageErrors.join('\n     ')}`);
  } else passed++;
} finally {
  await browser.close();
  await server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
