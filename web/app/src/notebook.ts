// notebook.ts — the list of cells. Each cell is an editor, a Run button and an output area;
// runs go through one queue so cells execute in the order they were asked for. A failed run
// marks its failing line in the cell's editor. The page can read all cells' code (for
// sharing) and replace the cells (examples, shared links).
//
// Time to interactive (issue 16): a cell first shows its code as highlighted static text
// (static-code.ts) and is runnable at once (the run and its output need no CodeMirror). The
// CodeMirror half (notebook-editor.ts: editor, Step, line costs; most of the page's JS) is
// loaded by loadEditors() — the page calls it once the engine is ready, so that evaluating
// it does not hold up the main thread while the engine's answer is on its way — or at once
// when the user clicks or types into a static cell; then every cell is upgraded to its
// editor (a focused static cell passes its focus on). Step and per-line costs exist once a
// cell is upgraded.

import type { EditorView } from '@codemirror/view';
import type { NotebookCell, RunOptions, RunResult, WorkerSession } from 'stridelab';
import type { CellStepping } from '../../ui/cell-stepping';
import { h } from '../../ui/dom';
import { renderFailure, renderOutput, renderRunning } from '../../ui/output';
import { staticCode } from './static-code';

type EditorModule = typeof import('./notebook-editor');

export interface NotebookHooks {
  /**
   * Called after every run (successful or not), e.g. to refresh variables; `code` is the code
   * that ran (names the arrays it assigned and the expressions it indexed), `cell` the cell's
   * element (a narrow page shows the inspector under it).
   */
  afterRun: (result: RunResult | null, code: string, cell: HTMLElement) => Promise<void> | void;
  /** Called when the busy state changes. */
  onBusy: (busy: boolean) => void;
  /** Scroll a finished cell's output into view (default true; an embed must not scroll its parent). */
  followOutput?: boolean;
}

export interface Cell {
  root: HTMLElement;
  head: HTMLElement;
  editorHost: HTMLElement;
  output: HTMLElement;
  stepHost: HTMLElement;
  runButton: HTMLButtonElement;
  /** The code while the cell is static (before its editor exists). */
  code: string;
  /** The CodeMirror editor and its stepping, once upgraded. */
  editor: EditorView | null;
  stepping: CellStepping | null;
  /** The failing line of the last run (marked in the editor when it arrives). */
  errorLine: number | null;
  removed: boolean;
  /** The last run (for export), and its prompt number. */
  result?: RunResult | null;
  count?: number;
}

/** The options of a run before the editor (and cell-stepping's runOptions) has loaded: profiled, as runOptions(false). */
const PLAIN_RUN: RunOptions = { profile: true };

export class Notebook {
  #container: HTMLElement;
  #session: Promise<WorkerSession>;
  #hooks: NotebookHooks;
  #cells: Cell[] = [];
  #queue: Promise<void> = Promise.resolve();
  #pending = 0;
  #count = 0;
  #editorModule: Promise<EditorModule> | null = null;
  #ed: EditorModule | null = null;
  /** The cell to focus once its editor exists (it was focused while static). */
  #focusWanted: Cell | null = null;

  constructor(container: HTMLElement, session: Promise<WorkerSession>, hooks: NotebookHooks) {
    this.#container = container;
    this.#session = session;
    this.#hooks = hooks;
  }

  /** Loads the editors (once) and upgrades every cell; resolves when they are editors. */
  loadEditors(): Promise<void> {
    this.#editorModule ??= import('./notebook-editor');
    return this.#editorModule.then(
      (ed) => {
        if (this.#ed) return;
        this.#ed = ed;
        for (const c of this.#cells) this.#upgrade(c);
        document.body.dataset.editors = 'ready';
      },
      () => {
        document.body.dataset.editors = 'failed'; // the cells stay static (and runnable)
      },
    );
  }

  /** The cell's code: its editor's, or the static text's. */
  #code(cell: Cell): string {
    return cell.editor ? cell.editor.state.doc.toString() : cell.code;
  }

