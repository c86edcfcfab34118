// step-styles.ts — the stylesheet of the step panel (step-panel.ts), installed once into the
// document or the shadow root holding it (like styles.ts does for the views). Only classes
// the panel creates; colours from the views' custom properties with light fallbacks.

const CSS = `
.sl-step { border: 1px solid var(--vw-line, #d9dde3); border-radius: 6px; padding: 0.5rem; margin-top: 0.5rem;
  background: var(--vw-surface, #fff); color: var(--vw-ink, #1d232b); font-size: 0.9rem; }
.sl-step:focus { outline: 2px solid var(--vw-accent, #2156c9); outline-offset: 1px; }
.sl-step-bar { display: flex; flex-wrap: wrap; gap: 0.3rem; }
.sl-step-btn { font: inherit; padding: 0.15rem 0.6rem; border: 1px solid var(--vw-line, #c5cad3); border-radius: 4px;
  background: var(--vw-surface-2, #f4f5f7); color: inherit; cursor: pointer; }
.sl-step-btn:disabled { opacity: 0.5; cursor: default; }
.sl-step-track { position: relative; margin: 0.5rem 0 0.9rem; }
.sl-step-slider { width: 100%; margin: 0; }
.sl-step-ticks { position: relative; height: 8px; margin: 0 8px; }
.sl-step-tick { position: absolute; top: 0; width: 3px; height: 8px; margin-left: -1px; background: #b8bfca; cursor: pointer; }
.sl-step-tick.created { background: #d9822b; }
.sl-step-tick.raised { background: #b3261e; }
.sl-step-tick.current { background: #2156c9; height: 10px; }
.sl-step-label { font-weight: 600; margin-bottom: 0.4rem; }
/* side by side only when the panel (not the window) has room for the memory view beside the
   variables: a lesson column or the playground's cell column is narrower than the window */
.sl-step { container-type: inline-size; }
.sl-step-body { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.6rem; align-items: start; }
/* the memory view is 16 bytes wide (~36rem): in a narrower column it scrolls sideways, never clips */
.sl-step-inspector { min-width: 0; overflow-x: auto; }
@container (min-width: 780px) { .sl-step-body { grid-template-columns: minmax(12rem, 1fr) minmax(0, 2fr); } }
.sl-step-vars { list-style: none; margin: 0; padding: 0; font-family: var(--mono, ui-monospace, monospace); font-size: 0.82rem; }
.sl-step-var { display: flex; gap: 0.5rem; padding: 0.15rem 0.3rem; border-radius: 3px; }
.sl-step-var[role=button] { cursor: pointer; }
.sl-step-var.selected { background: var(--vw-selected-bg, #e6eefc); }
.sl-step-var.local .sl-step-var-name::after { content: ' (local)'; color: var(--vw-muted, #5d6672); }
.sl-step-var-name { font-weight: 600; }
.sl-step-var-detail { color: var(--vw-muted, #5d6672); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.sl-flash { animation: sl-flash 1.6s ease-out 1; box-shadow: inset 3px 0 0 #d9822b; }
@keyframes sl-flash { from { background: #ffd9b0; } to { background: transparent; } }
.sl-step-stdout { margin: 0.4rem 0 0; padding: 0.3rem; background: var(--vw-surface-2, #f4f5f7); max-height: 8rem; overflow: auto;
  font-size: 0.8rem; white-space: pre-wrap; }
@media (prefers-reduced-motion: reduce) { .sl-flash { animation: none; background: #ffe9d2; } }
`;

const installed = new WeakSet<Document | ShadowRoot>();

export function installStepStyles(node: Node): void {
  const root = node.getRootNode();
  const target: Document | ShadowRoot = root instanceof ShadowRoot ? root : document;
  if (installed.has(target)) return;
  installed.add(target);
  const style = document.createElement('style');
  style.dataset.stridelab = 'step';
  style.textContent = CSS;
  if (target instanceof ShadowRoot) target.append(style);
  else document.head.append(style);
}
