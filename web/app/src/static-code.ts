// static-code.ts — a cell's code as highlighted static text, shown until the cell's
// CodeMirror editor is ready (notebook.ts upgrades every cell once the editor's chunk has
// loaded, or at once when the user focuses one): the page is readable and runnable without
// waiting for CodeMirror (issue 16, time to interactive). Colours are the editor's
// (--sl-syntax-* variables with web/ui/editor.ts's defaults); line numbers as its gutter.
// A small tokenizer, not a parser: comments, strings (incl. triple-quoted and prefixed),
// numbers, keywords, True/False/None, and the name after def/class. Never used for editing.

import { h } from '../../ui/dom';

const KEYWORDS = new Set(
  ('and as assert async await break class continue def del elif else except finally for from global if import in is ' +
    'lambda nonlocal not or pass raise return try while with yield match case').split(' '),
);
const ATOMS = new Set(['None', 'True', 'False']);
// comment | string | number | name
const TOKEN =
  /(#[^\n]*)|((?:[rRbBuUfF]{1,2})?(?:'''[\s\S]*?(?:'''|$)|"""[\s\S]*?(?:"""|$)|'(?:\\.|[^'\\\n])*'?|"(?:\\.|[^"\\\n])*"?))|((?:\b\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?[jJ]?)|([A-Za-z_]\w*)/g;

type Piece = [text: string, cls: string | null];

function tokenize(code: string): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  let afterDef = false;
  for (const m of code.matchAll(TOKEN)) {
    if (m.index! > at) out.push([code.slice(at, m.index), null]);
    at = m.index! + m[0].length;
    let cls: string | null = null;
    if (m[1]) cls = 'sc-comment';
    else if (m[2]) cls = 'sc-string';
    else if (m[3]) cls = 'sc-number';
    else if (m[4]) cls = KEYWORDS.has(m[4]) ? 'sc-keyword' : ATOMS.has(m[4]) ? 'sc-atom' : afterDef ? 'sc-def' : null;
    afterDef = Boolean(m[4]) && (m[4] === 'def' || m[4] === 'class');
    out.push([m[0], cls]);
  }
  if (at < code.length) out.push([code.slice(at), null]);
  return out;
}

/** The code as highlighted lines (focusable: focusing it asks for the editor). */
export function staticCode(code: string): HTMLElement {
  const lines: HTMLElement[] = [];
  let line = h('span', { class: 'sc-code' });
  const newLine = () => {
    lines.push(line);
    line = h('span', { class: 'sc-code' });
  };
  for (const [text, cls] of tokenize(code)) {
    const parts = text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) newLine();
      if (part) line.append(cls ? h('span', { class: cls, text: part }) : document.createTextNode(part));
    });
  }
  newLine();
  for (const l of lines) if (!l.firstChild) l.append(document.createElement('br')); // empty lines keep their height
  const rows = lines.map((l) => h('div', { class: 'sc-line' }, l));
  return h('div', { class: 'cell-static', tabindex: '0', 'aria-label': 'Python code cell (the editor is loading)' }, ...rows);
}
