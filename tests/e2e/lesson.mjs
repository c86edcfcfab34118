#!/usr/bin/env node
// lesson.mjs — end-to-end tests of the lesson page (dist/lesson.html) in headless Chromium:
// for EVERY exercise of the lesson file, the starter code fails its check, each typical
// wrong answer listed in the lesson gets a hint containing the promised text, and the
// revealed reference solution passes; then progress survives a reload. The exercises are
// read from the lesson file itself (parsed by the page's own lesson-format.ts, transpiled
// here with TypeScript), so a new exercise is tested without touching this file.
// Screenshots go to test-results/e2e/lesson-*.png. Ends with 'N passed, M failed'.
//
//   node tests/e2e/lesson.mjs          (after `bash scripts/build.sh site`)
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
import { ARGS, CHROMIUM, dist, requireBuiltPage, root, shots } from './browser.mjs';

requireBuiltPage('lesson.html', 'lesson e2e');

// The page's own parser, transpiled to a temporary ES module.
const parserSource = readFileSync(join(root, 'web/lib/lesson-format.ts'), 'utf8');
const parserJs = ts.transpileModule(parserSource, {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
}).outputText;
const tmp = mkdtempSync(join(tmpdir(), 'sl-lesson-'));
writeFileSync(join(tmp, 'lesson-format.mjs'), parserJs);
const { parseLesson, exercisesWithContext } = await import(pathToFileURL(join(tmp, 'lesson-format.mjs')).href);
const lesson = parseLesson(readFileSync(join(root, 'web/app/lessons/advanced-numpy-patterns.md'), 'utf8'));
const exercises = exercisesWithContext(lesson).map((e) => e.exercise);

const tests = [];
const test = (name, fn) => tests.push({ name, fn });
const assert = (cond, message) => {
  if (!cond) throw new Error(message);
};

let page;
const pageErrors = [];

const box = (id) => `[data-exercise="${id}"]`;

async function setCode(id, code) {
  const editor = page.locator(`${box(id)} [data-testid=cell-editor] .cm-content`);
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

/** Clicks "Run & check" and waits for the verdict; returns {status, text}. */
async function check(id) {
  const output = page.locator(`${box(id)} [data-testid=output]`);
  const runs = Number((await output.getAttribute('data-runs')) ?? 0);
  await page.evaluate((sel) => {
    const fb = document.querySelector(`${sel} [data-testid=feedback]`);
    fb.dataset.status = '';
    fb.textContent = '';
  }, box(id));
  await page.click(`${box(id)} [data-testid=check]`);
  await page.waitForFunction(
    ([sel, n]) => {
      const out = document.querySelector(`${sel} [data-testid=output]`);
      const fb = document.querySelector(`${sel} [data-testid=feedback]`);
      return Number(out?.dataset.runs ?? 0) > n && fb?.dataset.status;
    },
    [box(id), runs],
    { timeout: 120_000 },
  );
  return page.evaluate((sel) => {
    const fb = document.querySelector(`${sel} [data-testid=feedback]`);
    return { status: fb.dataset.status, text: fb.textContent };
  }, box(id));
}

test('the lesson loads under a sub-path with every section and exercise', async () => {
  const sections = await page.locator('.lesson-section').count();
  assert(sections === lesson.sections.length, `expected ${lesson.sections.length} sections, got ${sections}`);
  const boxes = await page.locator('[data-exercise]').count();
  assert(boxes === exercises.length, `expected ${exercises.length} exercises, got ${boxes}`);
  const progress = await page.locator('[data-testid=progress]').innerText();
  assert(progress.startsWith('0 /'), `fresh progress should be 0: ${progress}`);
});

for (const ex of exercises) {
  test(`exercise ${ex.id}: starter fails, wrong answers get hints, the solution passes`, async () => {
    await page.locator(box(ex.id)).scrollIntoViewIfNeeded();
    const starter = await check(ex.id);
    assert(starter.status !== 'passed', `the starter passed: ${JSON.stringify(starter)}`);
    for (const wrong of ex.wrong) {
      await setCode(ex.id, wrong.code);
      const verdict = await check(ex.id);
      assert(verdict.status === 'hint' && verdict.text.includes(wrong.expect),
        `wrong answer should get the hint "${wrong.expect}", got ${JSON.stringify(verdict)}`);
    }
    await page.click(`${box(ex.id)} [data-testid=hint]`);
    const hints = await page.locator(`${box(ex.id)} [data-testid=hints] li`).count();
    assert(hints === 1, `one static hint should show, got ${hints}`);
    await page.click(`${box(ex.id)} [data-testid=reveal]`);
    const solution = await check(ex.id);
    assert(solution.status === 'passed', `the solution failed: ${JSON.stringify(solution)}`);
    const solved = await page.getAttribute(box(ex.id), 'data-solved');
    assert(solved === 'true', `exercise not marked solved (${solved})`);
    await page.locator(box(ex.id)).screenshot({ path: join(shots, `lesson-${ex.id}.png`) });
  });
}

test('progress survives a reload', async () => {
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.engine === 'ready', null, { timeout: 60_000 });
  const progress = await page.locator('[data-testid=progress]').innerText();
  assert(progress.startsWith(`${exercises.length} /`), `progress after reload: ${progress}`);
  for (const ex of exercises) {
    const solved = await page.getAttribute(box(ex.id), 'data-solved');
    assert(solved === 'true', `${ex.id} lost its solved state`);
  }
  await page.screenshot({ path: join(shots, 'lesson-page.png') });
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
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(`${server.url}lesson.html`);
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
      await page.screenshot({ path: join(shots, `lesson-fail-${passed + failed}.png`) }).catch(() => {});
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
