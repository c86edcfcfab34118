#!/usr/bin/env node
// embed.mjs — end-to-end tests of the <stride-lab> element on the built tutorial page
// dist/docs/embed.html (served under a sub-path) in headless Chromium, and of the playground
// as an embed (index.html?embed=1 in an iframe). Checks: lazy loading (one engine worker per
// session, none before a session's cells come near the viewport), autorun, three elements
// sharing a session, notebook order, view switching (attribute, tabs, keyboard), Stop, an
// error with its traceback and marked line, figures, theme attribute and CSS variables,
// events and properties, accessibility names, the files attribute; the embed's height messages and the absence of
// console errors. Prints the time to the first result on a cold page. Screenshots go to
// test-results/e2e/embed-*.png. Ends with 'N passed, M failed'.
//
//   node tests/e2e/embed.mjs           (after `bash scripts/build.sh site`)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
import { ARGS, CHROMIUM, dist, requireBuiltPage, shots } from './browser.mjs';

requireBuiltPage('docs/embed.html', 'embed e2e');

const tests = [];
const test = (name, fn) => tests.push({ name, fn });
function assert(cond, message) {
  if (!cond) throw new Error(message);
}

let page;
let server;
let context;
const pageErrors = [];
const consoleErrors = [];
const failedRequests = [];
const workers = [];

/** Text of the part `part` inside element `#id`'s shadow root. */
const partText = (id, part) => page.locator(`#${id} [part~=${part}]`).innerText();
/** Resolves once element #id has completed more than `n` runs. */
const waitRuns = (id, n, timeout = 30_000) =>
  page.waitForFunction(([i, k]) => Number(document.getElementById(i)?.shadowRoot?.querySelector('[part~=output]')?.dataset.runs ?? 0) > k, [id, n], { timeout });
const runs = (id) => page.evaluate((i) => Number(document.getElementById(i).shadowRoot.querySelector('[part~=output]').dataset.runs), id);

test('cold page: autorun cells run, one worker for the page session, time to first result', async () => {
  const t0 = Date.now();
  await page.goto(server.url + 'docs/embed.html');
  await waitRuns('cell-arange', 0);
  const firstResult = await page.evaluate(() => new Promise((ok) => {
    const check = () => (window.__firstResult !== undefined ? ok(window.__firstResult) : setTimeout(check, 20));
    check();
  }));
  const out = await partText('cell-arange', 'output');
  assert(out.includes('array([[ 0,  1,  2,  3],\n       [ 4,  5,  6,  7],\n       [ 8,  9, 10, 11]], dtype=int32)'), `cell-arange output: ${out}`);
  console.log(`      (time to first result on a cold page: ${firstResult === null ? '?' : Math.round(firstResult)} ms after navigation start; ${Date.now() - t0} ms wall)`);
  // the memory view of `a`: 12 outlined elements of 4 bytes each
  await page.waitForFunction(() => document.getElementById('cell-arange').shadowRoot.querySelectorAll('[data-testid=memory-view] .mv-el:not(.cont-left)').length === 12);
  const title = await page.locator('#cell-arange [data-testid=memory-view] .mv-title').innerText();
  assert(title.startsWith('a int32 · shape (3, 4) · strides (16, 4)'), `memory title: ${title}`);
  // one worker per session whose cells came near the viewport (the short page before the
  // outputs appear may bring more than the page session near)
  const sessions = await page.evaluate(() => new Set([...document.querySelectorAll('stride-lab')]
    .filter((el) => el.shadowRoot.querySelector('.cm-editor')).map((el) => el.getAttribute('session') ?? '')).size);
  assert(workers.length === sessions, `workers after load: ${workers.length} for ${sessions} sessions (${workers.join(', ')})`);
  await page.locator('#cell-arange').screenshot({ path: join(shots, 'embed-memory.png') });
});

