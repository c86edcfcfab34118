// editor.ts — a CodeMirror 6 Python editor for one cell, with the run keys:
// Shift+Enter = run and move to the next cell, Ctrl/Cmd+Enter = run in place.

import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import {
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
  '&.cm-focused': { outline: 'none' },
});

export function createEditor(parent: HTMLElement, doc: string, hooks: EditorHooks): EditorView {
  const runKeys = keymap.of([
    { key: 'Shift-Enter', run: () => (hooks.onRunAndAdvance(), true) },
    { key: 'Mod-Enter', run: () => (hooks.onRun(), true) },
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
      ],
    }),
  });
}
