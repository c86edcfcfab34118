// playground.ts — the playground page, loaded by main.ts once boot.ts has started the engine
// in a Web Worker: sets up the notebook, the variables and files lists and the inspector
// (memory / strides / broadcast / indexing views), and keeps them in sync after every run. Also: cells in the URL hash
// (share.ts), the Examples menu (examples.ts), dropped files and .npy downloads (files.ts),
// Stop, and the offline service worker (built sw.js; never registered by the dev server).

import type { RunResult } from 'stridelab';
import { sessionPromise, started } from './boot';
import { h } from '../../ui/dom';
import { registerServiceWorker } from './offline';
import { EXAMPLES } from './examples';
import { embedMode, enterEmbedMode } from './embed-mode';
import { addFiles, downloadNpy, installDropTarget } from './files';
import { DEFAULT_TABS, mount, type MountedView } from '../../ui';
import { decodeCells, writeCellsToUrl } from './share';
import { exportButtons, importButton } from './transfer';
import { renderVariables, revealSelected, type VariableEntry } from './variables';
import { pickArray, signature } from './auto-select';
import { installStatusLine } from './status-line';
import { InspectorPlacement } from './inspector-placement';

const EXAMPLE = `import numpy as np
a = np.arange(12, dtype=np.int32).reshape(3, 4)
b = a.T[::2]
b`;

const MAX_INSPECTED = 64; // arrays inspected per refresh for the variables list
const SAMPLE_FILES: [string, string][] = [
  ['expr.npy', 'sample: 20500 × 375 uint32 counts (Fortran order)'],
  ['gene-lens.npy', 'sample: 20500 int64 gene lengths'],
];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $('status');
installStatusLine(status, document.querySelector('.topbar'));
const stop = $<HTMLButtonElement>('stop');
const params = new URLSearchParams(location.search);
const embed = embedMode(params); // ?embed=1: cells and one view only (embed-mode.ts)
if (embed) enterEmbedMode(embed);

// An error that must stay visible (a malformed share link) until the user does something
// else: later routine messages ("Engine ready") are appended to it instead of replacing it.
let stickyError: string | null = null;
function say(text: string, error = false, sticky = false): void {
  if (sticky) stickyError = text;
  else if (stickyError && !error) text = `${stickyError} — ${text}`;
  else stickyError = null;
  status.textContent = text;
  status.classList.toggle('error', error || stickyError !== null);
}

let selected: string | null = null;
let pinned = false; // the user picked `selected` in Variables: runs do not replace it
let signatures = new Map<string, string>(); // array geometry at the previous refresh
let inspector: MountedView | null = null;
const userFiles = new Map<string, number>();

// body[data-engine=ready] = the first cell is runnable: engine loaded AND notebook built.
let notebookBuilt: () => void = () => {};
const notebookReady = new Promise<void>((resolve) => {
  notebookBuilt = resolve;
});

sessionPromise.then(
  async (session) => {
    performance.mark('stridelab:engine-loaded'); // worker up, wasm compiled, session created
    inspector = embed
      ? mount($('inspector'), session, null, { views: [embed.view ?? 'memory'] })
      : mount($('inspector'), session, null, { views: DEFAULT_TABS });
    performance.mark('stridelab:inspector-mounted');
    await notebookReady;
    say(`Engine ready (${Math.round(performance.now() - started)} ms)`);
    document.body.dataset.engine = 'ready';
    // the cells are static text until now (notebook.ts): CodeMirror loads after the engine
    void notebook.loadEditors();
    registerServiceWorker();
  },
  (e: Error) => {
    say(`Engine failed to load: ${e.message}`, true);
    void notebookReady.then(() => notebook.loadEditors()); // the code stays editable
    document.body.dataset.engine = 'failed';
  },
);

function renderFiles(): void {
  const list = $('files');
  list.replaceChildren();
  for (const [name, bytes] of userFiles) {
    list.append(h('li', { 'data-file': name }, h('code', { text: name }), h('span', { class: 'file-note', text: ` ${bytes.toLocaleString('en')} bytes` })));
  }
  for (const [name, note] of SAMPLE_FILES) {
    if (!userFiles.has(name)) list.append(h('li', { 'data-file': name }, h('code', { text: name }), h('span', { class: 'file-note', text: ` ${note}` })));
  }
}
renderFiles();

