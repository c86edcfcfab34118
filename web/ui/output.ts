// output.ts — renders one RunResult under its cell: stdout, the figures (SVG, through
// views/plot-view), the value repr (like a notebook's Out[n]), the traceback of an error
// with its line, and notes from the session. Long printed output shows its first
// MAX_STDOUT_LINES lines and a "show all" button.

import type { RunResult } from 'stridelab';
import { h } from './dom';
import { renderFigures } from './views/plot-view';

/** Printed lines shown before the rest folds behind "show all" (3,000 lines would flood a page). */
export const MAX_STDOUT_LINES = 200;

function stdoutBlock(text: string): HTMLElement {
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  if (lines.length <= MAX_STDOUT_LINES) return h('pre', { class: 'out-stdout', 'data-kind': 'stdout', text });
  const pre = h('pre', { class: 'out-stdout', 'data-kind': 'stdout', 'data-collapsed': 'true', text: lines.slice(0, MAX_STDOUT_LINES).join('\n') + '\n' });
  const more = h('button', { type: 'button', class: 'out-more', 'data-testid': 'show-all-output', text: `Show all ${lines.length.toLocaleString('en')} lines (${(lines.length - MAX_STDOUT_LINES).toLocaleString('en')} more)` });
  more.addEventListener('click', () => {
    pre.textContent = text;
    delete pre.dataset.collapsed;
    more.remove();
  });
  return h('div', { class: 'out-stdout-wrap' }, pre, more);
}

export function renderOutput(target: HTMLElement, result: RunResult, count: number): void {
  target.replaceChildren();
  target.classList.toggle('has-error', Boolean(result.error));
  delete target.dataset.errorLine;
  if (result.stdout) target.append(stdoutBlock(result.stdout));
  if (result.figures?.length) {
    // plot-view's Figure declares data as the raw JSON string; ours is parsed (unused there)
    renderFigures(target, result.figures as Parameters<typeof renderFigures>[1]);
  }
  if (result.value !== undefined) {
    target.append(
      h('div', { class: 'out-value-row' },
        h('span', { class: 'out-prompt', text: `Out[${count}]:` }),
        h('pre', { class: 'out-value', 'data-kind': 'value', text: result.value })),
    );
  }
  if (result.error) {
    target.append(h('pre', { class: 'out-error', 'data-kind': 'error', text: result.error.traceback }));
    if (result.error.line > 0) target.dataset.errorLine = String(result.error.line);
  }
  if (result.note) target.append(h('p', { class: 'out-note', 'data-kind': 'note', text: result.note }));
}

export function renderRunning(target: HTMLElement): void {
  target.classList.remove('has-error');
  target.replaceChildren(h('p', { class: 'out-running', text: 'running…' }));
}

export function renderFailure(target: HTMLElement, message: string): void {
  target.classList.add('has-error');
  target.replaceChildren(h('pre', { class: 'out-error', 'data-kind': 'error', text: message }));
}
