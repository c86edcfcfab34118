// lesson-page.ts — the interactive lesson (lesson.html): a lesson file rendered as prose,
// runnable cells and checked exercises, with the inspector (memory / strides / broadcast /
// indexing views) open beside it. One engine session in a Web Worker serves the whole
// lesson; running a block first runs every earlier block not yet run, in order, so the
// learner can start anywhere, and is told which ones ran. The inspector dock (Variables
// and the views, lesson-inspector.ts) stays beside the block that ran at every width.
// Exercise progress and every edited block's code live in localStorage (progress.ts).
//
// Lessons are data: every web/app/lessons/*.md is bundled; `?lesson=<id>` picks one (the
// first by default); a page built by `stridelab lesson build` embeds its own. Not here: the format (lesson-format.ts), checking (checker.ts).
import type { RunResult, WorkerSession } from 'stridelab';
import { startSession } from '../early-start';
import type { EditorView } from '@codemirror/view';
import '../style.css';
import './lesson.css';
import { h } from '../../../ui/dom';
import { createEditor, markErrorLine, setCode } from '../../../ui/editor';
import { registerServiceWorker } from '../offline';
import { installStatusLine } from '../status-line';
import { renderOutput, renderRunning } from '../../../ui/output';
import { afterError, runCheck, type CheckOutcome } from '../../../lib/lesson-checker.js';
import { parseLesson, type Exercise, type Lesson, type ViewDirective } from '../../../lib/lesson-format.js';
import { LessonInspector } from './lesson-inspector';
import { renderMarkdown } from './markdown';
import { Progress } from './progress';
import { bindStepKey, cellStepping, runOptions, stepButton, type CellStepping } from '../../../ui/cell-stepping';
import { exportButtons } from '../transfer';

