// embed-mode.ts — the playground as an embed: `index.html?embed=1#c=...` shows only the cells
// and one chosen view of the inspector (`&view=memory|strides|broadcast|index|none`, default
// memory; `&inspect=name` picks the array), no toolbar, variables or files, and tells its
// parent frame its height (`{type: 'stridelab:height', height}` by postMessage) whenever it
// changes, so the iframe can be sized to its content:
//
//   window.addEventListener('message', (e) => {
//     if (e.data?.type === 'stridelab:height') frame.style.height = `${e.data.height}px`;
//   });

import type { InspectorTab } from '../../ui/inspector';

export interface EmbedMode {
  /** The view to show; null = none (the inspector is hidden). */
  view: InspectorTab | null;
  /** The array the view opens on (null: the page's usual choice, the last array). */
  inspect: string | null;
}

const VIEWS: readonly string[] = ['memory', 'strides', 'broadcast', 'index'];

/** The embed settings of this page's URL, or null when it is not an embed. */
export function embedMode(params: URLSearchParams): EmbedMode | null {
  if (params.get('embed') !== '1') return null;
  const v = params.get('view') ?? 'memory';
  return { view: VIEWS.includes(v) ? (v as InspectorTab) : null, inspect: params.get('inspect') };
}

/** Marks the page (CSS hides the chrome) and starts reporting its height to the parent. */
export function enterEmbedMode(mode: EmbedMode): void {
  document.body.classList.add('embed');
  document.body.dataset.embed = mode.view ?? 'none';
  if (window.parent === window) return;
  let last = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'stridelab:height', height }, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
}
