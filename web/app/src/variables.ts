// variables.ts — the list of the session's globals. ndarray rows show dtype, shape and
// buffer (so shared memory is visible at a glance), select the array for the inspector and
// offer a ".npy" download.

import type { ArrayInfo, GlobalInfo } from 'stridelab';
import { h, tuple } from '../../ui/dom';

export interface VariableEntry {
  global: GlobalInfo;
  array: ArrayInfo | null;
}

export function renderVariables(
  target: HTMLElement,
  entries: VariableEntry[],
  selected: string | null,
  onSelect: (name: string) => void,
  onDownload?: (name: string) => void,
): void {
  target.replaceChildren();
  if (entries.length === 0) {
    target.append(h('li', { class: 'empty', text: 'No variables yet.' }));
    return;
  }
  const selectedInfo = entries.find((e) => e.global.name === selected)?.array ?? null;
  for (const { global: g, array: a } of entries) {
    if (a) {
      const shares = selectedInfo && g.name !== selected && a.bufferId === selectedInfo.bufferId;
      const relation = a.base ? (a.base.name ? `view of ${a.base.name}` : 'view') : 'owns data';
      const button = h(
        'button',
        {
          type: 'button',
          class: 'var-row var-array' + (g.name === selected ? ' selected' : '') + (shares ? ' shares' : ''),
          'data-name': g.name,
          'aria-pressed': g.name === selected ? 'true' : 'false',
          title: `Show ${g.name}'s memory`,
        },
        h('span', { class: 'var-name', text: g.name }),
        // the dtype as NumPy prints it (str(a.dtype)): '>i4', '<U3', "[('a', 'u1'), ...]"
        h('span', { class: 'var-type', 'data-dtype': a.dtypeText, title: `dtype ${a.dtypeText}, shape ${tuple(a.shape)}`, text: `${a.dtypeText} ${tuple(a.shape)}` }),
        h('span', {
          class: 'var-buf',
          text: `buf #${a.bufferId} · ${relation}` + (shares ? ` · shares memory with ${selected}` : ''),
        }),
      );
      button.addEventListener('click', () => onSelect(g.name));
      const li = h('li', { class: 'var-item' }, button);
      if (onDownload) {
        const dl = h('button', {
          type: 'button',
          class: 'var-download',
          'data-testid': 'download-npy',
          'data-download': g.name,
          title: `Download ${g.name} as ${g.name}.npy`,
          'aria-label': `Download ${g.name} as .npy`,
          text: '⤓ .npy',
        });
        dl.addEventListener('click', () => onDownload(g.name));
        li.append(dl);
      }
      target.append(li);
    } else {
      target.append(
        h('li', {},
          h('div', { class: 'var-row', 'data-name': g.name },
            h('span', { class: 'var-name', text: g.name }),
            h('span', { class: 'var-type', text: g.type }),
            h('span', { class: 'var-summary', text: g.summary }))),
      );
    }
  }
}

/** Scrolls the list (not the page) so the selected row is in sight. */
export function revealSelected(list: HTMLElement): void {
  const row = list.querySelector<HTMLElement>('.var-row.selected');
  if (!row) return;
  const top = row.offsetTop - list.offsetTop;
  if (top < list.scrollTop || top + row.offsetHeight > list.scrollTop + list.clientHeight)
    list.scrollTop = Math.max(0, top - list.clientHeight / 2);
}
