// lesson-page.ts — the interactive lesson (lesson.html): a lesson file rendered as prose,
// runnable cells and checked exercises, with the inspector (memory / strides / broadcast /
// indexing views) open beside it. One engine session in a Web Worker serves the whole
// lesson; running a block first runs every earlier block not yet run, in order, so the
// learner can start anywhere. Exercise progress and code live in localStorage (progress.ts).
//
// Lessons are data: every web/app/lessons/*.md is bundled; `?lesson=<id>` picks one (the
// first by default). Not here: the format (lesson-format.ts), checking (checker.ts).
import type { RunResult, WorkerSession } from 'stridelab';
import { createWorkerSession } from 'stridelab/worker-client';
import type { EditorView } from '@codemirror/view';
import '../style.css';
import './lesson.css';
import { h } from '../../../ui/dom';
import { createEditor, markErrorLine } from '../../../ui/editor';
import { DEFAULT_TABS, mount, type MountedView } from '../../../ui';
import { registerServiceWorker } from '../offline';
import { renderOutput, renderRunning } from '../../../ui/output';
import { runCheck, type CheckOutcome } from './checker';
import { parseLesson, type Block, type Exercise, type Lesson } from './lesson-format';
import { renderMarkdown } from './markdown';
import { Progress } from './progress';

const sources = import.meta.glob('../../lessons/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const lessons: Lesson[] = Object.keys(sources)
  .sort()
  .map((k) => parseLesson(sources[k]));
const wanted = new URLSearchParams(location.search).get('lesson');
const lesson = lessons.find((l) => l.id === wanted) ?? lessons[0];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $('status');
function say(text: string, error = false): void {
  status.textContent = text;
  status.classList.toggle('error', error);
}

const progress = new Progress(lesson.id);
const started = performance.now();
const sessionPromise: Promise<WorkerSession> = createWorkerSession();
let inspector: MountedView | null = null;

/** A runnable block of the page: a cell or an exercise, in document order. */
interface Runnable {
  index: number;
  editor: EditorView;
  output: HTMLElement;
  exercise: Exercise | null;
  ran: boolean;
  runs: number;
  /** View directives that follow this block in its section. */
  views: Extract<Block, { kind: 'view' }>[];
}
const runnables: Runnable[] = [];
let queue: Promise<unknown> = Promise.resolve();

function code(r: Runnable): string {
  return r.editor.state.doc.toString();
}

async function execute(r: Runnable): Promise<RunResult> {
  const session = await sessionPromise;
  renderRunning(r.output);
  const result = await session.run(code(r));
  r.ran = true;
  r.runs += 1;
  renderOutput(r.output, result, r.runs);
  r.output.dataset.runs = String(r.runs); // tests wait on it
  markErrorLine(r.editor, result.error && result.error.line > 0 ? result.error.line : null);
  if (inspector) {
    await inspector.update(result);
    for (const v of r.views) await inspector.show(v.view, v.name);
  }
  return result;
}

/** Runs every earlier block not yet run, then `r` (and, for an exercise, its check). */
function run(r: Runnable, check: boolean): Promise<unknown> {
  queue = queue.then(async () => {
    for (const earlier of runnables.slice(0, r.index)) if (!earlier.ran) await execute(earlier);
    const result = await execute(r);
    if (r.exercise) progress.saveCode(r.exercise.id, code(r));
    if (check && r.exercise) {
      const outcome: CheckOutcome = result.error
        ? { status: 'error', type: result.error.type, message: result.error.message }
        : await runCheck(await sessionPromise, r.exercise, code(r));
      showOutcome(r.exercise, outcome);
    }
  }).catch((e: Error) => say(`Run failed: ${e.message}`, true));
  return queue;
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

function addRunnable(parent: HTMLElement, doc: string, exercise: Exercise | null): Runnable {
  const editorHost = h('div', { class: 'cell-editor', 'data-testid': 'cell-editor' });
  const output = h('div', { class: 'output', 'data-testid': 'output', 'data-runs': '0' });
  const r = {} as Runnable;
  Object.assign(r, { index: runnables.length, output, exercise, ran: false, runs: 0, views: [] });
  r.editor = createEditor(editorHost, doc, {
    onRun: () => void run(r, exercise !== null),
    onRunAndAdvance: () => {
      void run(r, exercise !== null);
      runnables[r.index + 1]?.editor.focus();
    },
  });
  runnables.push(r);
  const label = exercise ? 'Run & check' : 'Run';
  const runButton = h('button', { type: 'button', class: 'run', 'data-testid': exercise ? 'check' : 'run', text: label });
  runButton.addEventListener('click', () => void run(r, exercise !== null));
  const bar = h('div', { class: 'cell-bar' }, runButton);
  parent.append(h('div', { class: 'lesson-cell', 'data-testid': 'lesson-cell' }, editorHost, bar, output));
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
  const r = addRunnable(box, progress.code(ex.id) ?? ex.starter, ex);
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
  reveal.addEventListener('click', () => {
    r.editor.dispatch({ changes: { from: 0, to: r.editor.state.doc.length, insert: ex.solution } });
  });
  const reset = h('button', { type: 'button', 'data-testid': 'reset', text: 'Reset to starter' });
  reset.addEventListener('click', () => {
    r.editor.dispatch({ changes: { from: 0, to: r.editor.state.doc.length, insert: ex.starter } });
  });
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
    for (const block of section.blocks) {
      if (block.kind === 'prose') {
        const p = h('div', { class: 'prose' });
        p.innerHTML = renderMarkdown(block.markdown); // escaped by renderMarkdown
        el.append(p);
      } else if (block.kind === 'cell') {
        last = addRunnable(el, block.code, null);
      } else if (block.kind === 'exercise') {
        last = renderExercise(el, block.exercise);
        tocItem.append(h('span', { class: 'toc-exercise', 'data-toc-exercise': block.exercise.id, title: 'exercise', text: ' ✎' }));
      } else if (block.kind === 'view' && last) {
        last.views.push(block);
      }
    }
    toc.append(tocItem);
    main.append(el);
  }
  $('reset-progress').addEventListener('click', () => {
    progress.reset();
    updateProgress();
  });
  updateProgress();
}

render();
sessionPromise.then(
  (session) => {
    inspector = mount($('inspector'), session, null, { views: DEFAULT_TABS });
    say(`Engine ready (${Math.round(performance.now() - started)} ms)`);
    document.body.dataset.engine = 'ready';
    registerServiceWorker();
  },
  (e: Error) => {
    say(`Engine failed to load: ${e.message}`, true);
    document.body.dataset.engine = 'failed';
  },
);