test('three elements share the page session and run in order', async () => {
  await waitRuns('cell-transpose', 0);
  await waitRuns('cell-slice', 0);
  const t = await partText('cell-transpose', 'output');
  assert(t.includes('(4, 16) False True'), `cell-transpose output: ${t}`);
  const s = await page.evaluate(() => document.getElementById('cell-slice').result);
  assert(s && s.value === '(True, False)' && Array.isArray(s.ops) && Array.isArray(s.figures), `cell-slice result: ${JSON.stringify(s)}`);
  const title = await page.locator('#cell-slice [data-testid=memory-view] .mv-title').innerText();
  assert(title.startsWith('s int32 · shape (2, 3) · strides (32, 4) bytes · offset 4'), `inspect="s" title: ${title}`);
  // cells created by script: the second runs the first (never run) before itself
  const r = await page.evaluate(async () => {
    const a = document.createElement('stride-lab');
    a.setAttribute('session', 'order');
    a.code = 'k = 41';
    const b = document.createElement('stride-lab');
    b.setAttribute('session', 'order');
    b.textContent = '\n    k + 1\n';
    document.querySelector('main').append(a, b);
    const events = [];
    b.addEventListener('run', (e) => events.push(['run', e.detail.code]));
    b.addEventListener('result', (e) => events.push(['result', e.detail.value]));
    const result = await b.run();
    const out = { value: result.value, first: a.result?.error ?? a.result?.stdout, events, code: b.code };
    a.remove();
    b.remove();
    return out;
  });
  assert(r.value === '42' && r.first === '', `notebook order: ${JSON.stringify(r)}`);
  assert(JSON.stringify(r.events) === JSON.stringify([['run', 'k + 1'], ['result', '42']]), `events: ${JSON.stringify(r.events)}`);
});

test('views: the view attribute, the tabs and the keyboard switch them', async () => {
  await waitRuns('cell-broadcast', 0);
  await page.waitForFunction(() => !document.getElementById('cell-broadcast').shadowRoot.querySelector('[data-testid=broadcast-view]').hidden);
  const stretched = await page.locator('#cell-broadcast [data-testid=broadcast-view] .stretch').count();
  assert(stretched >= 1, `broadcast view shows ${stretched} stretched axes`);
  await page.locator('#cell-broadcast').screenshot({ path: join(shots, 'embed-broadcast.png') });
  // attribute -> strides view of the same cell
  await page.evaluate(() => document.getElementById('cell-arange').setAttribute('view', 'strides'));
  await page.waitForFunction(() => {
    const p = document.getElementById('cell-arange').shadowRoot.querySelector('[data-testid=strides-view]');
    return p && !p.hidden && p.querySelectorAll('[data-offset]').length === 12;
  });
  // a click on a tab
  await page.locator('#cell-arange .insp-tab[data-tab=index]').click();
  await page.waitForFunction(() => !document.getElementById('cell-arange').shadowRoot.querySelector('[data-testid=index-view]').hidden);
  // arrow keys move along the tab list
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => !document.getElementById('cell-arange').shadowRoot.querySelector('[data-testid=broadcast-view]').hidden);
  await page.evaluate(() => document.getElementById('cell-arange').setAttribute('view', 'none'));
  await page.waitForFunction(() => document.getElementById('cell-arange').shadowRoot.querySelector('[part~=view]').hidden);
  await page.evaluate(() => document.getElementById('cell-arange').setAttribute('view', 'memory'));
  await page.waitForFunction(() => !document.getElementById('cell-arange').shadowRoot.querySelector('[data-testid=memory-view]').hidden);
  const fancy = await page.locator('#cell-fancy [data-testid=index-view]').innerText();
  assert(/copy/i.test(fancy), `index view of a[[2, 0], 1:3]: ${fancy}`);
});

test('sessions start lazily: a far cell starts its worker when scrolled near', async () => {
  const before = workers.length;
  await page.evaluate(() => {
    const spacer = document.createElement('div');
    spacer.id = 'spacer';
    spacer.style.height = '6000px';
    const far = document.createElement('stride-lab');
    far.id = 'cell-far';
    far.setAttribute('session', 'far');
    far.setAttribute('autorun', '');
    far.textContent = 'np.arange(3) * 7';
    document.querySelector('main').append(spacer, far);
  });
  await page.waitForTimeout(500);
  assert(workers.length === before, `a far cell started a worker: ${workers.length - before}`);
  assert((await page.locator('#cell-far .cm-editor').count()) === 0, 'the far cell loaded its editor');
  await page.locator('#cell-far').scrollIntoViewIfNeeded();
  await waitRuns('cell-far', 0);
  assert((await partText('cell-far', 'output')).includes('array([ 0,  7, 14])'), 'far cell output');
  assert(workers.length === before + 1, `workers after scrolling: ${workers.length - before} new`);
  await page.evaluate(() => {
    document.getElementById('spacer').remove();
    document.getElementById('cell-far').remove();
  });
});

