#!/usr/bin/env node
// stepping.mjs — end-to-end tests of stepping, per-line cost notes and the Jupyter export in
// the built playground and lesson (dist/) in Debian's Chromium: Step (button and F10)
// highlights the current line, Step Over / Into move it, a copy's buffer flashes at its
// statement, scrubbing the timeline back shows the bytes as they were then; line-cost notes
// carry data-line / data-bytes / data-kind; .ipynb / .py downloads; opening an .ipynb.
// Screenshots go to test-results/e2e/. Ends with 'N passed, M failed'; exit 1 on failure.
//
//   node tests/e2e/stepping.mjs      (after `bash scripts/build.sh site`)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
import { ARGS, CHROMIUM, dist, requireBuiltPage, shots } from './browser.mjs';

requireBuiltPage('index.html', 'e2e-stepping');

const tests = [];
const test = (name, fn) => tests.push({ name, fn });
function assert(cond, message) {
  if (!cond) throw new Error(message);
}

let page;
let server;
const pageErrors = [];

const PROGRAM = `import numpy as np
a = np.zeros(4, dtype=np.uint8)
a[0] = 255
b = a[::2]
c = a[[0, 1]]
a[1] = 17`;

async function setCell(index, code) {
  const editor = page.locator('[data-testid=cell-editor] .cm-content').nth(index);
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

async function waitRuns(index, runs) {
  await page.waitForFunction(
    ([i, n]) => Number(document.querySelectorAll('[data-testid=output]')[i]?.dataset.runs ?? 0) > n && document.body.dataset.busy === 'false',
    [index, runs],
    { timeout: 30_000 },
  );
}

const label = () => page.locator('[data-testid=step-label]').innerText();
const stepLine = () => page.locator('[data-step-line]').getAttribute('data-step-line');
const byte = (i) => page.locator(`.sl-step [data-testid=memory-view] .mv-byte[data-byte="${i}"]`).innerText();

test('Step runs the cell recorded and highlights the first statement', async () => {
  await setCell(0, PROGRAM);
  const runs = Number((await page.locator('[data-testid=output]').first().getAttribute('data-runs')) ?? 0);
  await page.click('[data-testid=step]');
  await waitRuns(0, runs);
  await page.waitForSelector('[data-testid=step-panel]');
  await page.waitForFunction(() => document.querySelector('[data-step-line]')?.getAttribute('data-step-line') === '1');
  assert(/^Step 1 of 6 · line 1/.test(await label()), `label: ${await label()}`);
  const timeline = page.locator('[data-testid=step-timeline]');
  assert((await timeline.getAttribute('max')) === '5', 'timeline has 6 steps');
});

test('Step Over moves the line; the copy flashes at its statement; memory shows that step', async () => {
  const over = page.locator('[data-testid=step-over]');
  await over.click(); // a = zeros
  await page.waitForFunction(() => document.querySelector('[data-step-line]')?.getAttribute('data-step-line') === '2');
  await page.waitForSelector('.sl-step [data-testid=memory-view] .mv-byte[data-byte="0"]');
  assert((await byte(0)) === '00', `byte 0 after zeros: ${await byte(0)}`);
  await page.locator('[data-testid=step-panel]').press('F10'); // a[0] = 255
  await page.waitForFunction(() => document.querySelector('[data-step-line]')?.getAttribute('data-step-line') === '3');
  await page.waitForFunction(() => document.querySelector('.sl-step .mv-byte[data-byte="0"]')?.textContent === 'ff');
  await over.click(); // b = a[::2]: a view, no new buffer
  await page.waitForFunction(() => document.querySelector('[data-step-line]')?.getAttribute('data-step-line') === '4');
  assert((await page.locator('.sl-step-var[data-created]').count()) === 0, 'a view creates no buffer');
  await over.click(); // c = a[[0, 1]]: a copy appears
  await page.waitForFunction(() => document.querySelector('[data-step-line]')?.getAttribute('data-step-line') === '5');
  const created = await page.locator('.sl-step-var[data-created]').getAttribute('data-name');
  assert(created === 'c', `flashing variable: ${created}`);
  await page.locator('.cell').first().screenshot({ path: join(shots, 'stepping-copy.png') });
});

test('scrubbing the timeline back shows the earlier bytes', async () => {
  await page.locator('[data-testid=step-continue]').click();
  await page.waitForFunction(() => document.querySelector('[data-step-line]')?.getAttribute('data-step-line') === '6');
  await page.locator('.sl-step-var[data-name=a]').click();
  await page.waitForFunction(() => document.querySelector('.sl-step .mv-byte[data-byte="1"]')?.textContent === '11');
  await page.locator('[data-testid=step-timeline]').fill('1'); // step 2: after a = zeros
  await page.waitForFunction(() => document.querySelector('[data-step-line]')?.getAttribute('data-step-line') === '2');
  await page.waitForFunction(() => document.querySelector('.sl-step .mv-byte[data-byte="0"]')?.textContent === '00');
  assert((await byte(1)) === '00', `byte 1 at step 2: ${await byte(1)}`);
  await page.locator('.cell').first().screenshot({ path: join(shots, 'stepping-scrubbed.png') });
  await page.locator('[data-testid=step-stop]').click();
  assert((await page.locator('[data-testid=step-panel]').count()) === 0, 'Stop closes the panel');
  assert((await page.locator('[data-step-line]').count()) === 0, 'no line highlighted after Stop');
});

test('every run annotates its lines with their cost', async () => {
  const notes = page.locator('[data-testid=line-cost]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=line-cost]').length > 0);
  const all = await notes.evaluateAll((els) => els.map((e) => `${e.dataset.line}:${e.dataset.kind}:${e.dataset.bytes}`));
  assert(all.includes('2:copy:4'), `notes: ${all}`);
  assert(all.includes('4:view:0'), `notes: ${all}`);
  assert(all.includes('5:copy:2'), `notes: ${all}`);
  const title = await page.locator('[data-testid=line-cost][data-line="4"]').getAttribute('title');
  assert(/view of an existing buffer/.test(title ?? ''), `hover text: ${title}`);
  await page.locator('.cell').first().screenshot({ path: join(shots, 'line-costs.png') });
});

