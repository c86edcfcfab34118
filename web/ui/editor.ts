// editor.ts — a CodeMirror 6 Python editor for one cell, with the run keys:
// Shift+Enter = run and move to the next cell, Ctrl/Cmd+Enter = run in place; and the
// failing-line marker (markErrorLine) set from RunResult.error.line, cleared on the next edit
// or run. Escape leaves the editor (Tab indents), so the page stays keyboard-usable.

import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { EditorState, StateEffect, StateField, type Range } from '@codemirror/state';
import {
  Decoration,
  type DecorationSet,
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';

export interface EditorHooks {
  onRun: () => void;
  onRunAndAdvance: () => void;
}

const theme = EditorView.theme({
  '&': { fontSize: '14px', backgroundColor: '#ffffff' },
  '.cm-content': { fontFamily: 'var(--mono)', padding: '6px 0' },
  '.cm-gutters': { backgroundColor: '#f6f7f9', color: '#8a93a0', border: 'none' },
  '&.cm-focused': { outline: '2px solid #2156c9', outlineOffset: '-2px' },
  '.cm-error-line': { backgroundColor: '#fde8e8', boxShadow: 'inset 3px 0 0 #c62828' },
});

const setErrorLine = StateEffect.define<number | null>();

/** The line decoration of the cell's last error: cleared when the document changes. */
const errorLineField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    let next = tr.docChanged ? Decoration.none : deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setErrorLine)) continue;
      const line = e.value;
      if (line === null || line < 1 || line > tr.state.doc.lines) next = Decoration.none;
      else {
        const from = tr.state.doc.line(line).from;
        const marks: Range<Decoration>[] = [Decoration.line({ class: 'cm-error-line', attributes: { 'data-error-line': String(line) } }).range(from)];
        next = Decoration.set(marks);
      }
    }
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** Marks (1-based) `line` of the cell as the failing line; null clears the mark. */
export function markErrorLine(view: EditorView, line: number | null): void {
  view.dispatch({ effects: setErrorLine.of(line) });
}

export function createEditor(parent: HTMLElement, doc: string, hooks: EditorHooks): EditorView {
  const runKeys = keymap.of([
    { key: 'Shift-Enter', run: () => (hooks.onRunAndAdvance(), true) },
    { key: 'Mod-Enter', run: () => (hooks.onRun(), true) },
    { key: 'Escape', run: (view) => (view.contentDOM.blur(), true) },
  ]);
  return new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        runKeys, // before the default keymap, which binds Enter variants too
        lineNumbers(),
        highlightActiveLineGutter(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        python(),
        EditorState.tabSize.of(4),
        theme,
        errorLineField,
        EditorView.contentAttributes.of({ 'aria-label': 'Python code cell' }),
      ],
    }),
  });
}
