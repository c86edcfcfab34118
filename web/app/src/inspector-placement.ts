// inspector-placement.ts — where the playground's inspector column (Variables, Files and the
// array views) sits: in the sticky side column on wide screens; on narrow ones (style.css's
// one-column layout, below 1100 px) inline, right under the cell that just ran, and scrolled
// into sight — so the view of what a cell did is on screen without scrolling past the other
// cells and panels. The lesson page's dock does the same (lesson/lesson-inspector.ts).
//
// Not here: what the inspector shows (main.ts, web/ui). An embed (?embed=1) never moves it.

/** The one-column layout (style.css uses the same width). */
export const NARROW = '(max-width: 1100px)';

export class InspectorPlacement {
  #aside: HTMLElement;
  #home: HTMLElement;
  #anchor: HTMLElement | null = null;
  #narrow: MediaQueryList;

  /** `aside`: the inspector column; it returns to its parent when wide (or reset). */
  constructor(aside: HTMLElement) {
    this.#aside = aside;
    this.#home = aside.parentElement!;
    this.#narrow = matchMedia(NARROW);
    this.#narrow.addEventListener('change', () => this.#place());
  }

  /** After a run of the cell `cell`: inline under it when narrow, then brought into sight. */
  async afterRun(cell: HTMLElement): Promise<void> {
    this.#anchor = cell;
    this.#place();
    if (!this.#narrow.matches) return;
    // after the frame's layout (and the browser's scroll anchoring after the move)
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const r = this.#aside.getBoundingClientRect();
    const visible = Math.min(r.bottom, innerHeight) - Math.max(r.top, 0);
    if (visible < Math.min(r.height, innerHeight * 0.5)) scrollBy({ top: r.top - innerHeight * 0.3, behavior: 'instant' });
  }

  /** The cells were replaced (example, Back, import): the column goes back to its place. */
  reset(): void {
    this.#anchor = null;
    this.#place();
  }

  #place(): void {
    const anchor = this.#anchor?.isConnected ? this.#anchor : null;
    if (this.#narrow.matches && anchor) {
      if (this.#aside.previousElementSibling !== anchor) anchor.after(this.#aside);
      this.#aside.classList.add('inline');
    } else if (this.#aside.parentElement !== this.#home) {
      this.#home.append(this.#aside);
      this.#aside.classList.remove('inline');
    }
  }
}
