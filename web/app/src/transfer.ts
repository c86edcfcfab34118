// transfer.ts — taking the cells to Jupyter and back (web/lib/notebook.ts): "⬇ .ipynb" and
// "⬇ .py" download the cells with their last outputs; "Open notebook…" (or dropping an
// .ipynb on the page) replaces the cells by the notebook's code cells and says which cell uses
// something stridelab lacks. Used by the playground; the lesson exports the learner's answers
// through the same functions.

import type { NotebookCell, WorkerSession } from 'stridelab';
import { fromIpynb, ipynbText, toPy, unsupportedNames } from 'stridelab/notebook';
import pkgText from '../../../package.json?raw';
import { h } from '../../ui/dom';

export const VERSION: string = (JSON.parse(pkgText) as { version?: string }).version ?? 'unknown';

/** Saves `text` as a file named `name` (a download). */
export function saveText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The two export buttons (`export-ipynb`, `export-py`) for `cells()`, named `<base>.ipynb/.py`. */
export function exportButtons(cells: () => NotebookCell[], base: string, options: { title?: string } = {}): HTMLElement[] {
  const ipynb = h('button', { type: 'button', 'data-testid': 'export-ipynb', title: 'Download the cells and their outputs as a Jupyter notebook', text: '⬇ .ipynb' });
  const py = h('button', { type: 'button', 'data-testid': 'export-py', title: 'Download the cells as a Python script', text: '⬇ .py' });
  ipynb.addEventListener('click', () =>
    saveText(`${base}.ipynb`, ipynbText(cells(), { version: VERSION, ...(options.title ? { title: options.title } : {}) }), 'application/x-ipynb+json'),
  );
  py.addEventListener('click', () => saveText(`${base}.py`, toPy(cells(), { version: VERSION }), 'text/x-python'));
  return [ipynb, py];
}

export interface ImportHost {
  session: Promise<WorkerSession>;
  setCells(codes: string[]): void;
  say(text: string, error?: boolean): void;
}

/** Reads an .ipynb file into the notebook and reports what stridelab lacks, per cell. */
export async function importNotebook(file: File, host: ImportHost): Promise<void> {
  try {
    const nb = fromIpynb(await file.text());
    if (!nb.cells.length) {
      host.say(`${file.name} has no code cells`, true);
      return;
    }
    host.setCells(nb.cells);
    const parts = [`Opened ${file.name}: ${nb.cells.length} code cell${nb.cells.length > 1 ? 's' : ''}`];
    if (nb.skipped) parts.push(`${nb.skipped} markdown/raw cell${nb.skipped > 1 ? 's' : ''} not shown`);
    const missing = await unsupportedNames(await host.session, nb.cells);
    if (missing.length) {
      const list = missing.map((m) => `${m.name} (cell ${m.cells.map((c) => c + 1).join(', ')})`).join(', ');
      parts.push(`stridelab lacks: ${list}`);
    }
    document.body.dataset.lacks = missing.map((m) => m.name).join(' ');
    host.say(parts.join('; '), missing.length > 0);
  } catch (e) {
    host.say(`Could not open ${file.name}: ${(e as Error).message}`, true);
  }
}

/** The "Open notebook…" button (`import-ipynb`) and .ipynb drops on the page. */
export function importButton(host: ImportHost): HTMLElement {
  const input = h('input', { type: 'file', accept: '.ipynb,application/x-ipynb+json', hidden: true, 'data-testid': 'import-ipynb-input' }) as HTMLInputElement;
  const button = h('button', { type: 'button', 'data-testid': 'import-ipynb', title: 'Open a Jupyter notebook (.ipynb): its code cells become cells (or drop it on the page)', text: 'Open notebook…' });
  button.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const f = input.files?.[0];
    input.value = '';
    if (f) void importNotebook(f, host);
  });
  // before the page's file drop target (files.ts), which takes data files only
  window.addEventListener(
    'drop',
    (e) => {
      const f = [...(e.dataTransfer?.files ?? [])].find((x) => x.name.toLowerCase().endsWith('.ipynb'));
      if (!f) return;
      e.preventDefault();
      e.stopPropagation();
      document.body.classList.remove('dropping');
      void importNotebook(f, host);
    },
    { capture: true },
  );
  const wrap = h('span', { class: 'import-ipynb' }, button, input);
  return wrap;
}
