// plot-view.ts — renders the matplotlib figures of a run (RunResult.figures) under a cell.
//
// API (used by the page's output code):
//   renderFigures(container: HTMLElement, figures: readonly Figure[] | undefined): HTMLElement[]
//     Appends one <figure class="plot" data-testid="plot"> per figure to `container` and returns
//     them. Each holds the engine-made SVG (trusted markup, parsed with DOMParser as
//     image/svg+xml and imported as nodes, never assigned via innerHTML) and a "Download SVG"
//     link (a data: URL, named figure-<id>.svg). Markup that does not parse as SVG shows a
//     short error instead of the figure (and no link). Nothing else is kept: no state, no listeners.
//   showFigures(panel: HTMLElement, figures: readonly Figure[], runLabel: string): void
//     The inspector's Figures tab: replaces `panel`'s content by the figures (or a hint when
//     there are none), under a line saying which run made them.
// It does not lay out or re-style the plot: the SVG's own width/height/viewBox apply (scaled
// down to the container width by CSS).

import { h } from '../dom';
import type { Figure } from './contract';
import { installStyles } from '../styles';

export type { Figure } from './contract';

function parseSvg(markup: string): SVGSVGElement | null {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = doc.documentElement;
  if (!root || root.nodeName.toLowerCase() !== 'svg' || doc.getElementsByTagName('parsererror').length) return null;
  return document.importNode(root, true) as unknown as SVGSVGElement;
}

export function renderFigures(container: HTMLElement, figures: readonly Figure[] | undefined): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (figures?.length) installStyles(container);
  for (const f of figures ?? []) {
    const node = parseSvg(f.svg);
    const fig = h('figure', { class: 'plot', 'data-testid': 'plot', 'data-figure': f.id });
    if (node) {
      node.classList.add('plot-svg');
      if (!node.getAttribute('role')) node.setAttribute('role', 'img');
      if (!node.getAttribute('aria-label')) node.setAttribute('aria-label', `Figure ${f.id}`);
      fig.append(node);
    } else {
      fig.append(h('p', { class: 'plot-error', text: `Figure ${f.id} could not be displayed (invalid SVG).` }));
    }
    if (node) {
      const href = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(f.svg)}`;
      fig.append(h('figcaption', { class: 'plot-actions' },
        h('a', { href, download: `figure-${f.id}.svg`, class: 'plot-download', text: 'Download SVG' })));
    }
    container.append(fig);
    out.push(fig);
  }
  return out;
}

export function showFigures(panel: HTMLElement, figures: readonly Figure[], runLabel: string): void {
  if (!figures.length) {
    panel.replaceChildren(h('p', { class: 'vw-empty', text: 'Run a cell that plots — plt.plot(x, y), plt.hist(a), plt.imshow(m) — to see its figures here.' }));
    return;
  }
  panel.replaceChildren(h('p', { class: 'vw-note', text: `${figures.length === 1 ? '1 figure' : `${figures.length} figures`} · ${runLabel}` }));
  renderFigures(panel, figures);
}
