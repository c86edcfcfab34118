// dedent.ts — the code of a <stride-lab> element from its text content, as an author writes
// it inside an indented HTML page: line endings normalised, blank lines at both ends dropped,
// the indentation common to every non-blank line removed (tabs and spaces compared exactly,
// like Python's textwrap.dedent). Pure string code (tested in Node).

export function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  let prefix: string | null = null;
  for (const line of lines) {
    if (!line.trim()) continue;
    const indent = /^[ \t]*/.exec(line)![0];
    if (prefix === null) prefix = indent;
    else {
      let k = 0;
      while (k < prefix.length && k < indent.length && prefix[k] === indent[k]) k++;
      prefix = prefix.slice(0, k);
    }
  }
  const cut = prefix?.length ?? 0;
  return lines.map((line) => (line.trim() ? line.slice(cut) : '')).join('\n');
}

/**
 * Names bound at the top level of a cell by simple assignments (`a = ...`, `a[0] = ...`,
 * `a += ...`, `a, b = ...`), last binding last. The element opens its view on the last one
 * that is an ndarray when no `inspect` attribute says which. A heuristic on text, not a
 * parser: it only has to find a sensible default.
 */
export function assignedNames(code: string): string[] {
  const out: string[] = [];
  for (const line of code.split('\n')) {
    const m = /^([A-Za-z_][\w]*(?:\s*,\s*[A-Za-z_][\w]*)*)\s*(?:\[[^\]]*\]\s*)?(?:[-+*/%@&|^]|\/\/|\*\*|<<|>>)?=(?!=)/.exec(line);
    if (!m) continue;
    for (const name of m[1].split(',').map((s) => s.trim())) {
      const at = out.indexOf(name);
      if (at >= 0) out.splice(at, 1);
      out.push(name);
    }
  }
  return out;
}
