// cell.ts — the heavy part of a <stride-lab> element, loaded when it comes near the viewport:
// the CodeMirror editor (replacing the plain-text code), the run/stop wiring through the
// session group (sessions.ts), the output (output.ts) and the array views (mount.ts).
//
// After each run: the output shows stdout, figures, the value repr or the traceback (the
// failing line is marked in the editor); the view (attribute `view`) opens on the array named
// by `inspect`, else on the last ndarray the cell assigns, else on the session's last ndarray
// global. Views offer tabs (memory, strides, broadcast, index); the `view` attribute picks
// the one shown. The element (element.ts) owns attributes, properties and events.

import type { EditorView } from '@codemirror/view';
import type { RunError, RunResult, WorkerSession } from 'stridelab';
import { createEditor, markErrorLine, setCode, setReadOnly } from '../editor';
import { bindStepKey, cellStepping, runOptions, stepButton, type CellStepping } from '../cell-stepping';
import { mount, type MountedView, type ViewName } from '../mount';
import { renderFailure, renderOutput, renderRunning } from '../output';
import { assignedNames } from './dedent';
import { groupFor, type Member, type SessionGroup } from './sessions';

export interface CellParts {
  cell: HTMLElement;
  toolbar: HTMLElement;
  run: HTMLButtonElement;
  stop: HTMLButtonElement;
  status: HTMLElement;
  editor: HTMLElement;
  code: HTMLElement;
  output: HTMLElement;
  view: HTMLElement;
}

/** What element.ts gives the runtime. */
export interface CellHost {
  readonly element: HTMLElement;
  readonly parts: CellParts;
  code(): string;
  attr(name: string): string | null;
  has(name: string): boolean;
  emit(type: 'run' | 'result' | 'error', detail: unknown): void;
}

export interface CellRuntime {
  readonly code: string;
  setCode(code: string): void;
  run(): Promise<RunResult>;
  attributeChanged(name: string): void;
  reconnected(): void;
}

const VIEWS: readonly ViewName[] = ['memory', 'strides', 'broadcast', 'index'];

export function attachCell(host: CellHost): CellRuntime {
  return new Cell(host);
}

class Cell implements Member, CellRuntime {
  readonly #host: CellHost;
  readonly #editor: EditorView;
  #group: SessionGroup;
  #completed = 0;
  #last: RunResult | null = null;
  #view: MountedView | null = null;
  #session: WorkerSession | null = null;
  #queued = 0;
  #dark: MediaQueryList | null = null;
  #stepping: CellStepping;
  #stepNext = false; // the queued run records steps (Step button / F10)

  constructor(host: CellHost) {
    this.#host = host;
    const p = host.parts;
    this.#editor = createEditor(
      p.editor,
      host.code(),
      { onRun: () => void this.run().catch(() => undefined), onRunAndAdvance: () => void this.run().catch(() => undefined) },
      { readOnly: host.has('readonly'), label: 'Python code', wrap: true }, // a prose column is narrow
    );
    p.code.remove(); // the plain-text code until now
    const stepHost = document.createElement('div');
    stepHost.className = 'step-host';
    stepHost.setAttribute('part', 'step');
    p.output.after(stepHost);
    this.#stepping = cellStepping(this.#editor, stepHost, { theme: () => this.#theme() });
    const step = () => {
      this.#stepNext = true;
      void this.run().catch(() => undefined);
    };
    bindStepKey(this.#editor, step);
    const stepBtn = stepButton(step);
    stepBtn.setAttribute('part', 'step-button');
    p.run.after(stepBtn);
    this.#group = groupFor(host.attr('session') ?? '');
    this.#group.add(this);
    p.stop.addEventListener('click', () => void this.#group.interrupt());
    p.status.textContent = 'Starting the engine…';
    // the engine starts now (not at the first run), so Run answers fast
    this.#group.session().then(
      () => {
        if (p.status.textContent === 'Starting the engine…') p.status.textContent = '';
      },
      (e: Error) => this.fail(e),
    );
    this.#dark = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
    this.#dark?.addEventListener('change', () => this.#applyTheme());
  }

  // ---- Member (sessions.ts)

  get host(): HTMLElement {
    return this.#host.element;
  }

  get completed(): number {
    return this.#completed;
  }

  get last(): RunResult | null {
    return this.#last;
  }

  get bare(): boolean {
    return this.#host.has('bare');
  }