test('an error shows its traceback, marks the line and fires `error`', async () => {
  const before = await runs('cell-error');
  const detail = page.evaluate(() => new Promise((ok) => document.getElementById('cell-error').addEventListener('error', (e) => ok(e.detail), { once: true })));
  await page.locator('#cell-error [part~=run-button]').click();
  await waitRuns('cell-error', before);
  const out = await partText('cell-error', 'output');
  assert(out.includes('Traceback (most recent call last):') && out.includes('line 2') && out.includes('ValueError: cannot reshape array of size 6 into shape (4,2)'), `error output: ${out}`);
  const d = await detail;
  assert(d.type === 'ValueError' && d.line === 2, `error event: ${JSON.stringify(d)}`);
  assert((await page.locator('#cell-error .cm-error-line[data-error-line="2"]').count()) === 1, 'failing line marked');
  // a separate session: `a` of the page session is not defined here
  const check = await page.evaluate(async () => {
    const el = document.getElementById('cell-error');
    const old = el.code;
    el.code = "print('a' in dir())";
    const r = await el.run();
    el.code = old;
    return r.stdout;
  });
  assert(check === 'False\n', `sandbox sees the page session: ${check}`);
  await page.locator('#cell-error').screenshot({ path: join(shots, 'embed-error.png') });
});

test('Stop ends a runaway loop; the session stays usable', async () => {
  const before = await runs('cell-loop');
  await page.locator('#cell-loop [part~=run-button]').click();
  await page.waitForFunction(() => document.getElementById('cell-loop').shadowRoot.querySelector('.cell.running') !== null);
  await page.waitForTimeout(300);
  const stop = page.locator('#cell-loop [part~=stop-button]');
  assert(await stop.isEnabled(), 'Stop enabled while running');
  const t0 = Date.now();
  await stop.click();
  await waitRuns('cell-loop', before, 5_000);
  const ms = Date.now() - t0;
  const out = await partText('cell-loop', 'output');
  assert(out.includes('KeyboardInterrupt'), `after Stop: ${out}`);
  console.log(`      (click -> KeyboardInterrupt shown: ${ms} ms)`);
  assert(await stop.isDisabled(), 'Stop disabled when idle');
  const r = await page.evaluate(async () => {
    const el = document.getElementById('cell-error');
    const old = el.code;
    el.code = 'x.sum()';
    const res = await el.run();
    el.code = old;
    return res.value;
  });
  assert(r === 'np.int64(15)', `session after Stop: ${r}`);
});

test('figures render in the output', async () => {
  const before = await runs('cell-plot');
  await page.locator('#cell-plot [part~=run-button]').click();
  await waitRuns('cell-plot', before);
  assert((await page.locator('#cell-plot [part~=output] svg path').count()) > 0, 'plot has paths');
  await page.locator('#cell-plot').screenshot({ path: join(shots, 'embed-plot.png') });
});

test('themes: the dark theme and CSS custom properties', async () => {
  await page.locator('#cell-dark').scrollIntoViewIfNeeded();
  const before = await runs('cell-dark');
  await page.locator('#cell-dark [part~=run-button]').click();
  await waitRuns('cell-dark', before);
  await page.waitForFunction(() => document.getElementById('cell-dark').shadowRoot.querySelector('.mv-scroll') !== null);
  const dark = await page.evaluate(() => {
    const root = document.getElementById('cell-dark').shadowRoot;
    return {
      cell: getComputedStyle(root.querySelector('[part~=cell]')).backgroundColor,
      editor: getComputedStyle(root.querySelector('.cm-editor')).backgroundColor,
      theme: root.querySelector('.inspector-root')?.dataset.theme,
      byte: getComputedStyle(root.querySelector('.mv-scroll')).backgroundColor,
    };
  });
  assert(dark.cell === 'rgb(27, 31, 37)' && dark.editor === 'rgb(27, 31, 37)' && dark.theme === 'dark' && dark.byte === 'rgb(27, 31, 37)', `dark theme: ${JSON.stringify(dark)}`);
  const themed = await page.evaluate(() => {
    const root = document.getElementById('cell-themed').shadowRoot;
    return {
      radius: getComputedStyle(root.querySelector('[part~=cell]')).borderTopLeftRadius,
      toolbar: getComputedStyle(root.querySelector('[part~=toolbar]')).backgroundColor,
    };
  });
  assert(themed.radius === '2px' && themed.toolbar === 'rgb(238, 248, 243)', `custom properties: ${JSON.stringify(themed)}`);
  // the page can restyle parts too
  await page.addStyleTag({ content: '#cell-themed::part(run-button) { background: rgb(1, 2, 3); }' });
  const bg = await page.evaluate(() => getComputedStyle(document.getElementById('cell-themed').shadowRoot.querySelector('[part~=run-button]')).backgroundColor);
  assert(bg === 'rgb(1, 2, 3)', `::part(run-button): ${bg}`);
  await page.locator('#cell-dark').screenshot({ path: join(shots, 'embed-dark.png') });
});