async function download(name: string): Promise<void> {
  try {
    say(`Saving ${name}.npy…`);
    await downloadNpy(await sessionPromise, name);
    say(`Downloaded ${name}.npy`);
  } catch (e) {
    say(`Could not download ${name}: ${(e as Error).message}`, true);
  }
}

/** After a run (`result` and the `code` that ran) or a pick in Variables (null). */
async function refresh(result: RunResult | null, code: string | null = null): Promise<void> {
  const session = await sessionPromise;
  // the code names unnamed index sources by their expression (`a.T[::2]`), never a placeholder
  if (result && inspector) await inspector.update(result, code ?? undefined);
  const globals = await session.globals();
  let inspected = 0;
  const entries: VariableEntry[] = [];
  for (const g of globals) {
    const array = g.type === 'ndarray' && inspected++ < MAX_INSPECTED ? await session.inspect(g.name) : null;
    entries.push({ global: g, array });
  }
  const arrays = entries.filter((e) => e.array);
  const now = new Map(arrays.map((e) => [e.global.name, signature(e.array!)] as [string, string]));
  // after a run: the array it assigned (new or re-shaped), unless the user pinned one
  if (result) selected = pickArray({ code, arrays: now, before: signatures, current: selected, pinned });
  signatures = now;
  if (embed?.inspect && result && arrays.some((e) => e.global.name === embed.inspect)) selected = embed.inspect;
  if (!selected || !arrays.some((e) => e.global.name === selected)) {
    selected = arrays.length ? arrays[arrays.length - 1].global.name : null;
    pinned = false;
  }
  const select = (name: string) => {
    pinned = !(pinned && selected === name); // picking the pinned array again unpins it
    selected = name;
    void refresh(null);
  };
  renderVariables($('variables'), entries, selected, select, (name) => void download(name));
  revealSelected($('variables'));
  const row = pinned && selected ? $('variables').querySelector<HTMLElement>(`.var-row[data-name="${CSS.escape(selected)}"]`) : null;
  if (row) {
    row.dataset.pinned = 'true';
    row.title = 'Pinned: new arrays do not replace it. Pick it again to unpin.';
  }
  // onRun already re-read the selected array: select() only when the selection changed
  if (inspector && (inspector.selected !== selected || !result)) await inspector.select(selected);
}

// The editor (CodeMirror, most of the page's JS) loads while the worker compiles the engine.
const { Notebook } = await import('./notebook');
let urlTimer: ReturnType<typeof setTimeout> | undefined;
const saveToUrl = () => {
  clearTimeout(urlTimer);
  urlTimer = setTimeout(() => void writeCellsToUrl(notebook.codes()).catch(() => undefined), 150);
};
// narrow pages: the inspector column moves under the cell that ran (never in an embed)
const placement = embed ? null : new InspectorPlacement($('inspector-column'));
const notebook = new Notebook($('cells'), sessionPromise, {
  afterRun: async (result, code, cell) => {
    // observable run facts for tests and tools: how many ops / figures the last run logged
    document.body.dataset.lastOps = String(result?.ops?.length ?? 0);
    document.body.dataset.lastFigures = String(result?.figures?.length ?? 0);
    // the engine crashed and was replaced (the cell's output shows the SystemError): say so
    if (result?.restarted && result.note) {
      say(result.note, true);
      document.body.dataset.engineRestarts = String(Number(document.body.dataset.engineRestarts ?? 0) + 1);
    }
    saveToUrl();
    await refresh(result, code);
    await placement?.afterRun(cell);
  },
  followOutput: !embed,
  onBusy: (busy) => {
    stop.disabled = !busy;
    document.body.dataset.busy = busy ? 'true' : 'false';
  },
});

/** Replaces all cells; the inspector column leaves the old cells for its own place. */
function setCells(codes: readonly string[]): void {
  placement?.reset();
  notebook.setCells(codes);
}

// Cells: from a shared link (#c=...), an example (?example=id), or the default example.
let initial: string[] = [EXAMPLE];
try {
  const shared = await decodeCells(location.hash);
  if (shared) initial = shared;
  else {
    const ex = EXAMPLES.find((x) => x.id === params.get('example'));
    if (ex) initial = ex.cells;
  }
} catch (e) {
  say(`Could not read the shared link: ${(e as Error).message}`, true, true);
}
setCells(initial);
performance.mark('stridelab:notebook-built'); // CodeMirror loaded, cells exist
notebookBuilt();
/** Resolves when the cells exist (main.ts imports this, which keeps this module in the build). */
export const pageReady: Promise<void> = notebookReady;