test('F10 in the editor starts stepping', async () => {
  await page.locator('[data-testid=cell-editor] .cm-content').first().click();
  const runs = Number((await page.locator('[data-testid=output]').first().getAttribute('data-runs')) ?? 0);
  await page.keyboard.press('F10');
  await waitRuns(0, runs);
  await page.waitForSelector('[data-testid=step-panel]');
  await page.locator('[data-testid=step-stop]').click();
});

test('Download .ipynb and .py; open an .ipynb', async () => {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-ipynb]')]);
  const nb = JSON.parse(readFileSync(await dl.path(), 'utf8'));
  assert(nb.nbformat === 4 && nb.nbformat_minor === 5, 'nbformat 4.5');
  assert(nb.cells[0].source.join('').startsWith('import numpy as np\n'), 'first cell source');
  const [dpy] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-py]')]);
  const py = readFileSync(await dpy.path(), 'utf8');
  assert(py.includes('# %%\nimport numpy as np\na = np.zeros(4, dtype=np.uint8)'), `py: ${py.slice(0, 200)}`);
  const file = join(tmpdir(), `import-${process.pid}.ipynb`);
  writeFileSync(file, JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [
    { cell_type: 'markdown', id: 'm', metadata: {}, source: ['# t'] },
    { cell_type: 'code', id: 'a', metadata: {}, source: ['import numpy as np\n', 'x = np.arange(3)'], outputs: [], execution_count: null },
    { cell_type: 'code', id: 'b', metadata: {}, source: ['import pandas as pd'], outputs: [], execution_count: null },
  ] }));
  await page.locator('[data-testid=import-ipynb-input]').setInputFiles(file);
  await page.waitForFunction(() => document.body.dataset.lacks === 'pandas');
  const status = await page.locator('#status').innerText();
  assert(/2 code cells/.test(status) && /pandas \(cell 2\)/.test(status), `status: ${status}`);
  assert((await page.locator('[data-testid=cell-editor]').count()) === 2, 'two cells');
  rmSync(file, { force: true });
});

test('the lesson steps too and exports the answers', async () => {
  await page.goto(server.url + 'lesson.html');
  await page.waitForSelector('body[data-engine=ready]', { timeout: 30_000 });
  const cell = page.locator('[data-testid=lesson-cell]').first();
  await cell.locator('[data-testid=step]').click();
  await page.waitForSelector('[data-testid=step-panel]', { timeout: 30_000 });
  await page.waitForSelector('[data-step-line]');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-ipynb]')]);
  const nb = JSON.parse(readFileSync(await dl.path(), 'utf8'));
  assert(nb.cells.length === (await page.locator('[data-testid=lesson-cell]').count()), 'one notebook cell per lesson cell');
  await cell.screenshot({ path: join(shots, 'lesson-stepping.png') });
});

server = await startStaticServer({ root: dist, prefix: '/sub/path/' });
const profile = mkdtempSync(join(tmpdir(), 'stridelab-e2e-step-'));
let context;
let passed = 0;
let failed = 0;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(server.url + '?autorun=0');
  await page.waitForSelector('body[data-engine=ready]', { timeout: 30_000 });
  for (const t of tests) {
    const started = Date.now();
    try {
      await t.fn();
      passed++;
      console.log(`  ✓ ${t.name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      console.log(`  ✗ ${t.name}\n      ${String(e?.message ?? e).split('\n').join('\n      ')}`);
      await page.screenshot({ path: join(shots, `FAILED-step-${t.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}.png`) }).catch(() => {});
    }
  }
  if (pageErrors.length) {
    failed++;
    console.log(`  ✗ page errors: ${pageErrors.join('; ')}`);
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
