// inspector.ts — the visualizers as one tabbed panel: Memory | Strides | Broadcast | Indexing
// (| Figures). The host (the playground, the lesson page, a <stride-lab> element) gives it an
// element and a session; it talks to the engine only through the session. mount.ts is the
// public entry (`mount(el, session, name, options)`); this file is the machinery.
//
// API:
//   createInspector(root: HTMLElement, session: WorkerSession, options?: InspectorOptions): Inspector
//     Fills `root` (replacing its children) with a tab list and one tab panel per view:
//       [data-testid=memory-view]    the selected array's buffer as bytes (memory-view.ts),
//                                    with overlays of the other globals on the same buffer
//       [data-testid=strides-view]   the selected array's logical grid, strides, flags, overlap
//       [data-testid=broadcast-view] the last ufunc of a run with >= 2 array operands
//       [data-testid=index-view]     the last index operation of a run
//       [data-testid=plot-view]      the figures of the last run that made some (only when
//                                    options.tabs lists 'plot')
//     options.tabs picks the views offered (default: memory, strides, broadcast, index); with a
//     single view there is no tab list. options.initialTab is shown first (default: the first).
//   inspector.select(name: string | null): Promise<void>
//     Shows the array global `name` in Memory and Strides; null, or a name that is not an
//     ndarray, shows a hint instead. Calling it again with the same name re-reads the array.
//   inspector.onRun(result: RunResult): Promise<void>
//     Call after every cell run (also failed ones): re-reads the selected array (clearing the
//     views if the global is gone), and takes the run's last broadcasting ufunc and last index
//     op from result.ops (see views/contract.ts) for the Broadcast and Indexing tabs. A run
//     without such an op leaves the previous one on show, labelled as from an earlier run; a
//     tab whose content changed while hidden gets a dot.
//   inspector.showTab(tab: InspectorTab): void — switch tabs programmatically.
//   inspector.show(tab: InspectorTab, name?: string | null): Promise<void> — showTab(tab), after
//     select(name) when a name is given (what a lesson's `@view strides a` asks for).
//   inspector.selected: string | null; inspector.tab: InspectorTab; inspector.destroy().
//   Figures under a cell are not the inspector's job: renderOutput (output.ts) draws them.
//
// It does not list variables, run code or choose which array to show after a run: the host
// does (typically: onRun(result), then select(name) when the selection changed). Only the
// visible tab renders; hidden tabs render when shown. Its styles install themselves
// (styles.ts) into the document or the shadow root that holds `root`.

import type { ArrayInfo, RunResult, WorkerSession } from 'stridelab';
import { h } from './dom';
import { MemoryView, type MemorySibling } from './memory-view';
import { BroadcastView } from './views/broadcast-view';
import type { Figure, IndexOp, RunResultWithOps, UfuncOp } from './views/contract';
import { IndexView } from './views/index-view';
import { showFigures } from './views/plot-view';
import { indexChain, lastBroadcastOp, lastIndexOp, sourceExpression } from './views/layout';
import { StridesView } from './views/strides-view';
import { installStyles } from './styles';

export type InspectorTab = 'memory' | 'strides' | 'broadcast' | 'index' | 'plot';

export interface InspectorOptions {
  /** The view shown first (default: the first of `tabs`). */
  initialTab?: InspectorTab;
  /** The views offered, in tab order (default: memory, strides, broadcast, index). */
  tabs?: readonly InspectorTab[];
  /** Palette of the views (default light); sets data-theme on `root`, which may change later. */
  theme?: 'light' | 'dark';
}

export interface Inspector {
  readonly element: HTMLElement;
  readonly selected: string | null;
  readonly tab: InspectorTab;
  select(name: string | null): Promise<void>;
  onRun(result: RunResult | RunResultWithOps, code?: string): Promise<void>;
  showTab(tab: InspectorTab): void;
  /** showTab(tab), and select(name) first when a name is given (lesson `@view memory a`). */
  show(tab: InspectorTab, name?: string | null): Promise<void>;
  /** Empties `root` and forgets the session (pending reads are dropped). */
  destroy(): void;
}