test('keyboard and names: Shift+Enter runs, controls are labelled, readonly holds', async () => {
  const before = await runs('cell-fancy');
  await page.locator('#cell-fancy .cm-content').click();
  await page.keyboard.press('Shift+Enter');
  await waitRuns('cell-fancy', before);
  const names = await page.evaluate(() => {
    const root = document.getElementById('cell-fancy').shadowRoot;
    return {
      group: root.querySelector('[part~=cell]').getAttribute('aria-label'),
      code: root.querySelector('.cm-content').getAttribute('aria-label'),
      run: root.querySelector('[part~=run-button]').textContent,
      output: root.querySelector('[part~=output]').getAttribute('aria-live'),
    };
  });
  assert(/Python cell/.test(names.group) && names.code === 'Python code' && /Run/.test(names.run) && names.output === 'polite', `names: ${JSON.stringify(names)}`);
  // readonly: typing does not change the code
  const ro = page.locator('#cell-themed .cm-content');
  await ro.click();
  await page.keyboard.type('zzz');
  const code = await page.evaluate(() => document.getElementById('cell-themed').code);
  assert(code === 'np.eye(3, dtype=np.float32)', `readonly code changed: ${code}`);
});

test('bare, height and theme="auto"', async () => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const r = await page.evaluate(async () => {
    const el = document.createElement('stride-lab');
    el.id = 'cell-bare';
    el.setAttribute('session', 'bare');
    el.setAttribute('bare', '');
    el.setAttribute('height', '180');
    el.setAttribute('theme', 'auto');
    el.code = "print('np' in dir())";
    document.querySelector('main').append(el);
    const res = await el.run();
    const root = el.shadowRoot;
    return {
      stdout: res.stdout,
      height: el.getBoundingClientRect().height,
      scrolls: getComputedStyle(root.querySelector('[part~=cell]')).overflowY,
      bg: getComputedStyle(root.querySelector('[part~=cell]')).backgroundColor,
    };
  });
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await page.evaluate(() => getComputedStyle(document.getElementById('cell-bare').shadowRoot.querySelector('[part~=cell]')).backgroundColor);
  await page.evaluate(() => document.getElementById('cell-bare').remove());
  assert(r.stdout === 'False\n', `bare cell sees np: ${r.stdout}`);
  assert(r.height === 180 && r.scrolls === 'auto', `height: ${JSON.stringify(r)}`);
  assert(r.bg === 'rgb(27, 31, 37)' && light === 'rgb(255, 255, 255)', `theme auto: dark ${r.bg}, light ${light}`);
});

test('element access (a[1, 2]) shows in the Indexing view as a copy of one element', async () => {
  const text = await page.evaluate(async () => {
    const el = document.createElement('stride-lab');
    el.id = 'cell-element';
    el.setAttribute('session', 'element');
    el.setAttribute('view', 'index');
    el.code = 'm = np.arange(6).reshape(2, 3)\nm[1, 2]';
    document.querySelector('main').append(el);
    const r = await el.run();
    await new Promise((ok) => setTimeout(ok, 200));
    return { value: r.value, view: el.shadowRoot.querySelector('[data-testid=index-view]').innerText };
  });
  assert(text.value === 'np.int64(5)', `value: ${text.value}`);
  assert(/m\[1, 2\]/.test(text.view) && /copy/i.test(text.view), `index view: ${text.view}`);
  await page.locator('#cell-element').screenshot({ path: join(shots, 'embed-element-access.png') });
  await page.evaluate(() => document.getElementById('cell-element').remove());
});