const sources = import.meta.glob('../../lessons/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const lessons: Lesson[] = Object.keys(sources)
  .sort()
  .map((k) => parseLesson(sources[k]));
const wanted = new URLSearchParams(location.search).get('lesson');
// a page made by `stridelab lesson build` carries its own lesson (lesson-build.ts)
const embedded = document.getElementById('lesson-source')?.textContent;
const lesson = embedded ? parseLesson(JSON.parse(embedded) as string) : lessons.find((l) => l.id === wanted) ?? lessons[0];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $('status');
installStatusLine(status, document.querySelector('.topbar'));
function say(text: string, error = false): void {
  status.textContent = text;
  status.classList.toggle('error', error);
}

const progress = new Progress(lesson.id);
// the engine's worker session, adopting what the page's head started (boot.ts)
const started = performance.now();
const sessionPromise: Promise<WorkerSession> = startSession();
let inspector: LessonInspector | null = null;

/** A runnable block of the page: a cell or an exercise, in document order. */
interface Runnable {
  index: number;
  editor: EditorView;
  output: HTMLElement;
  exercise: Exercise | null;
  /** The block's element (the inspector goes under it in the narrow layout). */
  box: HTMLElement;
  /** Where the block's edits are kept (progress.ts): the exercise id or `cell:<section>:<n>`. */
  key: string;
  /** The code the lesson gives (starter or cell), for Reset. */
  original: string;
  ran: boolean;
  runs: number;
  /** View directives that follow this block in its section. */
  views: ViewDirective[];
  note: HTMLElement;
  stepping: CellStepping;
  /** The last run (the export takes its outputs). */
  result?: RunResult;
}
const runnables: Runnable[] = [];
let queue: Promise<unknown> = Promise.resolve();

function code(r: Runnable): string {
  return r.editor.state.doc.toString();
}

async function execute(r: Runnable, step = false): Promise<RunResult> {
  const session = await sessionPromise;
  renderRunning(r.output);
  r.stepping.close();
  const result = await session.run(code(r), runOptions(step));
  r.result = result;
  r.stepping.after(result, step);
  r.ran = true;
  r.runs += 1;
  renderOutput(r.output, result, r.runs);
  r.output.dataset.runs = String(r.runs); // tests wait on it
  markErrorLine(r.editor, result.error && result.error.line > 0 ? result.error.line : null);
  if (inspector) await inspector.afterRun(result, code(r), r.box, r.views);
  return result;
}

/** Where an earlier block is, for the "ran first" notice: its section's title. */
function sectionOf(r: Runnable): string {
  return r.box.closest('.lesson-section')?.querySelector('h2')?.textContent ?? '';
}

/** Runs every earlier block not yet run, then `r` (and, for an exercise, its check). */
function run(r: Runnable, check: boolean, step = false): Promise<unknown> {
  document.body.dataset.busy = 'true'; // tests wait for 'false'
  const mine: Promise<unknown> = (queue = queue.then(async () => {
    const earlier = runnables.slice(0, r.index).filter((e) => !e.ran);
    for (const e of earlier) await execute(e);
    r.note.hidden = earlier.length === 0;
    if (earlier.length) {
      const sections = [...new Set(earlier.map(sectionOf))];
      r.note.textContent = `First ran ${earlier.length} earlier block${earlier.length > 1 ? 's' : ''} this one needs (${sections.join(', ')}).`;
    }
    const result = await execute(r, step);
    if (check && r.exercise) {
      // The check runs even when the learner's code raised: a wrong answer can fail later in
      // the learner's own code (a kde of -inf values), and its hint explains why.
      const outcome: CheckOutcome = await runCheck(await sessionPromise, r.exercise, code(r));
      showOutcome(r.exercise, result.error ? afterError(result.error, outcome) : outcome);
    }
  }).catch((e: Error) => say(`Run failed: ${e.message}`, true)).finally(() => {
    if (queue === mine) document.body.dataset.busy = 'false';
  }));
  return mine;
}

function feedbackOf(id: string): HTMLElement {
  return document.querySelector(`[data-exercise="${id}"] [data-testid="feedback"]`) as HTMLElement;
}

function showOutcome(ex: Exercise, outcome: CheckOutcome): void {
  const box = feedbackOf(ex.id);
  box.dataset.status = outcome.status;
  if (outcome.status === 'passed') {
    progress.markSolved(ex.id);
    box.textContent = 'Correct — well done.';
  } else if (outcome.status === 'hint') {
    box.textContent = outcome.message;
  } else {
    box.textContent = `Your code raised ${outcome.type}: ${outcome.message}`;
  }
  updateProgress();
}

function updateProgress(): void {
  $('progress').textContent = `${progress.solvedCount()} / ${exerciseCount} exercises solved`;
  for (const el of document.querySelectorAll<HTMLElement>('[data-exercise]')) {
    const solved = progress.isSolved(el.dataset.exercise!);
    el.dataset.solved = String(solved);
    const toc = document.querySelector<HTMLElement>(`[data-toc-exercise="${el.dataset.exercise}"]`);
    if (toc) toc.dataset.solved = String(solved);
  }
}

/**
 * A runnable block in `parent`: `at` is its position among the page's blocks (default: the
 * end); later blocks move up one. `key` names its saved draft.
 */
function addRunnable(parent: HTMLElement, original: string, exercise: Exercise | null, key: string, at = runnables.length, before: Element | null = null): Runnable {
  const editorHost = h('div', { class: 'cell-editor', 'data-testid': 'cell-editor' });
  const output = h('div', { class: 'output', 'data-testid': 'output', 'data-runs': '0' });
  const note = h('p', { class: 'ran-first', 'data-testid': 'ran-first', role: 'note', hidden: true });
  const r = {} as Runnable;
  Object.assign(r, { index: at, output, exercise, key, original, ran: false, runs: 0, views: [], note });
  r.editor = createEditor(editorHost, progress.code(key) ?? original, {
    onRun: () => void run(r, exercise !== null),
    onRunAndAdvance: () => {
      void run(r, exercise !== null);
      runnables[r.index + 1]?.editor.focus();
    },
  }, { wrap: true, onChange: (text) => progress.saveCode(key, text) });
  runnables.splice(at, 0, r);
  runnables.forEach((x, i) => (x.index = i));
  const label = exercise ? 'Run & check' : 'Run';
  const runButton = h('button', { type: 'button', class: 'run', 'data-testid': exercise ? 'check' : 'run', text: label });
  runButton.addEventListener('click', () => void run(r, exercise !== null));
  const stepHost = h('div', { class: 'cell-step' });
  r.stepping = cellStepping(r.editor, stepHost);
  bindStepKey(r.editor, () => void run(r, false, true));
  const bar = h('div', { class: 'cell-bar' }, runButton, stepButton(() => void run(r, false, true)));
  const cell = h('div', { class: 'lesson-cell', 'data-testid': 'lesson-cell' }, editorHost, bar, note, output, stepHost);
  parent.insertBefore(cell, before);
  r.box = exercise ? parent : cell;
  return r;
}

/** A learner's own cell at the end of a section: runs after the blocks above it. */
function addScratchCell(section: HTMLElement, button: HTMLElement, sectionId: string, n: number): Runnable {
  const later = runnables.findIndex((x) => x.box.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_PRECEDING);
  const r = addRunnable(section, '', null, `cell:${sectionId}:new${n}`, later < 0 ? runnables.length : later, button);
  r.box.classList.add('scratch');
  return r;
}

let exerciseCount = 0;

function renderExercise(parent: HTMLElement, ex: Exercise): Runnable {
  exerciseCount += 1;
  const box = h('section', { class: 'exercise', 'data-exercise': ex.id, 'aria-label': `Exercise ${ex.id}` });
  const statement = h('div', { class: 'statement' });
  statement.innerHTML = renderMarkdown(ex.statement); // escaped by renderMarkdown
  box.append(h('h3', { text: 'Exercise' }), statement);
  parent.append(box);
  const r = addRunnable(box, ex.starter, ex, ex.id);
  const hints = h('ol', { class: 'hints', 'data-testid': 'hints' });
  let shown = 0;
  const hintButton = h('button', { type: 'button', 'data-testid': 'hint', text: 'Hint' });
  hintButton.addEventListener('click', () => {
    if (shown < ex.hints.length) {
      const li = h('li');
      li.innerHTML = renderMarkdown(ex.hints[shown++]);
      hints.append(li);
    }
    if (shown >= ex.hints.length) hintButton.disabled = true;
  });
  const reveal = h('button', { type: 'button', 'data-testid': 'reveal', text: 'Show solution' });
  reveal.addEventListener('click', () => setCode(r.editor, ex.solution));
  const reset = h('button', { type: 'button', 'data-testid': 'reset', text: 'Reset to starter' });
  reset.addEventListener('click', () => setCode(r.editor, ex.starter));
  const feedback = h('p', { class: 'feedback', 'data-testid': 'feedback', role: 'status', 'aria-live': 'polite' });
  box.append(h('div', { class: 'exercise-bar' }, hintButton, reveal, reset), feedback, hints);
  return r;
}

function render(): void {
  document.title = `${lesson.title} — stridelab`;
  $('lesson-title').textContent = lesson.title;
  $('lesson-subtitle').textContent = lesson.subtitle;
  const main = $('lesson');
  const toc = $('toc');
  for (const section of lesson.sections) {
    const el = h('section', { class: 'lesson-section', id: section.id });
    el.append(h('h2', { text: section.title }));
    const tocItem = h('li', {}, h('a', { href: `#${section.id}`, text: section.title }));
    let last: Runnable | null = null;
    let cells = 0;
    for (const block of section.blocks) {
      if (block.kind === 'prose') {
        const p = h('div', { class: 'prose' });
        p.innerHTML = renderMarkdown(block.markdown); // escaped by renderMarkdown
        el.append(p);
      } else if (block.kind === 'cell') {
        last = addRunnable(el, block.code, null, `cell:${section.id}:${cells++}`);
      } else if (block.kind === 'exercise') {
        last = renderExercise(el, block.exercise);
        tocItem.append(h('span', { class: 'toc-exercise', 'data-toc-exercise': block.exercise.id, title: 'exercise', text: ' ✎' }));
      } else if (block.kind === 'view' && last) {
        last.views.push(block);
      }
    }
    const scratch = h('button', { type: 'button', class: 'new-cell', 'data-testid': 'new-cell', text: '+ New cell', title: 'A cell of your own: try something, then inspect it' });
    el.append(scratch);
    // cells made on an earlier visit come back with their drafts
    let made = 0;
    while (progress.code(`cell:${section.id}:new${made}`) !== undefined) addScratchCell(el, scratch, section.id, made++);
    scratch.addEventListener('click', () => addScratchCell(el, scratch, section.id, made++).editor.focus());
    toc.append(tocItem);
    main.append(el);
  }
  // the learner's own code (answers included) with its outputs, to take to Jupyter
  $('reset-progress').before(
    ...exportButtons(
      () => runnables.map((x) => ({ code: code(x), result: x.result ?? null, executionCount: x.result ? x.runs : null })),
      `${lesson.id}-answers`,
      { title: lesson.title },
    ),
  );
  $('reset-progress').addEventListener('click', () => {
    if (!confirm("Forget solved exercises and every edit, and put the lesson's code back in all blocks?")) return;
    for (let i = runnables.length - 1; i >= 0; i--) {
      if (!runnables[i].box.classList.contains('scratch')) continue;
      runnables[i].box.remove();
      runnables.splice(i, 1);
    }
    runnables.forEach((x, i) => (x.index = i));
    for (const r of runnables) if (code(r) !== r.original) setCode(r.editor, r.original);
    progress.reset(); // after setCode, which saved the originals as drafts
    for (const fb of document.querySelectorAll<HTMLElement>('[data-testid=feedback]')) {
      fb.textContent = '';
      delete fb.dataset.status;
    }
    updateProgress();
    say("Progress reset: every block shows the lesson's code again.");
  });
  updateProgress();
}

render();
sessionPromise.then(
  (session) => {
    inspector = new LessonInspector($('inspector-aside'), session);
    say(`Engine ready (${Math.round(performance.now() - started)} ms)`);
    document.body.dataset.engine = 'ready';
    registerServiceWorker();
  },
  (e: Error) => {
    say(`Engine failed to load: ${e.message}`, true);
    document.body.dataset.engine = 'failed';
  },
);