  get files(): string[] {
    return (this.#host.attr('files') ?? '').split(/\s+/).filter(Boolean);
  }

  setQueued(queued: boolean): void {
    this.#queued += queued ? 1 : -1;
    const p = this.#host.parts;
    p.stop.disabled = this.#queued === 0;
    if (this.#queued > 0 && !p.cell.classList.contains('running')) {
      p.status.textContent = 'Queued…';
      p.status.classList.remove('error');
    }
    if (this.#queued === 0 && p.status.textContent === 'Queued…') p.status.textContent = '';
  }

  fail(error: Error): void {
    const p = this.#host.parts;
    p.status.textContent = 'The engine could not start';
    p.status.classList.add('error');
    renderFailure(p.output, `stridelab: ${error.message}`);
    this.#host.emit('error', { type: 'EngineError', message: error.message });
  }

  async execute(session: WorkerSession, count: number): Promise<RunResult> {
    const p = this.#host.parts;
    const code = this.code;
    this.#session = session;
    p.cell.classList.add('running');
    p.status.textContent = 'Running…';
    p.status.classList.remove('error');
    renderRunning(p.output);
    markErrorLine(this.#editor, null);
    this.#host.emit('run', { code });
    let result: RunResult;
    try {
      const stepping = this.#stepNext;
      this.#stepNext = false;
      this.#stepping.close();
      result = await session.run(code, { filename: '<cell>', ...runOptions(stepping) });
      this.#stepping.after(result, stepping);
    } catch (e) {
      p.cell.classList.remove('running');
      this.fail(e as Error);
      throw e;
    }
    this.#completed++;
    this.#last = result;
    p.cell.classList.remove('running');
    p.status.textContent = '';
    renderOutput(p.output, result, count);
    p.output.dataset.runs = String(this.#completed);
    if (result.error && result.error.line > 0 && result.error.type !== 'KeyboardInterrupt') markErrorLine(this.#editor, result.error.line);
    try {
      await this.#showViews(session, result, code);
    } catch {
      // a view that cannot draw (the session restarted meanwhile) must not fail the run
    }
    this.#host.emit('result', result);
    if (result.error) this.#host.emit('error', result.error satisfies RunError);
    return result;
  }

  // ---- CellRuntime (element.ts)

  get code(): string {
    return this.#editor.state.doc.toString();
  }

  setCode(code: string): void {
    setCode(this.#editor, code);
  }

  run(): Promise<RunResult> {
    return this.#group.enqueue(this);
  }

  reconnected(): void {
    this.#group.add(this);
  }

  attributeChanged(name: string): void {
    switch (name) {
      case 'readonly':
        setReadOnly(this.#editor, this.#host.has('readonly'));
        break;
      case 'theme':
        this.#applyTheme();
        break;
      case 'session': {
        this.#group.delete(this);
        this.#group = groupFor(this.#host.attr('session') ?? '');
        this.#group.add(this);
        break;
      }
      case 'view':
      case 'inspect':
        if (this.#session && this.#last) void this.#showViews(this.#session, null).catch(() => undefined);
        break;
    }
  }

  // ---- views

  #viewName(): ViewName | null {
    const v = (this.#host.attr('view') ?? 'none').trim();
    return (VIEWS as readonly string[]).includes(v) ? (v as ViewName) : null;
  }

  #theme(): 'light' | 'dark' {
    const t = this.#host.attr('theme');
    return t === 'dark' || (t === 'auto' && this.#dark?.matches) ? 'dark' : 'light';
  }

  #applyTheme(): void {
    if (this.#view) this.#view.element.dataset.theme = this.#theme();
  }

  /**
   * Draws the views after a run (`result`, and the `code` that ran: it names unnamed index
   * sources by their expression), or re-draws them for a changed attribute (null).
   */
  async #showViews(session: WorkerSession, result: RunResult | null, code?: string): Promise<void> {
    const p = this.#host.parts;
    const view = this.#viewName();
    if (!view) {
      p.view.hidden = true;
      return;
    }
    p.view.hidden = false;
    const name = this.#host.attr('inspect') ?? (await this.#defaultArray(session));
    if (!this.#view) {
      this.#view = mount(p.view, session, null, { views: VIEWS, view, theme: this.#theme() });
      await this.#view.ready;
      if (this.#last) await this.#view.update(this.#last, code);
      await this.#view.show(view, name);
      return;
    }
    if (result) await this.#view.update(result, code);
    await this.#view.select(name);
    await this.#view.show(view);
  }

  /** The last ndarray the cell assigns, else the session's last ndarray global. */
  async #defaultArray(session: WorkerSession): Promise<string | null> {
    const arrays = (await session.globals()).filter((g) => g.type === 'ndarray').map((g) => g.name);
    const assigned = assignedNames(this.code).filter((n) => arrays.includes(n));
    return assigned.at(-1) ?? arrays.at(-1) ?? null;
  }
}