  addCell(code = '', after?: Cell): Cell {
    const runButton = h('button', { type: 'button', class: 'run', 'data-testid': 'run', title: 'Run (Ctrl+Enter)', text: '▶ Run' });
    const editorHost = h('div', { class: 'cell-editor', 'data-testid': 'cell-editor' });
    const output = h('div', { class: 'cell-output', 'data-testid': 'output', 'aria-live': 'polite' });
    const prompt = h('span', { class: 'cell-prompt', text: 'In [ ]:' });
    const stepHost = h('div', { class: 'cell-step' });
    const head = h('div', { class: 'cell-head' }, prompt, runButton);
    const root = h('div', { class: 'cell' }, head, editorHost, output, stepHost);
    const cell: Cell = { root, head, editorHost, output, stepHost, runButton, code, editor: null, stepping: null, errorLine: null, removed: false };
    runButton.addEventListener('click', () => void this.run(cell));
    const at = after ? this.#cells.indexOf(after) + 1 : this.#cells.length;
    this.#cells.splice(at, 0, cell);
    const next = this.#cells[at + 1];
    if (next) this.#container.insertBefore(root, next.root);
    else this.#container.append(root);
    if (this.#ed) this.#upgrade(cell);
    else {
      const text = staticCode(code);
      // focus (click, Tab) on the static text: the editor takes over when it has loaded;
      // the run keys work already
      text.addEventListener('focus', () => this.focusCell(cell));
      text.addEventListener('pointerdown', () => void this.loadEditors());
      text.addEventListener('blur', () => {
        if (this.#focusWanted === cell && !cell.editor) this.#focusWanted = null;
      });
      text.addEventListener('keydown', (e) => {
        void this.loadEditors(); // the user wants to edit
        if (e.key !== 'Enter' || !(e.shiftKey || e.ctrlKey || e.metaKey)) return;
        e.preventDefault();
        void this.run(cell);
        if (e.shiftKey) this.#focusNext(cell);
      });
      editorHost.append(text);
    }
    return cell;
  }

  /** Replaces the cell's static text by its CodeMirror editor (the editor module has loaded). */
  #upgrade(cell: Cell): void {
    const ed = this.#ed;
    if (!ed || cell.editor || cell.removed) return;
    const hadFocus = cell.editorHost.contains(document.activeElement) || this.#focusWanted === cell;
    cell.editorHost.replaceChildren();
    // long lines wrap: the cell column is narrow beside the docked inspector and at 800 px
    const editor = ed.createEditor(cell.editorHost, cell.code, {
      onRun: () => void this.run(cell),
      onRunAndAdvance: () => {
        void this.run(cell);
        this.#focusNext(cell);
      },
    }, { wrap: true });
    ed.bindStepKey(editor, () => void this.run(cell, true));
    cell.editor = editor;
    cell.stepping = ed.cellStepping(editor, cell.stepHost);
    cell.head.append(ed.stepButton(() => void this.run(cell, true)));
    if (cell.errorLine !== null) ed.markErrorLine(editor, cell.errorLine);
    if (cell.result) cell.stepping.after(cell.result, false); // the last run's line costs
    if (hadFocus) {
      this.#focusWanted = null;
      editor.focus();
    }
  }

  #focusNext(cell: Cell): void {
    const i = this.#cells.indexOf(cell);
    const next = this.#cells[i + 1] ?? this.addCell('', cell);
    this.focusCell(next);
  }

  /** Focuses the cell's editor (once it exists: until then its static text). */
  focusCell(cell: Cell): void {
    if (cell.editor) {
      cell.editor.focus();
      return;
    }
    this.#focusWanted = cell;
    const text = cell.editorHost.firstElementChild as HTMLElement | null;
    if (text && document.activeElement !== text) text.focus();
  }

  /** Every cell's code with its last run, in order (for export to Jupyter). */
  notebookCells(): NotebookCell[] {
    return this.#cells.map((c) => ({ code: this.#code(c), result: c.result ?? null, executionCount: c.count ?? null }));
  }

  /** The code of every cell, in order. */
  codes(): string[] {
    return this.#cells.map((c) => this.#code(c));
  }

  /** Replaces all cells by cells holding `codes` (at least one, possibly empty, cell). */
  setCells(codes: readonly string[]): void {
    for (const c of this.#cells) {
      c.removed = true;
      c.editor?.destroy();
      c.root.remove();
    }
    this.#cells = [];
    this.#focusWanted = null;
    for (const code of codes.length ? codes : ['']) this.addCell(code);
  }

  focusFirst(): void {
    if (this.#cells[0]) this.focusCell(this.#cells[0]);
  }

  runAll(): Promise<void> {
    return Promise.all(this.#cells.map((c) => this.run(c))).then(() => undefined);
  }

  /** Queues a run of `cell`; resolves when it has finished. */
  run(cell: Cell, step = false): Promise<void> {
    const code = this.#code(cell);
    cell.stepping?.close();
    renderRunning(cell.output);
    cell.root.classList.add('queued');
    this.#pending++;
    this.#hooks.onBusy(true);
    const job = this.#queue.then(async () => {
      cell.root.classList.remove('queued');
      cell.root.classList.add('running');
      let result: RunResult | null = null;
      try {
        const session = await this.#session;
        cell.errorLine = null;
        if (cell.editor) this.#ed?.markErrorLine(cell.editor, null);
        // stepping needs the editor (its panel marks lines): a static cell runs plainly
        const stepping = step && cell.stepping !== null;
        result = await session.run(code, this.#ed ? this.#ed.runOptions(stepping) : PLAIN_RUN);
        this.#count++;
        cell.result = result;
        cell.count = this.#count;
        cell.stepping?.after(result, stepping);
        if (result.error && result.error.line > 0 && result.error.type !== 'KeyboardInterrupt') {
          cell.errorLine = result.error.line;
          if (cell.editor) this.#ed?.markErrorLine(cell.editor, result.error.line);
        }
        renderOutput(cell.output, result, this.#count);
        if (this.#hooks.followOutput !== false) cell.output.scrollIntoView({ block: 'nearest' });
        (cell.root.querySelector('.cell-prompt') as HTMLElement).textContent = `In [${this.#count}]:`;
      } catch (e) {
        renderFailure(cell.output, `stridelab: ${(e as Error).message}`);
        if (this.#hooks.followOutput !== false) cell.output.scrollIntoView({ block: 'nearest' });
      } finally {
        cell.root.classList.remove('running');
        // completed runs of this cell: lets tests (and future UI) wait for a run to finish
        cell.output.dataset.runs = String(Number(cell.output.dataset.runs ?? 0) + 1);
      }
      try {
        await this.#hooks.afterRun(result, code, cell.root);
      } finally {
        this.#pending--;
        if (this.#pending === 0) this.#hooks.onBusy(false);
      }
    });
    this.#queue = job.catch(() => undefined);
    return job;
  }
}