test('files="..." fetches a file (relative to the page) into the session before the cell runs', async () => {
  await page.route('**/docs/data/counts.txt', (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: '1 2\n3 4\n' }));
  const r = await page.evaluate(async () => {
    const el = document.createElement('stride-lab');
    el.setAttribute('session', 'files');
    el.setAttribute('files', 'data/counts.txt expr.npy');
    el.code = "np.loadtxt('data/counts.txt').sum()";
    document.querySelector('main').append(el);
    const res = await el.run();
    el.remove();
    return res.value ?? res.error?.traceback;
  });
  assert(r === 'np.float64(10.0)', `files: ${r}`);
});

test('the playground as an embed: cells and one view, height messages, no errors', async () => {
  const cells = Buffer.from(JSON.stringify(['import numpy as np\nm = np.arange(6).reshape(2, 3)\nm.T'])).toString('base64url');
  const heights = await page.evaluate(async (src) => {
    const got = [];
    window.addEventListener('message', (e) => {
      if (e.data?.type === 'stridelab:height') got.push(e.data.height);
    });
    const frame = document.createElement('iframe');
    frame.id = 'embed-frame';
    frame.style.cssText = 'width: 700px; height: 200px; border: 1px solid #ccc';
    frame.src = src;
    document.querySelector('main').append(frame);
    await new Promise((ok) => frame.addEventListener('load', ok, { once: true }));
    await new Promise((ok) => setTimeout(ok, 200));
    return got;
  }, `../index.html?embed=1&view=strides&inspect=m#u=${cells}`);
  const frame = page.frameLocator('#embed-frame');
  await frame.locator('[data-testid=strides-view] [data-offset]').first().waitFor({ timeout: 30_000 });
  const shown = await page.frames().find((f) => f.url().includes('embed=1')).evaluate(() => ({
    topbar: getComputedStyle(document.querySelector('.topbar')).display,
    variables: getComputedStyle(document.querySelector('[data-testid=variables]').closest('.panel')).display,
    tabs: document.querySelectorAll('.insp-tab').length,
    strides: document.querySelector('[data-testid=strides-view]').innerText,
  }));
  assert(shown.topbar === 'none' && shown.variables === 'none', `chrome hidden: ${JSON.stringify(shown)}`);
  assert(shown.strides.includes('m'), `strides view of m: ${shown.strides.slice(0, 200)}`);
  const messages = await page.evaluate(() => new Promise((ok) => {
    const got = [];
    window.addEventListener('message', (e) => e.data?.type === 'stridelab:height' && got.push(e.data.height));
    const f = document.getElementById('embed-frame');
    f.style.width = '500px'; // re-layout: a new height is reported
    setTimeout(() => ok(got), 1000);
  }));
  const all = [...heights, ...messages];
  assert(all.length > 0 && all.at(-1) > 300, `height messages: ${JSON.stringify([heights, messages])}`);
  await page.locator('#embed-frame').screenshot({ path: join(shots, 'embed-playground.png') });
});

test('no uncaught page errors, console errors or failed requests', async () => {
  assert(pageErrors.length === 0, `page errors: ${pageErrors.join(' | ')}`);
  assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
  assert(failedRequests.length === 0, `failed requests: ${failedRequests.join(' | ')}`);
});

// ---- main ----
server = await startStaticServer({ root: dist, prefix: '/site/' });
const profile = mkdtempSync(join(tmpdir(), 'stridelab-embed-'));
let passed = 0;
let failed = 0;
try {
  context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 800 } });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  // the first `result` event of the page, in ms since navigation start (cold: fresh profile)
  await page.addInitScript(() => {
    addEventListener('result', () => (window.__firstResult ??= performance.now()), { capture: true });
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('worker', (w) => workers.push(w.url()));
  page.on('response', (r) => r.status() >= 400 && failedRequests.push(`${r.status()} ${r.url()}`));
  for (const t of tests) {
    const started = Date.now();
    try {
      await t.fn();
      passed++;
      console.log(`ok   ${t.name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${t.name}\n      ${String(e?.message ?? e).split('\n').join('\n      ')}`);
      await page.screenshot({ path: join(shots, `FAILED-embed-${t.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}.png`), fullPage: true }).catch(() => {});
    }
  }
} catch (e) {
  failed++;
  console.log(`FAIL embed e2e setup: ${e?.stack ?? e}`);
} finally {
  await context?.close().catch(() => {});
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
