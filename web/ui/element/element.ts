// element.ts — the <stride-lab> custom element (published as `stridelab/element`). Importing
// this module registers <stride-lab>; defineStrideLab(tagName, options) registers another name
// and/or sets where the engine's worker and wasm are.
//
//   <script type="module" src="https://cdn.jsdelivr.net/npm/stridelab/dist-lib/element.js"></script>
//   <stride-lab autorun view="memory">
//     a = np.arange(12).reshape(3, 4)
//     b = a.T[::2]
//   </stride-lab>
//
// This file is the light part: the shadow skeleton, attributes, properties and events, with
// the code shown as plain text. Nothing is fetched until the element comes near the viewport
// (IntersectionObserver) or run() is called; then cell.ts (CodeMirror, the views, the session)
// loads and the engine starts — one worker per session name, shared by every element of that
// session (sessions.ts). Attributes: autorun, readonly, bare, view, inspect, session, height,
// theme, files (see README "Embedding"). Events (bubbling, composed): `run` (detail {code}),
// `result` (detail RunResult, after every run), `error` (detail RunError, or {type:
// 'EngineError', message} when the engine could not start). Properties: code, result, run().

import type { RunError, RunResult } from 'stridelab';
import type { CellHost, CellParts, CellRuntime } from './cell';
import { configure, type StrideLabOptions } from './config';
import { dedent } from './dedent';
import { ELEMENT_CSS } from './element-css';

export type { StrideLabOptions } from './config';
export type StrideLabView = 'memory' | 'strides' | 'broadcast' | 'index' | 'none';
export type StrideLabTheme = 'light' | 'dark' | 'auto';

const OBSERVED = ['view', 'inspect', 'theme', 'height', 'readonly', 'session', 'bare', 'files'] as const;

let runtime: Promise<typeof import('./cell')> | null = null;
const loadRuntime = () => (runtime ??= import('./cell'));

const activateKey = Symbol('activate');
let observer: IntersectionObserver | null = null;

function whenNear(el: StrideLabElement): void {
  if (typeof IntersectionObserver !== 'function') {
    void el[activateKey]();
    return;
  }
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        observer!.unobserve(e.target);
        void (e.target as StrideLabElement)[activateKey]();
      }
    },
    { rootMargin: '400px 0px' },
  );
  observer.observe(el);
}

const cssLength = (v: string): string => (/^\d+(\.\d+)?$/.test(v.trim()) ? `${v.trim()}px` : v.trim());

// Importable where there is no DOM (server-side rendering, Node): the class then extends a
// placeholder and nothing is registered; it only works in a browser.
const ElementBase = ((globalThis as { HTMLElement?: typeof HTMLElement }).HTMLElement ?? class {}) as typeof HTMLElement;

let instances = 0;
/** Connected elements (any tag name): run() activates the earlier cells of its session first. */
const connected = new Set<StrideLabElement>();

export class StrideLabElement extends ElementBase {
  static get observedAttributes(): readonly string[] {
    return OBSERVED;
  }

