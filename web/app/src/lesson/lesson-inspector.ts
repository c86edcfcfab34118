// lesson-inspector.ts — the lesson page's inspector "dock": the Variables picker and the
// tabbed views (web/ui mount), kept beside the code the learner just ran. On wide screens the
// dock sits in the sticky side column; on narrow ones (the single-column layout) it moves
// inline, right under the block that ran, and is scrolled into sight. After every run it
// selects the array the block assigned last (auto-select.ts) unless the learner pinned one by
// picking it in Variables (picking the pinned row again unpins it); a section's `@view`
// directives then choose the tab (and array, and overlays) the prose talks about.
//
// Not here: running code (lesson-page.ts), the views themselves (web/ui).
import type { RunResult, WorkerSession } from 'stridelab';
import { DEFAULT_TABS, mount, type MountedView } from '../../../ui';
import { h } from '../../../ui/dom';
import { pickArray, signature } from '../auto-select';
import { renderVariables, revealSelected, type VariableEntry } from '../variables';
import type { ViewDirective } from '../../../lib/lesson-format.js';

const MAX_INSPECTED = 64; // arrays inspected per refresh for the picker
/** The lesson's single-column layout (lesson.css uses the same width). */
export const NARROW = '(max-width: 1100px)';

export class LessonInspector {
  readonly dock: HTMLElement;
  #views: MountedView;
  #list: HTMLElement;
  #selected: string | null = null;
  #pinned = false;
  #signatures = new Map<string, string>();
  #entries: VariableEntry[] = [];
  #anchor: HTMLElement | null = null;
  #narrow: MediaQueryList;

  constructor(private readonly aside: HTMLElement, private readonly session: WorkerSession) {
    this.#list = h('ul', { class: 'variables', 'data-testid': 'variables', 'aria-label': 'Variables' });
    const host = h('div', { class: 'inspector-host', id: 'inspector' });
    this.dock = h(
      'section',
      { class: 'inspector-dock', 'data-testid': 'inspector', 'aria-label': 'Inspector' },
      h('h2', { class: 'dock-title', text: 'Variables' }),
      h('p', { class: 'dock-note', text: 'The array the last block assigned is shown; pick one to pin it.' }),
      this.#list,
      host,
    );
    aside.replaceChildren(this.dock);
    this.#views = mount(host, session, null, { views: DEFAULT_TABS });
    this.#narrow = matchMedia(NARROW);
    this.#narrow.addEventListener('change', () => this.#place());
    renderVariables(this.#list, [], null, () => undefined);
  }

  get selected(): string | null {
    return this.#selected;
  }

  /** After a block ran: fresh views, the picker, the auto-selected array, the directives. */
  async afterRun(result: RunResult, code: string, anchor: HTMLElement, directives: ViewDirective[]): Promise<void> {
    this.#anchor = anchor;
    this.#place();
    await this.#views.update(result, code);
    await this.#refresh(code);
    for (const d of directives) {
      if (d.name) {
        this.#selected = d.name;
        this.#render();
      }
      await this.#views.show(d.view, d.name);
      if (d.overlays.length) this.#setOverlays(d.overlays);
    }
    await this.#reveal();
    this.dock.dataset.runs = String(Number(this.dock.dataset.runs ?? 0) + 1); // tests wait on it
  }

  /** Reads the globals, picks the array to show and redraws the picker. */
  async #refresh(code: string | null): Promise<void> {
    const globals = await this.session.globals();
    const entries: VariableEntry[] = [];
    const arrays = new Map<string, string>();
    let inspected = 0;
    for (const g of globals) {
      const array = g.type === 'ndarray' && inspected++ < MAX_INSPECTED ? await this.session.inspect(g.name) : null;
      if (array) arrays.set(g.name, signature(array));
      entries.push({ global: g, array });
    }
    this.#selected = pickArray({ code, arrays, before: this.#signatures, current: this.#selected, pinned: this.#pinned });
    if (this.#pinned && !arrays.has(this.#selected ?? '')) this.#pinned = false;
    this.#signatures = arrays;
    this.#entries = entries;
    this.#render();
    if (this.#views.selected !== this.#selected) await this.#views.select(this.#selected);
  }

  #render(): void {
    renderVariables(this.#list, this.#entries, this.#selected, (name) => {
      this.#pinned = !(this.#pinned && this.#selected === name);
      this.#selected = name;
      this.#render();
      void this.#views.select(name).then(() => this.#views.show('memory'));
    });
    const row = this.#list.querySelector<HTMLElement>(`.var-row[data-name="${CSS.escape(this.#selected ?? '')}"]`);
    revealSelected(this.#list);
    if (row && this.#pinned) {
      row.dataset.pinned = 'true';
      row.title = 'Pinned: new arrays do not replace it. Pick it again to unpin.';
    }
  }

  /** Ticks the memory view's overlay boxes of `names` (the `overlay=a` directive option). */
  #setOverlays(names: string[]): void {
    for (const name of names) {
      const box = this.dock.querySelector<HTMLInputElement>(`[data-testid=memory-view] input[type=checkbox][data-name="${CSS.escape(name)}"]`);
      if (box && !box.checked) box.click();
    }
  }

  /** Docked in the side column when wide; inline under the block that ran when narrow. */
  #place(): void {
    if (this.#narrow.matches && this.#anchor) {
      if (this.dock.previousElementSibling !== this.#anchor) this.#anchor.after(this.dock);
      this.dock.classList.add('inline');
    } else if (this.dock.parentElement !== this.aside) {
      this.aside.append(this.dock);
      this.dock.classList.remove('inline');
    }
  }

  /** Narrow layout: bring the inline dock into sight when it is mostly out of it. */
  async #reveal(): Promise<void> {
    if (!this.#narrow.matches) return;
    // after the frame's layout (and the browser's scroll anchoring after the move)
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const r = this.dock.getBoundingClientRect();
    const visible = Math.min(r.bottom, innerHeight) - Math.max(r.top, 0);
    if (visible < Math.min(r.height, innerHeight * 0.5)) scrollBy({ top: r.top - innerHeight * 0.3, behavior: 'instant' });
  }
}
