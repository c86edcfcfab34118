// main.ts — the playground page: starts the engine in a Web Worker first, then sets up the
// notebook, the variables list and the memory view, and keeps them in sync after every run.

import type { WorkerSession } from 'stridelab';
import { createWorkerSession } from 'stridelab/worker-client';
import './style.css';
import { MemoryView } from './memory-view';
import { renderVariables, type VariableEntry } from './variables';

const EXAMPLE = `import numpy as np
a = np.arange(12, dtype=np.int32).reshape(3, 4)
b = a.T[::2]
b`;

const MAX_INSPECTED = 64; // arrays inspected per refresh for the variables list

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $('status');
const stop = $<HTMLButtonElement>('stop');

const started = performance.now();
const sessionPromise: Promise<WorkerSession> = createWorkerSession();
let selected: string | null = null;
let memory: MemoryView | null = null;

sessionPromise.then(
  (session) => {
    memory = new MemoryView($('memory-view'), session);
    status.textContent = `Engine ready (${Math.round(performance.now() - started)} ms)`;
    document.body.dataset.engine = 'ready';
  },
  (e: Error) => {
    status.textContent = `Engine failed to load: ${e.message}`;
    status.classList.add('error');
    document.body.dataset.engine = 'failed';
  },
);

async function refresh(): Promise<void> {
  const session = await sessionPromise;
  const globals = await session.globals();
  let inspected = 0;
  const entries: VariableEntry[] = [];
  for (const g of globals) {
    const array = g.type === 'ndarray' && inspected++ < MAX_INSPECTED ? await session.inspect(g.name) : null;
    entries.push({ global: g, array });
  }
  const arrays = entries.filter((e) => e.array);
  if (!selected || !arrays.some((e) => e.global.name === selected)) {
    selected = arrays.length ? arrays[arrays.length - 1].global.name : null;
  }
  const select = (name: string) => {
    selected = name;
    void refresh();
  };
  renderVariables($('variables'), entries, selected, select);
  const current = entries.find((e) => e.global.name === selected)?.array;
  if (memory) {
    if (selected && current) await memory.show(selected, current);
    else memory.clear('No arrays yet: create one in a cell, e.g. a = np.arange(6).');
  }
}

// The editor (CodeMirror, most of the page's JS) loads while the worker compiles the engine.
const { Notebook } = await import('./notebook');
const notebook = new Notebook($('cells'), sessionPromise, {
  afterRun: () => refresh(),
  onBusy: (busy) => {
    stop.disabled = !busy;
    document.body.dataset.busy = busy ? 'true' : 'false';
  },
});

notebook.addCell(EXAMPLE);
$('add-cell').addEventListener('click', () => notebook.addCell('').editor.focus());
$('run-all').addEventListener('click', () => void notebook.runAll());
stop.addEventListener('click', async () => {
  const session = await sessionPromise;
  status.textContent = 'Stopping…';
  await session.interrupt();
  status.textContent = 'Stopped; engine restarted';
});

// Run the example at once so the page opens on a populated memory view (?autorun=0 to skip).
if (new URLSearchParams(location.search).get('autorun') !== '0') void notebook.runAll();
notebook.focusFirst();
