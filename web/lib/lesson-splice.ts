// lesson-splice.ts — puts a lesson's `wrong` answer into the exercise's starter the way a
// learner would type it: only the statements the wrong answer rewrites change, the rest of
// the starter (the plot line after a `# FIX THIS` line, a print, a call of the function)
// stays around it. `stridelab lesson check` runs every wrong answer both alone and spliced,
// so a hint that only fires when the starter's other lines are missing is reported.
//
// Statements are top-level: a line at column 0 that does not continue an open bracket, a
// backslash line or a compound statement (else/elif/except/finally) starts one. A wrong
// statement replaces the starter statement with the same text, else the first one after the
// previous replacement that assigns the same target (`a = ...`, `a += ...`, `s.x = ...`)
// or defines the same function or class. Unmatched wrong statements go in just before the
// next replaced one (or after the last, or instead of the starter's FIX THIS statements
// when nothing matched). Pure: no engine, no I/O.

export interface Statement {
  text: string;
  /** `assign:a,b`, `def:f`, `class:C`, or the statement's own text. */
  key: string;
}

function depthChange(line: string): number {
  let d = 0;
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '#') break;
    if (c === '"' || c === "'") quote = c;
    else if ('([{'.includes(c)) d++;
    else if (')]}'.includes(c)) d--;
  }
  return d;
}

function keyOf(text: string): string {
  const first = text.split('\n')[0];
  const def = /^(?:async\s+)?(def|class)\s+([A-Za-z_]\w*)/.exec(first);
  if (def) return `${def[1]}:${def[2]}`;
  const assign = /^([A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_][\w.]*)*)\s*(?:[-+*/%&|^@]|\/\/|\*\*|<<|>>)?=(?!=)/.exec(first);
  if (assign) return `assign:${assign[1].split(',').map((s) => s.trim()).join(',')}`;
  return text.trim();
}

/** The top-level statements of `code`, in order (blank lines dropped). */
export function statements(code: string): Statement[] {
  const out: string[][] = [];
  let depth = 0;
  let continued = false;
  for (const line of code.replace(/\r\n?/g, '\n').split('\n')) {
    const opens = line.trim() !== '' && !/^\s/.test(line) && depth <= 0 && !continued && !/^(else|elif|except|finally)\b/.test(line);
    if (opens || out.length === 0) out.push([line]);
    else out[out.length - 1].push(line);
    depth += depthChange(line);
    continued = /\\\s*$/.test(line);
  }
  return out
    .map((lines) => lines.join('\n').replace(/\s+$/, ''))
    .filter((t) => t.trim() !== '')
    .map((text) => ({ text, key: keyOf(text) }));
}

const FIX = /#\s*FIX THIS/;

/** The starter with `wrong` typed into it (see the header). */
export function spliceIntoStarter(starter: string, wrong: string): string {
  const base = statements(starter);
  const slots: (Statement | Statement[])[] = [...base];
  const replaced = new Set<number>();
  let pending: Statement[] = [];
  let last = -1;
  const find = (s: Statement): number => {
    const same = base.findIndex((b, i) => !replaced.has(i) && b.text === s.text);
    if (same >= 0) return same;
    return base.findIndex((b, i) => i > last && !replaced.has(i) && b.key === s.key && !b.key.includes('\n') && (b.key.startsWith('assign:') || b.key.startsWith('def:') || b.key.startsWith('class:')));
  };
  for (const s of statements(wrong)) {
    const at = find(s);
    if (at < 0) {
      pending.push(s);
      continue;
    }
    replaced.add(at);
    slots[at] = [...pending, s];
    pending = [];
    last = Math.max(last, at);
  }
  if (pending.length) {
    if (last >= 0) slots[last] = [...(slots[last] as Statement[]), ...pending];
    else {
      // nothing matched: the wrong answer replaces the FIX THIS statements (or goes at the end)
      const fixes = base.map((b, i) => (FIX.test(b.text) ? i : -1)).filter((i) => i >= 0);
      if (!fixes.length) return [...base.map((b) => b.text), ...pending.map((p) => p.text)].join('\n') + '\n';
      slots[fixes[0]] = pending;
      for (const i of fixes.slice(1)) slots[i] = [];
    }
  }
  return slots.flatMap((s) => (Array.isArray(s) ? s.map((x) => x.text) : [s.text])).join('\n') + '\n';
}
