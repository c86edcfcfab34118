// markdown.ts — the small Markdown subset lesson prose uses, rendered to safe HTML:
// paragraphs, `- ` / `1. ` lists, **bold**, *emphasis*, `code`, [links](https://...).
// Everything is HTML-escaped first, so lesson text can never inject markup; links only
// keep http(s) and in-page (#) targets. Pure (no DOM): unit-tested in Node.
// Not here: headings (the lesson format owns sections), tables, images, raw HTML.

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Inline markup of one escaped line or paragraph. */
export function renderInline(text: string): string {
  const parts = escapeHtml(text).split(/(`[^`]+`)/g);
  return parts
    .map((part) => {
      if (part.startsWith('`') && part.endsWith('`') && part.length > 1) return `<code>${part.slice(1, -1)}</code>`;
      return part
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/(^|[^*\w])\*([^*\s][^*]*?)\*(?!\w)/g, '$1<em>$2</em>')
        .replace(/\[([^\]]+)\]\(((?:https?:\/\/|#)[^)\s]+)\)/g, (_m, label: string, href: string) => {
          const external = href.startsWith('http');
          return `<a href="${href}"${external ? ' target="_blank" rel="noopener"' : ''}>${label}</a>`;
        });
    })
    .join('');
}

/** Block structure: blank-line separated paragraphs and lists. */
export function renderMarkdown(md: string): string {
  const out: string[] = [];
  const blocks = md.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  for (const block of blocks) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (!lines.length) continue;
    const bullet = lines.every((l) => /^\s*[-*]\s+/.test(l));
    const numbered = lines.every((l) => /^\s*\d+\.\s+/.test(l));
    if (bullet || numbered) {
      const tag = bullet ? 'ul' : 'ol';
      const items = lines.map((l) => `<li>${renderInline(l.replace(/^\s*(?:[-*]|\d+\.)\s+/, ''))}</li>`);
      out.push(`<${tag}>${items.join('')}</${tag}>`);
    } else {
      out.push(`<p>${renderInline(lines.join(' '))}</p>`);
    }
  }
  return out.join('\n');
}
