// step-panel.ts — the stepping UI under a cell: replays a recorded run (`run(code, {step:
// true})`, web/lib/step-timeline.ts) one statement at a time.
//
//   const panel = createStepPanel(host, result, { editor, onStop });
//
// Draws a toolbar (Back, Step Into F11, Step Over F10, Step Out Shift+F11, Continue, Stop), a
// timeline slider under the cell to scrub to any step (`data-testid="step-timeline"`), the
// output printed so far, the variables at that step (a buffer created by the step flashes,
// `data-created`), and a Memory / Strides inspector drawing the snapshot's bytes — the bytes
// as they were at that step, not as they are now. The current line is highlighted in the
// cell's editor (cell-marks.ts). It starts before the first statement (index -1) and
// `stepInto()` moves to the first.
//
// It never runs code: the host ran the cell and passes the result; Stop calls `onStop` (the
// host removes the panel).

import type { EditorView } from '@codemirror/view';
import type { GlobalInfo, RunResult, Step, WorkerSession } from 'stridelab';
import { StepTimeline } from 'stridelab/step-timeline';
import { markStepLine } from './cell-marks';
import { h, tuple } from './dom';
import { createInspector, type Inspector } from './inspector';
import { installStepStyles } from './step-styles';

export interface StepPanelOptions {
  /** The cell's editor: the current line is highlighted there. */
  editor?: EditorView;
  /** Stop pressed (or Escape): the host ends stepping. */
  onStop?: () => void;
  theme?: 'light' | 'dark';
}

export interface StepPanel {
  readonly element: HTMLElement;
  readonly timeline: StepTimeline;
  /** Shows step `i` (-1: before the first statement). */
  goTo(i: number): Promise<void>;
  stepInto(): Promise<void>;
  stepOver(): Promise<void>;
  stepOut(): Promise<void>;
  continue(): Promise<void>;
  back(): Promise<void>;
  destroy(): void;
}

/** The session-shaped view of one step that the inspector draws from. */
function snapshotSession(t: StepTimeline): WorkerSession {
  const s = {
    inspect: async (name: string) => t.inspect(name),
    readBytes: async (id: number, start: number, length: number) => t.readBytes(id, start, length),
    globals: async (): Promise<GlobalInfo[]> =>
      (t.current?.vars ?? []).map((v) => ({ name: v.name, type: v.type, summary: v.summary })),
  };
  return s as unknown as WorkerSession;
}

