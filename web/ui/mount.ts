// mount.ts — the public entry of the views: mount(el, session, name, options) draws the
// memory / strides / broadcast / index / plot views of one session into `el` (any element of
// any page or shadow root; no framework). It is what the playground, the lesson page and the
// <stride-lab> element use.
//
//   const view = mount(el, session, 'a', { view: 'memory' });   // one view, no tabs
//   await view.ready;                                           // first drawing done
//   const all = mount(el, session, 'a', { views: ['memory', 'strides', 'broadcast', 'index'] });
//   await view.update(await session.run('b = a[::2]'));        // after every run of the session
//   await view.select('b');                                    // another array
//   view.show('strides');                                      // another view (if offered)
//   view.destroy();
//
// `name` is the global the memory and strides views open on (null: none yet). Broadcast,
// index and plot views draw the last matching op / figures of the results given to update().
// mount() never runs code and never lists variables; the host decides what to inspect.

import type { RunResult, WorkerSession } from 'stridelab';
import { createInspector, type Inspector, type InspectorTab } from './inspector';

export type ViewName = InspectorTab;
export const VIEW_NAMES: readonly ViewName[] = ['memory', 'strides', 'broadcast', 'index', 'plot'];

export interface MountOptions {
  /** The view shown first (default: the first of `views`, else 'memory'). */
  view?: ViewName;
  /** The views offered as tabs, in order (default: just `view`; one view shows no tab list). */
  views?: readonly ViewName[];
  /** A result to draw from at once (its ops and figures), as update(result) would. */
  result?: RunResult;
  /** Palette (default light). Later: set `el.dataset.theme = 'dark' | 'light'`. */
  theme?: 'light' | 'dark';
}

export interface MountedView {
  readonly element: HTMLElement;
  /** The array the memory and strides views show (null: none). */
  readonly selected: string | null;
  /** The view on show. */
  readonly view: ViewName;
  /** Settles once the first drawing (of `name` and options.result) is done. */
  readonly ready: Promise<void>;
  /**
   * Re-reads the selected array and takes the run's ops/figures; call after every run. `code`
   * (the code that ran, optional) names unnamed sources by their expression (`a.T[::2]`).
   */
  update(result: RunResult, code?: string): Promise<void>;
  /** Shows the array global `name` (null: nothing) in the memory and strides views. */
  select(name: string | null): Promise<void>;
  /** Switches to `view` (ignored when not offered); selects `name` first when given. */
  show(view: ViewName, name?: string | null): Promise<void>;
  destroy(): void;
}

/** Wraps an inspector (inspector.ts) as the public MountedView. */
export function asMounted(inspector: Inspector, ready: Promise<void> = Promise.resolve()): MountedView {
  return {
    element: inspector.element,
    ready,
    get selected() {
      return inspector.selected;
    },
    get view() {
      return inspector.tab;
    },
    update: (result, code) => inspector.onRun(result, code),
    select: (name) => inspector.select(name),
    show: (view, name) => inspector.show(view, name),
    destroy: () => inspector.destroy(),
  };
}

/**
 * Draws the views of `session` into `el` (replacing its children), opened on the array global
 * `name`. Returns at once; `ready` settles when the first drawing is done.
 */
export function mount(el: HTMLElement, session: WorkerSession, name: string | null, options: MountOptions = {}): MountedView {
  const first = options.view ?? options.views?.[0] ?? 'memory';
  const views = options.views?.length ? options.views : [first];
  const inspector = createInspector(el, session, { tabs: views, initialTab: first, ...(options.theme ? { theme: options.theme } : {}) });
  const ready = (async () => {
    if (options.result) await inspector.onRun(options.result);
    if (name !== null) await inspector.show(first, name);
  })();
  return asMounted(inspector, ready);
}