const examples = $<HTMLSelectElement>('examples');
for (const ex of EXAMPLES) examples.append(h('option', { value: ex.id, text: ex.title }));
examples.addEventListener('change', async () => {
  const ex = EXAMPLES.find((x) => x.id === examples.value);
  examples.value = '';
  if (!ex) return;
  const before = notebook.codes();
  const stock = [[EXAMPLE], ...EXAMPLES.map((x) => x.cells)].map((c) => JSON.stringify(c));
  const edited = before.some((c) => c.trim()) && !stock.includes(JSON.stringify(before));
  if (edited && !confirm(`Replace your ${before.length} cell${before.length > 1 ? 's' : ''} with the example "${ex.title}"? Back brings them back.`)) return;
  // the current cells stay in this history entry's URL; the example gets a new entry
  await writeCellsToUrl(before).catch(() => undefined);
  history.pushState({ example: ex.id }, '', `${location.pathname}${location.search}`);
  setCells(ex.cells);
  saveToUrl();
  stickyError = null; // the broken link's cells are gone
  say(`Loaded example: ${ex.title}`);
  void notebook.runAll();
  notebook.focusFirst();
});

// Back after an example: the entry's URL holds the cells from before it
addEventListener('popstate', () => {
  void decodeCells(location.hash).then(
    (cells) => {
      if (!cells) return;
      setCells(cells);
      say('Back: the cells from before the example are restored (not run yet)');
    },
    () => undefined,
  );
});

// Unrun edits survive a reload: the address bar's hash follows the cells as they are typed.
$('cells').addEventListener('input', saveToUrl);
$('cells').addEventListener('keyup', saveToUrl);

$('share').addEventListener('click', async () => {
  try {
    const url = await writeCellsToUrl(notebook.codes());
    try {
      await navigator.clipboard.writeText(url);
      say('Link to these cells copied to the clipboard');
    } catch {
      say('The address bar now holds a link to these cells');
    }
  } catch (e) {
    say(`Could not make a link: ${(e as Error).message}`, true);
  }
});

async function takeFiles(files: File[]): Promise<void> {
  try {
    const session = await sessionPromise;
    const [written, rejected] = await addFiles(session, files);
    for (const f of files) if (written.includes(f.name)) userFiles.set(f.name, f.size);
    renderFiles();
    const parts: string[] = [];
    if (written.length) parts.push(`Added ${written.join(', ')}` + (written[0].endsWith('.npy') ? ` — e.g. np.load('${written[0]}')` : ''));
    if (rejected.length) parts.push(`ignored ${rejected.join(', ')} (only .npy, .txt, .csv)`);
    say(parts.join('; '), written.length === 0);
    document.body.dataset.files = String(userFiles.size);
  } catch (e) {
    say(`Could not add the files: ${(e as Error).message}`, true);
  }
}
installDropTarget((files) => void takeFiles(files));
const fileInput = $<HTMLInputElement>('file-input');
$('open-file').addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', () => {
  void takeFiles([...(fileInput.files ?? [])]);
  fileInput.value = '';
});

// Jupyter: export the cells with their outputs, open a notebook (transfer.ts)
$('share').after(
  ...exportButtons(() => notebook.notebookCells(), 'stridelab'),
  importButton({ session: sessionPromise, setCells: (codes) => (setCells(codes), saveToUrl()), say }),
);

$('add-cell').addEventListener('click', () => notebook.focusCell(notebook.addCell('')));
$('run-all').addEventListener('click', () => void notebook.runAll());
stop.addEventListener('click', async () => {
  const session = await sessionPromise;
  const t0 = performance.now();
  say('Stopping…');
  const report = await session.interrupt();
  const ms = Math.round(performance.now() - t0);
  if (report?.mayDiffer.length) {
    // replay honesty: the restored values are not all the ones the user saw before
    say(`Stopped; the engine was restarted and the cells run before replayed (${ms} ms). These variables may differ from before, because the replayed cells used ${report.reasons.join(', ')}: ${report.mayDiffer.join(', ')}`, true);
  } else {
    say(`Stopped; the engine was restarted and the variables restored by replaying the cells run before (${ms} ms)`);
  }
});

// Run the cells at once so the page opens on a populated memory view (?autorun=0 to skip).
if (params.get('autorun') !== '0') void notebook.runAll();
if (!embed) notebook.focusFirst(); // an embed must not take the focus (and scroll) from its page