export function createStepPanel(host: HTMLElement, result: RunResult, options: StepPanelOptions = {}): StepPanel {
  const t = new StepTimeline(result);
  const stdout = result.stdout ?? '';
  const button = (testid: string, label: string, title: string) =>
    h('button', { type: 'button', class: 'sl-step-btn', 'data-testid': testid, title, text: label });
  const back = button('step-back', '◀ Back', 'Previous statement');
  const into = button('step-into', 'Step Into', 'Next statement, entering calls (F11)');
  const over = button('step-over', 'Step Over', 'Next statement at this level (F10)');
  const out = button('step-out', 'Step Out', 'Out of the current function (Shift+F11)');
  const cont = button('step-continue', 'Continue', 'To the end, or the next statement that raised');
  const stop = button('step-stop', 'Stop', 'End stepping (Esc)');
  const slider = h('input', {
    type: 'range',
    class: 'sl-step-slider',
    'data-testid': 'step-timeline',
    min: -1,
    max: Math.max(-1, t.length - 1),
    step: 1,
    value: -1,
    'aria-label': 'Timeline: the state after each statement',
  }) as HTMLInputElement;
  const ticks = h('div', { class: 'sl-step-ticks', 'aria-hidden': 'true' });
  t.steps.forEach((st, i) => {
    const tick = h('span', { class: `sl-step-tick${st.raised ? ' raised' : ''}${st.created.length ? ' created' : ''}`, title: `step ${i + 1}: line ${st.line}` });
    tick.style.left = `${t.length > 1 ? (i / (t.length - 1)) * 100 : 0}%`;
    tick.addEventListener('click', () => void goTo(i));
    ticks.append(tick);
  });
  const label = h('div', { class: 'sl-step-label', 'data-testid': 'step-label', 'aria-live': 'polite' });
  const printed = h('pre', { class: 'sl-step-stdout', 'data-testid': 'step-stdout' });
  const vars = h('ul', { class: 'sl-step-vars', 'data-testid': 'step-vars' });
  const inspectorHost = h('div', { class: 'sl-step-inspector' });
  const root = h(
    'section',
    { class: 'sl-step', 'data-testid': 'step-panel', tabindex: 0, 'aria-label': 'Step through the cell' },
    h('div', { class: 'sl-step-bar' }, back, into, over, out, cont, stop),
    h('div', { class: 'sl-step-track' }, slider, ticks),
    label,
    h('div', { class: 'sl-step-body' }, h('div', { class: 'sl-step-side' }, vars, printed), inspectorHost),
  );
  if (options.theme) root.dataset.theme = options.theme;
  host.replaceChildren(root);
  installStepStyles(root);
  const inspector: Inspector = createInspector(inspectorHost, snapshotSession(t), {
    tabs: ['memory', 'strides'],
    ...(options.theme ? { theme: options.theme } : {}),
  });
  let selected: string | null = null;
  let destroyed = false;

  function describe(st: Step | undefined, i: number): string {
    if (!st) return t.length ? `Before the first statement · ${t.length} steps recorded${t.truncated ? ' (recording stopped at the cap)' : ''}` : 'No statements ran.';
    const where = st.function === '<module>' ? '' : ` · in ${st.function}()`;
    return `Step ${i + 1} of ${t.length} · line ${st.line}${where}${st.raised ? ' · raised an exception' : ''}${
      st.created.length ? ` · ${st.created.length} new buffer${st.created.length > 1 ? 's' : ''}` : ''
    }`;
  }

  function renderVars(st: Step | undefined): void {
    vars.replaceChildren();
    if (!st) return;
    for (const v of st.vars) {
      const created = Boolean(v.array && st.created.includes(v.array.bufferId));
      const detail = v.array
        ? `${v.array.dtypeText ?? v.array.dtype} ${tuple(v.array.shape)} · buffer #${v.array.bufferId}${v.array.base ? ' (view)' : ''}`
        : `${v.type} · ${v.summary}`;
      const row = h(
        'li',
        {
          class: `sl-step-var${created ? ' sl-flash' : ''}${v.name === selected ? ' selected' : ''}${v.local ? ' local' : ''}`,
          'data-name': v.name,
          ...(created ? { 'data-created': 'true' } : {}),
        },
        h('span', { class: 'sl-step-var-name', text: v.name }),
        h('span', { class: 'sl-step-var-detail', text: detail }),
      );
      if (v.array) {
        row.tabIndex = 0;
        row.setAttribute('role', 'button');
        row.addEventListener('click', () => void select(v.name));
        row.addEventListener('keydown', (e) => {
          if (e.key === 'Enter' || e.key === ' ') void select(v.name);
        });
      }
      vars.append(row);
    }
  }

  async function select(name: string | null): Promise<void> {
    selected = name;
    for (const li of vars.querySelectorAll('li')) li.classList.toggle('selected', (li as HTMLElement).dataset.name === name);
    await inspector.select(name);
  }

  async function goTo(i: number): Promise<void> {
    if (destroyed) return;
    const st = t.goTo(i);
    slider.value = String(t.index);
    label.textContent = describe(st, t.index);
    printed.textContent = stdout.slice(0, st?.stdoutLength ?? 0);
    printed.hidden = !printed.textContent;
    back.disabled = t.index < 0;
    for (const b of [into, over, out, cont]) b.disabled = t.atEnd;
    ticks.querySelectorAll('.sl-step-tick').forEach((el, k) => el.classList.toggle('current', k === t.index));
    if (options.editor) markStepLine(options.editor, st ? st.line : null);
    // show what the step made: the array whose buffer appeared, else keep the selection
    const fresh = st?.vars.find((v) => v.array && st.created.includes(v.array.bufferId));
    const keep = selected && st?.vars.some((v) => v.name === selected && v.array) ? selected : null;
    const first = st?.vars.find((v) => v.array)?.name ?? null;
    selected = fresh?.name ?? keep ?? first;
    renderVars(st);
    await inspector.select(selected);
  }

  const act = (f: () => unknown) => async () => {
    f();
    await goTo(t.index);
  };
  const api: StepPanel = {
    element: root,
    timeline: t,
    goTo,
    stepInto: act(() => t.stepInto()),
    stepOver: act(() => t.stepOver()),
    stepOut: act(() => t.stepOut()),
    continue: act(() => t.continue()),
    back: act(() => t.stepBack()),
    destroy(): void {
      destroyed = true;
      inspector.destroy();
      if (options.editor) markStepLine(options.editor, null);
      root.remove();
    },
  };
  back.addEventListener('click', () => void api.back());
  into.addEventListener('click', () => void api.stepInto());
  over.addEventListener('click', () => void api.stepOver());
  out.addEventListener('click', () => void api.stepOut());
  cont.addEventListener('click', () => void api.continue());
  stop.addEventListener('click', () => options.onStop?.());
  slider.addEventListener('input', () => void goTo(Number(slider.value)));
  root.addEventListener('keydown', (e) => {
    if (e.key === 'F10') void api.stepOver();
    else if (e.key === 'F11' && e.shiftKey) void api.stepOut();
    else if (e.key === 'F11') void api.stepInto();
    else if (e.key === 'Escape') options.onStop?.();
    else return;
    e.preventDefault();
  });
  void goTo(-1);
  return api;
}