const ALL_TABS: { id: InspectorTab; label: string; testid: string }[] = [
  { id: 'memory', label: 'Memory', testid: 'memory-view' },
  { id: 'strides', label: 'Strides', testid: 'strides-view' },
  { id: 'broadcast', label: 'Broadcast', testid: 'broadcast-view' },
  { id: 'index', label: 'Indexing', testid: 'index-view' },
  { id: 'plot', label: 'Figures', testid: 'plot-view' },
];

export const DEFAULT_TABS: readonly InspectorTab[] = ['memory', 'strides', 'broadcast', 'index'];

const MAX_SIBLING_PROBES = 64; // globals inspected when looking for arrays on the same buffer

let instances = 0;

export function createInspector(root: HTMLElement, session: WorkerSession, options: InspectorOptions = {}): Inspector {
  const uid = `insp${++instances}`;
  const wanted = options.tabs?.length ? options.tabs : DEFAULT_TABS;
  const offered = ALL_TABS.filter((t) => wanted.includes(t.id));
  const tabs = new Map<InspectorTab, HTMLButtonElement>();
  const panels = new Map<InspectorTab, HTMLElement>();
  const tablist = h('div', { class: 'insp-tabs', role: 'tablist', 'aria-label': 'Inspector views' });
  for (const t of offered) {
    const tab = h('button', { type: 'button', role: 'tab', class: 'insp-tab', id: `${uid}-${t.id}-tab`, 'aria-controls': `${uid}-${t.id}`, 'data-tab': t.id }, t.label);
    const panel = h('div', { role: 'tabpanel', class: `insp-panel ${t.id}-panel`, id: `${uid}-${t.id}`, 'aria-labelledby': `${uid}-${t.id}-tab`, 'data-testid': t.testid, tabindex: -1 });
    tabs.set(t.id, tab);
    panels.set(t.id, panel);
    tablist.append(tab);
  }
  root.classList.add('inspector-root');
  if (options.theme) root.dataset.theme = options.theme;
  installStyles(root);
  if (offered.length < 2) tablist.hidden = true; // one view: nothing to switch to
  root.replaceChildren(tablist, ...panels.values());

  // views of tabs that are not offered draw into detached elements (never shown)
  const panel = (t: InspectorTab) => panels.get(t) ?? document.createElement('div');
  const memory = new MemoryView(panel('memory'), session);
  const strides = new StridesView(panel('strides'), session);
  const broadcast = new BroadcastView(panel('broadcast'));
  const index = new IndexView(panel('index'));

  let current: InspectorTab = options.initialTab && wanted.includes(options.initialTab) ? options.initialTab : offered[0].id;
  let selected: string | null = null;
  let info: ArrayInfo | null = null;
  let siblings: MemorySibling[] = [];
  let runs = 0;
  let lastUfunc: { op: UfuncOp; run: number } | null = null;
  let lastIndex: { op: IndexOp; chain: IndexOp[]; source: string | null; run: number } | null = null;
  let lastFigures: { figures: Figure[]; run: number } | null = null;
  const stale = new Set<InspectorTab>();
  let token = 0;
  let justRan = false; // onRun re-read the selected array; a select() of the same name may skip

  const runLabel = (run: number) => (run === runs ? 'latest run' : `from an earlier run (#${run})`);

  async function render(tab: InspectorTab): Promise<void> {
    stale.delete(tab);
    switch (tab) {
      case 'memory':
        if (selected && info) await memory.show(selected, info, siblings);
        else memory.clear(hint());
        break;
      case 'strides':
        if (selected && info) await strides.show(selected, info);
        else strides.clear(hint());
        break;
      case 'broadcast':
        broadcast.show(lastUfunc?.op ?? null, lastUfunc ? runLabel(lastUfunc.run) : '');
        break;
      case 'index':
        index.show(lastIndex?.op ?? null, lastIndex ? runLabel(lastIndex.run) : '', lastIndex?.chain, lastIndex?.source ?? null);
        break;
      case 'plot':
        showFigures(panel('plot'), lastFigures?.figures ?? [], lastFigures ? runLabel(lastFigures.run) : '');
        break;
    }
  }

  function hint(): string {
    return selected ? `${selected} is not an array (any more).` : 'No array selected: create one in a cell, e.g. a = np.arange(6), then pick it in Variables.';
  }

  function invalidate(all: InspectorTab[], fresh: boolean): Promise<void> {
    const which = all.filter((t) => tabs.has(t)); // views not offered never render
    for (const t of which) {
      if (t === current) continue;
      stale.add(t);
      if (fresh) tabs.get(t)!.classList.add('fresh');
    }
    return which.includes(current) ? render(current) : Promise.resolve();
  }

  function showTab(tab: InspectorTab): void {
    void activate(tab);
  }

  function activate(tab: InspectorTab): Promise<void> {
    if (!tabs.has(tab)) return Promise.resolve(); // a view this inspector does not offer
    current = tab;
    for (const [id, button] of tabs) {
      const on = id === tab;
      button.setAttribute('aria-selected', on ? 'true' : 'false');
      button.tabIndex = on ? 0 : -1;
      panels.get(id)!.hidden = !on;
      if (on) button.classList.remove('fresh');
    }
    return stale.has(tab) ? render(tab) : Promise.resolve();
  }

  tablist.addEventListener('keydown', (e) => {
    const order = offered.map((t) => t.id);
    const at = order.indexOf(current);
    const to: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: order.length - 1 };
    if (!(e.key in to)) return;
    e.preventDefault();
    const next = order[(to[e.key] + order.length) % order.length];
    showTab(next);
    tabs.get(next)!.focus();
  });
  for (const [id, button] of tabs) button.addEventListener('click', () => showTab(id));
  let destroyed = false;
  for (const t of offered) stale.add(t.id);
  showTab(current);

  async function load(name: string | null): Promise<void> {
    const my = ++token;
    let found: ArrayInfo | null = null;
    let sibs: MemorySibling[] = [];
    if (name !== null) {
      try {
        found = await session.inspect(name);
        if (found) sibs = await findSiblings(name, found);
      } catch {
        found = null;
      }
    }
    if (my !== token) return;
    selected = name;
    info = found;
    siblings = sibs;
  }

  async function findSiblings(name: string, a: ArrayInfo): Promise<MemorySibling[]> {
    const out: MemorySibling[] = [];
    const globals = await session.globals();
    let probes = 0;
    for (const g of globals) {
      if (g.type !== 'ndarray' || g.name === name || probes++ >= MAX_SIBLING_PROBES) continue;
      const other = await session.inspect(g.name);
      if (other && other.bufferId === a.bufferId) out.push({ name: g.name, info: other });
    }
    return out;
  }

  return {
    element: root,
    get selected() {
      return selected;
    },
    get tab() {
      return current;
    },
    showTab,
    destroy(): void {
      destroyed = true;
      token++;
      root.replaceChildren();
      root.classList.remove('inspector-root');
    },
    async select(name: string | null): Promise<void> {
      // the page typically calls select(current) right after onRun: that array is fresh already
      if (justRan && name === selected) {
        justRan = false;
        return;
      }
      justRan = false;
      await load(name);
      await invalidate(['memory', 'strides'], false);
    },
    async show(tab: InspectorTab, name?: string | null): Promise<void> {
      if (name) {
        justRan = false;
        await load(name);
        for (const t of ['memory', 'strides'] as const) stale.add(t);
      }
      await activate(tab);
    },
    async onRun(result: RunResult | RunResultWithOps, code?: string): Promise<void> {
      if (destroyed) return;
      runs++;
      justRan = true;
      const ops = (result as RunResultWithOps).ops;
      const changed: InspectorTab[] = ['memory', 'strides'];
      const u = lastBroadcastOp(ops);
      const x = lastIndexOp(ops);
      if (u) lastUfunc = { op: u, run: runs };
      if (x) {
        const chain = indexChain(ops, x);
        lastIndex = { op: x, chain, source: code ? sourceExpression(code, chain[0].line) : null, run: runs };
      }
      const figs = result.figures ?? [];
      if (figs.length) lastFigures = { figures: [...figs], run: runs };
      await load(selected);
      // re-label tabs showing an op from an earlier run even when nothing new came in
      await invalidate(changed, false);
      if (u) await invalidate(['broadcast'], true);
      else if (lastUfunc) stale.add('broadcast');
      if (x) await invalidate(['index'], true);
      else if (lastIndex) stale.add('index');
      if (figs.length) await invalidate(['plot'], true);
      else if (lastFigures) stale.add('plot');
      if (current === 'broadcast' || current === 'index' || current === 'plot') {
        if (stale.has(current)) await render(current);
      }
    },
  };
}
