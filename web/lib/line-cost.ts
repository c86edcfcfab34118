// line-cost.ts — words for the per-line cost of a profiled run (`run(code, {profile: true})`):
// the short gutter note and its hover explanation (web/ui), and the table that
// `stridelab run --profile` prints. Pure functions of LineCost data.

import type { LineCost } from './step-types.js';

/** 96 -> "96 B", 8000000 -> "8 MB" (decimal units, as the gutter is read at a glance). */
export function formatBytes(n: number): string {
  if (n < 1000) return `${n} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = -1;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  const text = v >= 100 || Number.isInteger(v) ? v.toFixed(0) : v.toFixed(1);
  return `${text.replace(/\.0$/, '')} ${units[u]}`;
}

export type LineKind = 'view' | 'copy' | 'none';

export interface LineNote {
  kind: LineKind;
  /** Short text for the gutter: "copy, 48 B", "view, 0 B", "1 tmp · 16 MB". */
  text: string;
  /** The hover explanation, one sentence per fact. */
  explanation: string;
}

/** What a line did, in words. */
export function lineCostNote(c: LineCost): LineNote {
  const kind: LineKind = c.copies > 0 ? 'copy' : c.views > 0 ? 'view' : 'none';
  // a copy whose bytes this line did not allocate itself: a function it called made it (the
  // bytes are counted on that function's lines); "copy, 0 B" would contradict itself
  const madeInCall = kind === 'copy' && c.allocated === 0;
  const parts: string[] = [];
  if (madeInCall) parts.push('copy, made in a call');
  else if (kind !== 'none') parts.push(`${kind}, ${formatBytes(c.allocated)}`);
  else if (c.allocated > 0) parts.push(`+${formatBytes(c.allocated)}`);
  if (c.temporaries > 0) parts.push(`${c.temporaries} tmp · ${formatBytes(c.temporaryBytes)}`);
  const facts: string[] = [];
  if (c.copies > 0)
    facts.push(
      `${c.copies === 1 ? 'The array it assigns is a copy' : `${c.copies} arrays it assigns are copies`}: new memory${
        madeInCall ? ", allocated inside a function the line called (counted on that function's lines)" : ''
      }.`,
    );
  if (c.views > 0)
    facts.push(
      `${c.views === 1 ? 'The array it assigns is a view' : `${c.views} arrays it assigns are views`} of an existing buffer: no bytes copied.`,
    );
  facts.push(
    c.allocated > 0
      ? `It allocated ${formatBytes(c.allocated)} that ${c.hits > 1 ? 'were' : 'is'} still alive when the statement ended.`
      : 'It allocated no array memory that outlived the statement.',
  );
  if (c.temporaries > 0)
    facts.push(
      `${c.temporaries} temporar${c.temporaries === 1 ? 'y' : 'ies'} of ${formatBytes(c.temporaryBytes)} ${
        c.temporaries === 1 ? 'was' : 'were'
      } created and freed within the statement (intermediate results).`,
    );
  if (c.hits > 1) facts.push(`It ran ${c.hits} times.`);
  facts.push(`Time: ${c.ms < 0.01 ? '<0.01' : c.ms.toFixed(2)} ms.`);
  return { kind, text: parts.join(' · ') || formatBytes(0), explanation: facts.join(' ') };
}

/** The `stridelab run --profile` table: one row per line that ran, with its source. */
export function formatLineCosts(lines: readonly LineCost[], source: string, options: { time?: boolean } = {}): string {
  const time = options.time ?? true;
  const src = source.split('\n');
  const header = ['line', 'hits', 'allocated', 'temporaries', 'views', 'copies', ...(time ? ['ms'] : []), 'source'];
  const rows = lines.map((c) => [
    String(c.line),
    String(c.hits),
    formatBytes(c.allocated),
    c.temporaries ? `${c.temporaries} (${formatBytes(c.temporaryBytes)})` : '0',
    String(c.views),
    String(c.copies),
    ...(time ? [c.ms.toFixed(3)] : []),
    (src[c.line - 1] ?? '').trimEnd(),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (i === header.length - 1 ? 0 : r[i].length))));
  const fmt = (r: string[]) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : i === 0 ? cell.padStart(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [fmt(header), ...rows.map(fmt)].join('\n') + '\n';
}
