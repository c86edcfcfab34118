// notebook.ts — the list of cells. Each cell is a CodeMirror editor, a Run button and an
// output area; runs go through one queue so cells execute in the order they were asked for.
// A failed run marks its failing line in the cell's editor. The page can read all cells'
// code (for sharing) and replace the cells (examples, shared links).

import type { EditorView } from '@codemirror/view';
import type { NotebookCell, RunResult, WorkerSession } from 'stridelab';
import { h } from '../../ui/dom';
import { createEditor, markErrorLine } from '../../ui/editor';
import { renderFailure, renderOutput, renderRunning } from '../../ui/output';
import { bindStepKey, cellStepping, runOptions, stepButton, type CellStepping } from '../../ui/cell-stepping';

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

interface Cell {
  root: HTMLElement;
  editor: EditorView;
  output: HTMLElement;
  runButton: HTMLButtonElement;
  stepping: CellStepping;
  /** The last run (for export), and its prompt number. */
  result?: RunResult | null;
  count?: number;
}

export class Notebook {
  #container: HTMLElement;
  #session: Promise<WorkerSession>;
  #hooks: NotebookHooks;
  #cells: Cell[] = [];
  #queue: Promise<void> = Promise.resolve();
  #pending = 0;
  #count = 0;

  constructor(container: HTMLElement, session: Promise<WorkerSession>, hooks: NotebookHooks) {
    this.#container = container;
    this.#session = session;
    this.#hooks = hooks;
  }

  addCell(code = '', after?: Cell): Cell {
    const runButton = h('button', { type: 'button', class: 'run', 'data-testid': 'run', title: 'Run (Ctrl+Enter)', text: '▶ Run' });
    const editorHost = h('div', { class: 'cell-editor', 'data-testid': 'cell-editor' });
    const output = h('div', { class: 'cell-output', 'data-testid': 'output', 'aria-live': 'polite' });
    const prompt = h('span', { class: 'cell-prompt', text: 'In [ ]:' });
    const stepHost = h('div', { class: 'cell-step' });
    const step = stepButton(() => void this.run(cell, true));
    const root = h('div', { class: 'cell' }, h('div', { class: 'cell-head' }, prompt, runButton, step), editorHost, output, stepHost);
    // long lines wrap: the cell column is narrow beside the docked inspector and at 800 px
    const editor = createEditor(editorHost, code, {
      onRun: () => void this.run(cell),
      onRunAndAdvance: () => {
        void this.run(cell);
        this.#focusNext(cell);
      },
    }, { wrap: true });
    bindStepKey(editor, () => void this.run(cell, true));
    const cell: Cell = {
      root,
      output,
      runButton,
      stepping: cellStepping(editor, stepHost),
      editor,
    };
    runButton.addEventListener('click', () => void this.run(cell));
    const at = after ? this.#cells.indexOf(after) + 1 : this.#cells.length;
    this.#cells.splice(at, 0, cell);
    const next = this.#cells[at + 1];
    if (next) this.#container.insertBefore(root, next.root);
    else this.#container.append(root);
    return cell;
  }

  #focusNext(cell: Cell): void {
    const i = this.#cells.indexOf(cell);
    const next = this.#cells[i + 1] ?? this.addCell('', cell);
    next.editor.focus();
  }

  /** Every cell's code with its last run, in order (for export to Jupyter). */
  notebookCells(): NotebookCell[] {
    return this.#cells.map((c) => ({ code: c.editor.state.doc.toString(), result: c.result ?? null, executionCount: c.count ?? null }));
  }

  /** The code of every cell, in order. */
  codes(): string[] {
    return this.#cells.map((c) => c.editor.state.doc.toString());
  }

  /** Replaces all cells by cells holding `codes` (at least one, possibly empty, cell). */
  setCells(codes: readonly string[]): void {
    for (const c of this.#cells) {
      c.editor.destroy();
      c.root.remove();
    }
    this.#cells = [];
    for (const code of codes.length ? codes : ['']) this.addCell(code);
  }

  focusFirst(): void {
    this.#cells[0]?.editor.focus();
  }

  runAll(): Promise<void> {
    return Promise.all(this.#cells.map((c) => this.run(c))).then(() => undefined);
  }

  /** Queues a run of `cell`; resolves when it has finished. */
  run(cell: Cell, step = false): Promise<void> {
    const code = cell.editor.state.doc.toString();
    cell.stepping.close();
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
        markErrorLine(cell.editor, null);
        result = await session.run(code, runOptions(step));
        this.#count++;
        cell.result = result;
        cell.count = this.#count;
        cell.stepping.after(result, step);
        if (result.error && result.error.line > 0 && result.error.type !== 'KeyboardInterrupt') markErrorLine(cell.editor, result.error.line);
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
