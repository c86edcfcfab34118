// styles.ts — the views' stylesheet (views.css) as a string, and installStyles(node): puts it
// once into the document or the shadow root that `node` lives in. The views install it
// themselves, so a page (or a custom element's shadow root) needs no CSS import of its own.
//
// The sheet only styles classes the views create (and the `.inspector-root` variables); it
// never styles the host page. Colours come from CSS custom properties with light defaults.

import css from './views.css?inline';

export const VIEWS_CSS: string = css;

const installed = new WeakSet<Document | ShadowRoot>();

/** Adds the views' <style> to the shadow root holding `node`, else to the document (once each). */
export function installStyles(node: Node): void {
  const root = node.getRootNode();
  const target: Document | ShadowRoot = root instanceof ShadowRoot ? root : document;
  if (installed.has(target)) return;
  installed.add(target);
  const style = document.createElement('style');
  style.dataset.stridelab = 'views';
  style.textContent = css;
  if (target instanceof ShadowRoot) target.prepend(style);
  else document.head.append(style);
}
