// output.ts — renders one RunResult under its cell: stdout, the value repr (like a
// notebook's Out[n]), the traceback of an error, and notes from the session.

import type { RunResult } from 'stridelab';
import { h } from './dom';

export function renderOutput(target: HTMLElement, result: RunResult, count: number): void {
  target.replaceChildren();
  target.classList.toggle('has-error', Boolean(result.error));
  if (result.stdout) target.append(h('pre', { class: 'out-stdout', 'data-kind': 'stdout', text: result.stdout }));
  if (result.value !== undefined) {
    target.append(
      h('div', { class: 'out-value-row' },
        h('span', { class: 'out-prompt', text: `Out[${count}]:` }),
        h('pre', { class: 'out-value', 'data-kind': 'value', text: result.value })),
    );
  }
  if (result.error) {
    target.append(h('pre', { class: 'out-error', 'data-kind': 'error', text: result.error.traceback }));
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
