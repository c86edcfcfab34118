// inspector.ts — the playground's visualizers as one tabbed panel: Memory | Strides |
// Broadcast | Indexing. The page hosts it; it talks to the engine only through the session.
//
// API (for main.ts):
//   createInspector(root: HTMLElement, session: WorkerSession, options?: InspectorOptions): Inspector
//     Fills `root` (replacing its children) with a tab list and four tab panels:
//       [data-testid=memory-view]    the selected array's buffer as bytes (views/../memory-view.ts),
//                                    with overlays of the other globals on the same buffer
//       [data-testid=strides-view]   the selected array's logical grid, strides, flags, overlap
//       [data-testid=broadcast-view] the last ufunc of a run with >= 2 array operands
//       [data-testid=index-view]     the last index operation of a run
//     Memory is the initial tab unless options.initialTab says otherwise.
//   inspector.select(name: string | null): Promise<void>
//     Shows the array global `name` (chosen in the variables panel) in Memory and Strides;
//     null, or a name that is not an ndarray, shows a hint instead. Calling it again with the
//     same name re-reads the array (bytes may have changed).
//   inspector.onRun(result: RunResult): Promise<void>
//     Call after every cell run (also failed ones): re-reads the selected array (clearing the
//     views if the global is gone), and takes the run's last broadcasting ufunc and last index
//     op from result.ops (see views/contract.ts) for the Broadcast and Indexing tabs. A run
//     without such an op leaves the previous one on show, labelled as from an earlier run; a
//     tab whose content changed while hidden gets a dot.
//   inspector.showTab(tab: InspectorTab): void — switch tabs programmatically.
//   inspector.show(tab: InspectorTab, name?: string | null): Promise<void> — showTab(tab), after
//     select(name) when a name is given (what a lesson's `@view strides a` asks for).
//   inspector.selected: string | null; inspector.tab: InspectorTab.
//   Figures are not part of the inspector: render them under a cell with
//   renderFigures(container, result.figures) from ./views/plot-view.
//
// It does not list variables, run code or choose which array to show after a run: the page
// does (typically: onRun(result), then refresh the variables list, then select(name) when the
// selection changed). Only the visible tab renders; hidden tabs render when shown.

import type { ArrayInfo, RunResult, WorkerSession } from 'stridelab';
import { h } from './dom';
import { MemoryView, type MemorySibling } from './memory-view';
import { BroadcastView } from './views/broadcast-view';
import type { IndexOp, RunResultWithOps, UfuncOp } from './views/contract';
import { IndexView } from './views/index-view';
import { lastBroadcastOp, lastIndexOp } from './views/layout';
import { StridesView } from './views/strides-view';
import './views.css';

export type InspectorTab = 'memory' | 'strides' | 'broadcast' | 'index';

export interface InspectorOptions {
  initialTab?: InspectorTab;
}

export interface Inspector {
  readonly element: HTMLElement;
  readonly selected: string | null;
  readonly tab: InspectorTab;
  select(name: string | null): Promise<void>;
  onRun(result: RunResult | RunResultWithOps): Promise<void>;
  showTab(tab: InspectorTab): void;
  /** showTab(tab), and select(name) first when a name is given (lesson `@view memory a`). */
  show(tab: InspectorTab, name?: string | null): Promise<void>;
}

const TABS: { id: InspectorTab; label: string; testid: string }[] = [
  { id: 'memory', label: 'Memory', testid: 'memory-view' },
  { id: 'strides', label: 'Strides', testid: 'strides-view' },
  { id: 'broadcast', label: 'Broadcast', testid: 'broadcast-view' },
  { id: 'index', label: 'Indexing', testid: 'index-view' },
];

const MAX_SIBLING_PROBES = 64; // globals inspected when looking for arrays on the same buffer

let instances = 0;

export function createInspector(root: HTMLElement, session: WorkerSession, options: InspectorOptions = {}): Inspector {
  const uid = `insp${++instances}`;
  const tabs = new Map<InspectorTab, HTMLButtonElement>();
  const panels = new Map<InspectorTab, HTMLElement>();
  const tablist = h('div', { class: 'insp-tabs', role: 'tablist', 'aria-label': 'Inspector views' });
  for (const t of TABS) {
    const tab = h('button', { type: 'button', role: 'tab', class: 'insp-tab', id: `${uid}-${t.id}-tab`, 'aria-controls': `${uid}-${t.id}`, 'data-tab': t.id }, t.label);
    const panel = h('div', { role: 'tabpanel', class: `insp-panel ${t.id}-panel`, id: `${uid}-${t.id}`, 'aria-labelledby': `${uid}-${t.id}-tab`, 'data-testid': t.testid, tabindex: -1 });
    tabs.set(t.id, tab);
    panels.set(t.id, panel);
    tablist.append(tab);
  }
  root.classList.add('inspector-root');
  root.replaceChildren(tablist, ...panels.values());

  const memory = new MemoryView(panels.get('memory')!, session);
  const strides = new StridesView(panels.get('strides')!, session);
  const broadcast = new BroadcastView(panels.get('broadcast')!);
  const index = new IndexView(panels.get('index')!);

  let current: InspectorTab = options.initialTab ?? 'memory';
  let selected: string | null = null;
  let info: ArrayInfo | null = null;
  let siblings: MemorySibling[] = [];
  let runs = 0;
  let lastUfunc: { op: UfuncOp; run: number } | null = null;
  let lastIndex: { op: IndexOp; run: number } | null = null;
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
        index.show(lastIndex?.op ?? null, lastIndex ? runLabel(lastIndex.run) : '');
        break;
    }
  }

  function hint(): string {
    return selected ? `${selected} is not an array (any more).` : 'No array selected: create one in a cell, e.g. a = np.arange(6), then pick it in Variables.';
  }

  function invalidate(which: InspectorTab[], fresh: boolean): Promise<void> {
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
    const order = TABS.map((t) => t.id);
    const at = order.indexOf(current);
    const to: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: order.length - 1 };
    if (!(e.key in to)) return;
    e.preventDefault();
    const next = order[(to[e.key] + order.length) % order.length];
    showTab(next);
    tabs.get(next)!.focus();
  });
  for (const [id, button] of tabs) button.addEventListener('click', () => showTab(id));
  for (const t of TABS) stale.add(t.id);
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
    async onRun(result: RunResult | RunResultWithOps): Promise<void> {
      runs++;
      justRan = true;
      const ops = (result as RunResultWithOps).ops;
      const changed: InspectorTab[] = ['memory', 'strides'];
      const u = lastBroadcastOp(ops);
      const x = lastIndexOp(ops);
      if (u) lastUfunc = { op: u, run: runs };
      if (x) lastIndex = { op: x, run: runs };
      await load(selected);
      // re-label tabs showing an op from an earlier run even when nothing new came in
      await invalidate(changed, false);
      if (u) await invalidate(['broadcast'], true);
      else if (lastUfunc) stale.add('broadcast');
      if (x) await invalidate(['index'], true);
      else if (lastIndex) stale.add('index');
      if (current === 'broadcast' || current === 'index') {
        if (stale.has(current)) await render(current);
      }
    },
  };
}
