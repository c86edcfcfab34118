// notebook-editor.ts — the CodeMirror half of the playground's cells (most of the page's JS):
// loaded by notebook.ts without being awaited for the page's readiness; each cell shows its
// code as static text (static-code.ts) and is runnable before this arrives.

export { createEditor, markErrorLine } from '../../ui/editor';
export { bindStepKey, cellStepping, runOptions, stepButton } from '../../ui/cell-stepping';