  readonly #shadow: ShadowRoot;
  readonly #parts: CellParts;
  readonly #heightStyle: HTMLStyleElement;
  #code: string | null = null;
  #result: RunResult | null = null;
  #runtime: CellRuntime | null = null;
  #starting: Promise<CellRuntime> | null = null;
  #initialised = false;

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    const n = ++instances;
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, text = ''): HTMLElementTagNameMap[K] => {
      const e = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
      if (text) e.textContent = text;
      return e;
    };
    const style = el('style', {}, ELEMENT_CSS);
    this.#heightStyle = el('style', {});
    const cell = el('div', { class: 'cell', part: 'cell', role: 'group', 'aria-label': `Python cell ${n} (stridelab)` });
    const toolbar = el('div', { class: 'toolbar', part: 'toolbar' });
    const run = el('button', { type: 'button', class: 'run', part: 'run-button', title: 'Run the cell (Shift+Enter in the editor)', 'aria-keyshortcuts': 'Shift+Enter' }, '▶ Run');
    const stop = el('button', { type: 'button', class: 'stop', part: 'stop-button', title: 'Stop the running code', disabled: '' }, '■ Stop');
    const status = el('span', { class: 'status', part: 'status', role: 'status' });
    const editor = el('div', { class: 'editor', part: 'editor' });
    const code = el('pre', { class: 'code', part: 'code', tabindex: '0', 'aria-label': 'Python code' });
    const output = el('div', { class: 'output', part: 'output', 'aria-live': 'polite', 'aria-label': 'Output', 'data-runs': '0' });
    const view = el('div', { class: 'view', part: 'view', role: 'region', 'aria-label': 'Array views', hidden: '' });
    toolbar.append(run, stop, status);
    editor.append(code);
    cell.append(toolbar, editor, output, view);
    this.#shadow.append(style, this.#heightStyle, cell);
    this.#parts = { cell, toolbar, run, stop, status, editor, code, output, view };
    run.addEventListener('click', () => void this.run().catch(() => undefined));
  }

  /** The cell's code (the element's dedented text until edited). */
  get code(): string {
    return this.#runtime?.code ?? this.#code ?? '';
  }

  set code(value: string) {
    this.#code = String(value);
    this.#initialised = true;
    if (this.#runtime) this.#runtime.setCode(this.#code);
    else this.#parts.code.textContent = this.#code;
  }

  /** The last RunResult of this cell (null before its first run). */
  get result(): RunResult | null {
    return this.#result;
  }

  /** Runs the cell (after any earlier cell of its session that has not run yet). */
  async run(): Promise<RunResult> {
    this.#init();
    // earlier cells of the session must be known to it (loaded) to run before this one
    const session = this.getAttribute('session') ?? '';
    const earlier = [...connected].filter(
      (e) => e !== this && (e.getAttribute('session') ?? '') === session && e.compareDocumentPosition(this) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const [rt] = await Promise.all([this[activateKey](), ...earlier.map((e) => e[activateKey]())]);
    return rt.run();
  }

  connectedCallback(): void {
    connected.add(this);
    if (!this.#initialised && document.readyState === 'loading') {
      // defined before the parser reached our text: read it once the document is parsed
      document.addEventListener('DOMContentLoaded', () => this.connectedCallback(), { once: true });
      return;
    }
    this.#init();
    if (this.#runtime) this.#runtime.reconnected();
    else whenNear(this);
  }

  disconnectedCallback(): void {
    connected.delete(this);
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    if (before === after) return;
    if (name === 'height') this.#applyHeight();
    this.#runtime?.attributeChanged(name);
  }

  #init(): void {
    this.#applyHeight();
    if (this.#initialised) return;
    this.#initialised = true;
    const template = this.querySelector(':scope > template') as HTMLTemplateElement | null;
    this.#code = dedent(template ? template.content.textContent ?? '' : this.textContent ?? '');
    this.#parts.code.textContent = this.#code;
  }

  #applyHeight(): void {
    const h = this.getAttribute('height');
    this.#heightStyle.textContent = h ? `:host { height: ${cssLength(h).replace(/[;{}<]/g, '')}; }` : '';
  }

  /** Loads the runtime (editor, views, engine) once; autorun cells run then. */
  [activateKey](): Promise<CellRuntime> {
    if (this.#starting) return this.#starting;
    this.#init();
    this.#parts.status.textContent = 'Loading…';
    const host: CellHost = {
      element: this,
      parts: this.#parts,
      code: () => this.#code ?? '',
      attr: (name) => this.getAttribute(name),
      has: (name) => this.hasAttribute(name),
      emit: (type, detail) => {
        if (type === 'result') this.#result = detail as RunResult;
        this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
      },
    };
    // The engine (worker + wasm, the slow part) starts at once, in parallel with the editor
    // and views chunk; the cell picks the same session up (sessions.ts starts it once).
    void import('./sessions').then(
      (m) => m.groupFor(this.getAttribute('session') ?? '').session().catch(() => undefined),
      () => undefined,
    );
    this.#starting = loadRuntime().then(
      (mod) => {
        const rt = mod.attachCell(host);
        this.#runtime = rt;
        if (this.hasAttribute('autorun')) void rt.run().catch(() => undefined);
        return rt;
      },
      (e: Error) => {
        this.#parts.status.textContent = `Could not load stridelab: ${e.message}`;
        this.#parts.status.classList.add('error');
        host.emit('error', { type: 'EngineError', message: e.message } satisfies Pick<RunError, 'type' | 'message'>);
        this.#starting = null; // a later run() retries
        throw e;
      },
    );
    return this.#starting;
  }
}

/**
 * Registers the element as `tagName` (default 'stride-lab') and applies `options` (worker and
 * wasm locations, sample data) to the sessions started afterwards. Returns the class.
 */
export function defineStrideLab(tagName = 'stride-lab', options: StrideLabOptions = {}): typeof StrideLabElement {
  configure(options);
  const existing = customElements.get(tagName);
  if (existing) {
    if (existing === StrideLabElement || existing.prototype instanceof StrideLabElement) return existing as typeof StrideLabElement;
    throw new Error(`stridelab: <${tagName}> is already defined by another script`);
  }
  // one class can back one name only: further names get a subclass
  const taken = [...usedNames].length > 0;
  const cls = taken ? class extends StrideLabElement {} : StrideLabElement;
  customElements.define(tagName, cls);
  usedNames.add(tagName);
  return cls;
}

const usedNames = new Set<string>();

declare global {
  interface HTMLElementTagNameMap {
    'stride-lab': StrideLabElement;
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('stride-lab')) defineStrideLab('stride-lab');
