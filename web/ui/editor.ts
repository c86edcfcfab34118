// editor.ts — a CodeMirror 6 Python editor for one cell, with the run keys:
// Shift+Enter = run and move to the next cell, Ctrl/Cmd+Enter = run in place; and the
// failing-line marker (markErrorLine) set from RunResult.error.line, cleared on the next edit
// or run. Escape leaves the editor (Tab indents), so the page stays keyboard-usable.
// Colours come from CSS custom properties (--sl-editor-*, --sl-syntax-*) with light
// defaults, so a host (the <stride-lab> element) can switch to a dark palette. The editor
// mounts its styles into the document or the shadow root of `parent` (CodeMirror does this).

import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { Compartment, EditorState, StateEffect, StateField, type Range } from '@codemirror/state';
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

export interface EditorOptions {
  /** The code cannot be edited (it can still be selected, copied and run). */
  readOnly?: boolean;
  /** Accessible name of the code area (default "Python code cell"). */
  label?: string;
  /** Wrap long lines instead of scrolling sideways (narrow columns). */
  wrap?: boolean;
  /** Called with the new code after every edit (drafts that survive a reload). */
  onChange?: (code: string) => void;
}

const theme = EditorView.theme({
  '&': { fontSize: 'var(--sl-editor-font-size, 14px)', backgroundColor: 'var(--sl-editor-bg, #ffffff)', color: 'var(--sl-editor-fg, #1d232b)' },
  '.cm-content': { fontFamily: 'var(--mono, monospace)', padding: '6px 0', caretColor: 'var(--sl-editor-fg, #1d232b)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--sl-editor-fg, #1d232b)' },
  '.cm-gutters': { backgroundColor: 'var(--sl-gutter-bg, #f6f7f9)', color: 'var(--sl-gutter-fg, #5f6773)', border: 'none' },
  '.cm-activeLine': { backgroundColor: 'var(--sl-active-line, #f2f5fb)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--sl-active-line, #e9edf5)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: 'var(--sl-selection, #d7e3fb)' },
  '&.cm-focused': { outline: '2px solid var(--sl-accent, #2156c9)', outlineOffset: '-2px' },
  '.cm-error-line': { backgroundColor: 'var(--sl-error-line, #fde8e8)', boxShadow: 'inset 3px 0 0 var(--sl-error-mark, #c62828)' },
});

/** CodeMirror's default highlight colours, each overridable by a --sl-syntax-* variable. */
const highlight = HighlightStyle.define([
  { tag: tags.keyword, color: 'var(--sl-syntax-keyword, #708)' },
  { tag: [tags.atom, tags.bool, tags.url, tags.contentSeparator, tags.labelName], color: 'var(--sl-syntax-atom, #219)' },
  { tag: [tags.literal, tags.inserted], color: 'var(--sl-syntax-number, #164)' },
  { tag: [tags.string, tags.deleted], color: 'var(--sl-syntax-string, #a11)' },
  { tag: [tags.regexp, tags.escape, tags.special(tags.string)], color: 'var(--sl-syntax-escape, #e40)' },
  { tag: tags.definition(tags.variableName), color: 'var(--sl-syntax-def, #00f)' },
  { tag: tags.local(tags.variableName), color: 'var(--sl-syntax-local, #30a)' },
  { tag: [tags.typeName, tags.namespace], color: 'var(--sl-syntax-type, #085)' },
  { tag: tags.className, color: 'var(--sl-syntax-class, #167)' },
  { tag: [tags.special(tags.variableName), tags.macroName], color: 'var(--sl-syntax-special, #256)' },
  { tag: tags.definition(tags.propertyName), color: 'var(--sl-syntax-property, #00c)' },
  { tag: tags.comment, color: 'var(--sl-syntax-comment, #940)' },
  { tag: tags.meta, color: 'var(--sl-syntax-meta, #404740)' },
  { tag: tags.invalid, color: 'var(--sl-syntax-invalid, #f00)' },
]);

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

const readOnly = new Compartment();

/** Makes the code read-only (true) or editable again. */
export function setReadOnly(view: EditorView, on: boolean): void {
  view.dispatch({ effects: readOnly.reconfigure(EditorState.readOnly.of(on)) });
}

/** Replaces the whole document (e.g. the element's `code` property was set). */
export function setCode(view: EditorView, code: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
}

/** Marks (1-based) `line` of the cell as the failing line; null clears the mark. */
export function markErrorLine(view: EditorView, line: number | null): void {
  view.dispatch({ effects: setErrorLine.of(line) });
}

export function createEditor(parent: HTMLElement, doc: string, hooks: EditorHooks, options: EditorOptions = {}): EditorView {
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
        syntaxHighlighting(highlight),
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        python(),
        EditorState.tabSize.of(4),
        theme,
        errorLineField,
        EditorView.contentAttributes.of({ 'aria-label': options.label ?? 'Python code cell' }),
        readOnly.of(EditorState.readOnly.of(Boolean(options.readOnly))),
        options.wrap ? EditorView.lineWrapping : [],
        options.onChange ? EditorView.updateListener.of((u) => u.docChanged && options.onChange!(u.state.doc.toString())) : [],
      ],
    }),
  });
}
