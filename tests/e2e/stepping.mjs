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

test('the lesson: stepping "Views versus copies" shows the copy appear at c = np.copy(a)', async () => {
  const cell = page.locator('#copies [data-testid=lesson-cell]').first();
  await cell.scrollIntoViewIfNeeded();
  await cell.locator('[data-testid=step]').click();
  await page.waitForSelector('#copies [data-testid=step-panel]', { timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('#copies [data-step-line]')?.getAttribute('data-step-line') === '1');
  const over = cell.locator('[data-testid=step-over]');
  const created = [];
  for (let line = 2; line <= 6; line++) {
    await over.click();
    await page.waitForFunction((n) => document.querySelector('#copies [data-step-line]')?.getAttribute('data-step-line') === String(n), line);
    created.push(...(await cell.locator('.sl-step-var[data-created]').evaluateAll((els) => els.map((e) => e.dataset.name))));
  }
  // step 5 is `c = np.copy(a)`: the only statement that makes a buffer (b = a is a second name)
  assert(created.join() === 'c', `buffers created while stepping: ${created}`);
  await cell.locator('[data-testid=step-back]').click(); // back to the copy's statement
  await page.waitForFunction(() => document.querySelector('#copies [data-step-line]')?.getAttribute('data-step-line') === '5');
  const label = await cell.locator('[data-testid=step-label]').innerText();
  assert(/line 5 · 1 new buffer/.test(label), `label at the copy: ${label}`);
  assert((await cell.locator('.sl-step-var[data-created]').getAttribute('data-name')) === 'c', 'c flashes at its statement');
  // the lesson column is narrower than the memory view: it scrolls inside the panel, never clipped
  const fit = await cell.evaluate((el) => {
    const panel = el.querySelector('.sl-step');
    return { cell: el.scrollWidth, cellClient: el.clientWidth, panel: panel.scrollWidth, panelClient: panel.clientWidth };
  });
  assert(fit.cell <= fit.cellClient + 1 && fit.panel <= fit.panelClient + 1, `the step panel overflows the lesson cell: ${JSON.stringify(fit)}`);
  await cell.screenshot({ path: join(shots, 'lesson-stepping-copy.png') });
  await cell.locator('[data-testid=step-stop]').click();
});

test('the <stride-lab> element: Step, timeline scrub, line-cost notes (docs/embed.html)', async () => {
  await page.goto(server.url + 'docs/embed.html');
  const cell = page.locator('#cell-slice');
  await page.waitForFunction(() => Number(document.querySelector('#cell-slice')?.shadowRoot?.querySelector('[part~=output]')?.dataset.runs ?? 0) > 0, null, { timeout: 60_000 });
  // the autorun was profiled: `s = a[::2, 1:]` is a view of a, 0 bytes
  const note = cell.locator('[data-testid=line-cost][data-line="1"]');
  assert((await note.getAttribute('data-kind')) === 'view' && (await note.getAttribute('data-bytes')) === '0', `line 1 note: ${await note.getAttribute('data-kind')} ${await note.getAttribute('data-bytes')}`);
  await cell.locator('[data-testid=step]').click();
  await cell.locator('[data-testid=step-panel]').waitFor({ timeout: 30_000 });
  const line = () => cell.locator('[data-step-line]').getAttribute('data-step-line');
  await page.waitForFunction(() => document.querySelector('#cell-slice').shadowRoot.querySelector('[data-step-line]')?.getAttribute('data-step-line') === '1');
  const timeline = cell.locator('[data-testid=step-timeline]');
  assert((await timeline.getAttribute('max')) === '1', `two statements: max ${await timeline.getAttribute('max')}`);
  await cell.locator('[data-testid=step-over]').click();
  await page.waitForFunction(() => document.querySelector('#cell-slice').shadowRoot.querySelector('[data-step-line]')?.getAttribute('data-step-line') === '2');
  await timeline.fill('0');
  await page.waitForFunction(() => document.querySelector('#cell-slice').shadowRoot.querySelector('[data-step-line]')?.getAttribute('data-step-line') === '1');
  assert((await line()) === '1', 'scrubbed back to line 1');
  // the snapshot's memory view draws s (created by no step: a view) from the recorded bytes
  await cell.locator('.sl-step-var[data-name=s]').click();
  await cell.locator('.sl-step [data-testid=memory-view] .mv-name').filter({ hasText: 's' }).first().waitFor({ timeout: 15_000 });
  await cell.screenshot({ path: join(shots, 'element-stepping.png') });
  await cell.locator('[data-testid=step-panel]').press('Escape');
  assert((await cell.locator('[data-testid=step-panel]').count()) === 0, 'Escape closes the panel');
});

test('narrow (800px): Step Into enters a function, Step Out leaves it, Continue stops where it raised; the panel fits', async () => {
  await page.setViewportSize({ width: 800, height: 1024 });
  await page.goto(server.url + '?autorun=0');
  await page.waitForSelector('body[data-engine=ready]', { timeout: 30_000 });
  await setCell(0, 'import numpy as np\ndef double(x):\n    y = x * 2\n    return y\na = np.arange(3)\nb = double(a)\nc = b / 0\nd = np.ones(2)[5]\ne = 1');
  const runs = Number((await page.locator('[data-testid=output]').first().getAttribute('data-runs')) ?? 0);
  await page.click('[data-testid=step]');
  await waitRuns(0, runs);
  await page.waitForFunction(() => document.querySelector('[data-step-line]')?.getAttribute('data-step-line') === '1');
  const at = (n) => page.waitForFunction((k) => document.querySelector('[data-step-line]')?.getAttribute('data-step-line') === String(k), n);
  // a step is a statement that has just run (the snapshot is taken after it): the body of
  // double() runs (lines 3, 4) before the statement calling it (line 6) completes
  for (const n of [2, 5]) {
    await page.click('[data-testid=step-over]');
    await at(n);
  }
  await page.click('[data-testid=step-into]');
  await at(3);
  assert(/in double\(\)/.test(await label()), `inside the function: ${await label()}`);
  await page.click('[data-testid=step-out]');
  await at(6);
  assert(!/in double\(\)/.test(await label()), `Step Out left the function: ${await label()}`);
  await page.click('[data-testid=step-back]');
  await at(4); // Back goes to the last statement inside the function
  await page.click('[data-testid=step-continue]');
  await page.waitForFunction(() => /raised an exception/.test(document.querySelector('[data-testid=step-label]').textContent));
  assert((await stepLine()) === '8', `Continue stopped at line ${await stepLine()} (the IndexError is on line 8)`);
  const fits = await page.locator('[data-testid=step-panel]').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, right: el.getBoundingClientRect().right }));
  assert(fits.scroll <= fits.client + 1 && fits.right <= 800, `the panel overflows at 800 px: ${JSON.stringify(fits)}`);
  await page.locator('.cell').first().screenshot({ path: join(shots, 'stepping-narrow.png') });
  await page.click('[data-testid=step-stop]');
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
