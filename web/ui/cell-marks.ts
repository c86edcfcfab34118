// cell-marks.ts — what stepping and profiling draw in a cell's CodeMirror editor: the line of
// the current step (highlighted, `data-step-line`), and after a profiled run a note at the end
// of every line that ran (`data-testid="line-cost"` with `data-line`, `data-bytes`,
// `data-kind="view|copy|none"`; hovering explains: see web/lib/line-cost.ts). Both clear
// themselves when the code is edited (they describe the code that ran).
//
// The fields are added to an editor on first use (StateEffect.appendConfig), so editors made
// by editor.ts need no option for them.

import { StateEffect, StateField, type Extension, type Range } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';
import { lineCostNote } from 'stridelab/line-cost';
import type { LineCost } from 'stridelab';

const setStepLine = StateEffect.define<number | null>();
const setCosts = StateEffect.define<readonly LineCost[] | null>();

function lineStart(doc: { lines: number; line(n: number): { from: number; to: number } }, n: number): number | null {
  return n >= 1 && n <= doc.lines ? doc.line(n).from : null;
}

const stepLineField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    let next = tr.docChanged ? Decoration.none : deco;
    for (const e of tr.effects) {
      if (!e.is(setStepLine)) continue;
      const from = e.value === null ? null : lineStart(tr.state.doc, e.value);
      next =
        from === null
          ? Decoration.none
          : Decoration.set([Decoration.line({ class: 'sl-step-line', attributes: { 'data-step-line': String(e.value) } }).range(from)]);
    }
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

class CostWidget extends WidgetType {
  constructor(readonly cost: LineCost) {
    super();
  }
  override eq(other: CostWidget): boolean {
    return JSON.stringify(other.cost) === JSON.stringify(this.cost);
  }
  override toDOM(): HTMLElement {
    const note = lineCostNote(this.cost);
    const el = document.createElement('span');
    el.className = `sl-line-cost sl-line-cost-${note.kind}`;
    el.dataset.testid = 'line-cost';
    el.dataset.line = String(this.cost.line);
    el.dataset.bytes = String(this.cost.allocated);
    el.dataset.kind = note.kind;
    el.title = note.explanation;
    el.setAttribute('aria-label', `line ${this.cost.line}: ${note.explanation}`);
    el.textContent = note.text;
    return el;
  }
  override ignoreEvent(): boolean {
    return true;
  }
}

const costsField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    let next = tr.docChanged ? Decoration.none : deco;
    for (const e of tr.effects) {
      if (!e.is(setCosts)) continue;
      const marks: Range<Decoration>[] = [];
      for (const c of e.value ?? []) {
        if (c.line < 1 || c.line > tr.state.doc.lines) continue;
        const noteworthy = c.allocated > 0 || c.temporaries > 0 || c.views > 0 || c.copies > 0;
        if (!noteworthy) continue;
        marks.push(Decoration.widget({ widget: new CostWidget(c), side: 1 }).range(tr.state.doc.line(c.line).to));
      }
      next = Decoration.set(marks, true);
    }
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

const theme = EditorView.baseTheme({
  '.sl-step-line': { backgroundColor: 'rgba(255, 214, 10, 0.35)', boxShadow: 'inset 3px 0 0 #d4a000' },
  '.sl-line-cost': {
    marginLeft: '1.5em',
    padding: '0 0.4em',
    borderRadius: '3px',
    // never under 12 px (issue 14's contrast and size rule), whatever the editor's font size
    fontSize: 'max(12px, 0.8em)',
    color: '#3b4350',
    backgroundColor: '#eef0f3',
    cursor: 'help',
    whiteSpace: 'nowrap',
  },
  '.sl-line-cost-copy': { backgroundColor: '#fdecd8', color: '#7a3d00' },
  '.sl-line-cost-view': { backgroundColor: '#e3f1e6', color: '#1d5b2a' },
});

const installed = new WeakSet<EditorView>();
function ensure(view: EditorView): void {
  if (installed.has(view)) return;
  installed.add(view);
  const ext: Extension = [stepLineField, costsField, theme];
  view.dispatch({ effects: StateEffect.appendConfig.of(ext) });
}

/** Highlights (1-based) `line` as the current step; null clears it. Scrolls it into view. */
export function markStepLine(view: EditorView, line: number | null): void {
  ensure(view);
  const from = line === null ? null : lineStart(view.state.doc, line);
  view.dispatch({ effects: [setStepLine.of(line), ...(from !== null ? [EditorView.scrollIntoView(from, { y: 'nearest' })] : [])] });
}

/** Draws the per-line cost notes of a profiled run (null or [] clears them). */
export function showLineCosts(view: EditorView, lines: readonly LineCost[] | null | undefined): void {
  ensure(view);
  view.dispatch({ effects: setCosts.of(lines ?? null) });
}
