// element-css.ts — the <stride-lab> shadow root's stylesheet. Public theming surface:
//   custom properties  --stride-lab-bg, -fg, -muted, -border, -accent, -error, -error-bg,
//                      -surface (toolbar/gutter), -code-bg, -font, -font-mono, -font-size,
//                      -radius (set them on the element or any ancestor; they win over the
//                      theme's defaults)
//   parts              cell, toolbar, run-button, stop-button, status, editor, code, output, view
//   theme attribute    light (default) | dark | auto (follows prefers-color-scheme)
// Internally every colour is a --_x variable = var(--stride-lab-x, <theme default>); the views
// (web/ui/views.css) and the editor (editor.ts) get theirs from these.

type Palette = Record<string, string>;

const LIGHT: Palette = {
  bg: '#ffffff', fg: '#1d232b', muted: '#5d6672', border: '#d9dde3', accent: '#2156c9',
  error: '#b3261e', 'error-bg': '#fdf1f0', surface: '#f6f7f9', 'code-bg': '#ffffff',
};
const DARK: Palette = {
  bg: '#1b1f25', fg: '#e4e7ec', muted: '#a3abb7', border: '#3a414c', accent: '#7ea6f6',
  error: '#ff8a80', 'error-bg': '#3d1815', surface: '#22272e', 'code-bg': '#1b1f25',
};
/** Editor colours per theme (editor.ts reads --sl-*). */
const EDITOR_LIGHT: Palette = {};
const EDITOR_DARK: Palette = {
  'active-line': '#262c35', selection: '#2d4370', 'error-line': '#4a1e1b', 'error-mark': '#ff8a80',
  'gutter-fg': '#8d96a3',
  'syntax-keyword': '#d7a6ff', 'syntax-atom': '#9cb8ff', 'syntax-number': '#8fd6a5', 'syntax-string': '#ffa198',
  'syntax-escape': '#ffb070', 'syntax-def': '#8fb8ff', 'syntax-local': '#b9a6ff', 'syntax-type': '#6fd3b5',
  'syntax-class': '#7ccfd6', 'syntax-special': '#9ecbd9', 'syntax-property': '#8fb8ff', 'syntax-comment': '#d6a66b',
  'syntax-meta': '#b0b8b0', 'syntax-invalid': '#ff6b6b',
};

const palette = (p: Palette, editor: Palette, scheme: string): string =>
  Object.entries(p).map(([k, v]) => `--_${k}: var(--stride-lab-${k}, ${v});`).join(' ') +
  Object.entries(editor).map(([k, v]) => ` --sl-${k}: ${v};`).join('') +
  ` color-scheme: ${scheme};`;

export const ELEMENT_CSS = `
:host {
  display: block; margin: 1em 0; text-align: left;
  ${palette(LIGHT, EDITOR_LIGHT, 'light')}
  --_font: var(--stride-lab-font, system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', 'Liberation Sans', sans-serif);
  --_mono: var(--stride-lab-font-mono, ui-monospace, 'SFMono-Regular', 'DejaVu Sans Mono', 'Liberation Mono', Menlo, Consolas, monospace);
  --_font-size: var(--stride-lab-font-size, 14px);
  --_radius: var(--stride-lab-radius, 8px);
}
:host([theme='dark']) { ${palette(DARK, EDITOR_DARK, 'dark')} }
@media (prefers-color-scheme: dark) { :host([theme='auto']) { ${palette(DARK, EDITOR_DARK, 'dark')} } }
:host([hidden]) { display: none; }
:host([height]) .cell { height: 100%; overflow: auto; }
* { box-sizing: border-box; }
.cell { background: var(--_bg); color: var(--_fg); border: 1px solid var(--_border); border-radius: var(--_radius); font: var(--_font-size)/1.45 var(--_font); overflow: hidden; }
.cell.running { border-color: var(--_accent); box-shadow: 0 0 0 1px var(--_accent) inset; }
.toolbar { display: flex; align-items: center; gap: 8px; padding: 4px 8px; background: var(--_surface); border-bottom: 1px solid var(--_border); }
button { font: inherit; font-size: 13px; cursor: pointer; border: 1px solid var(--_border); background: var(--_bg); color: var(--_fg); border-radius: 6px; padding: 2px 12px; }
button:hover:not(:disabled) { border-color: var(--_accent); color: var(--_accent); }
button:disabled { opacity: 0.5; cursor: default; }
button:focus-visible, select:focus-visible, input:focus-visible { outline: 2px solid var(--_accent); outline-offset: 1px; }
select, input { font: inherit; color: var(--_fg); background: var(--_bg); border: 1px solid var(--_border); border-radius: 5px; }
.status { margin-left: auto; color: var(--_muted); font-size: 12px; min-height: 1em; }
.status.error { color: var(--_error); }
.label { font: 600 12px var(--_font); color: var(--_muted); }
.editor {
  --sl-editor-bg: var(--_code-bg); --sl-editor-fg: var(--_fg); --sl-gutter-bg: var(--_surface); --sl-accent: var(--_accent);
  --mono: var(--_mono); --sl-editor-font-size: var(--_font-size);
}
.code { margin: 0; padding: 6px 10px; font: var(--_font-size)/1.4 var(--_mono); white-space: pre; overflow: auto; background: var(--_code-bg); color: var(--_fg); }
.code:focus-visible { outline: 2px solid var(--_accent); outline-offset: -2px; }
.output:empty { display: none; }
.output { border-top: 1px solid var(--_border); padding: 6px 10px; font: 13px/1.4 var(--_mono); }
.output pre { margin: 2px 0; white-space: pre-wrap; word-break: break-word; font: inherit; }
.out-value-row { display: flex; gap: 8px; align-items: baseline; }
.out-prompt { color: var(--_muted); font-size: 12px; white-space: nowrap; }
.out-error { color: var(--_error); background: var(--_error-bg); padding: 4px 6px; border-radius: 4px; }
.out-note, .out-running { color: var(--_muted); font-family: var(--_font); margin: 2px 0; }
.view { border-top: 1px solid var(--_border); padding: 8px 10px; font-size: 13px;
  --ink: var(--_fg); --muted: var(--_muted); --line: var(--_border); --accent: var(--_accent); --error: var(--_error);
  --panel: var(--_bg); --mono: var(--_mono); --sans: var(--_font); }
.view[hidden] { display: none; }
.view .insp-tab { font-size: 13px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
