// lesson-build.ts — `stridelab lesson build FILE.md --out DIR`: an author's lesson as a
// static page, with the very renderer of stridelab's own lesson (the built lesson.html and
// its assets: editor, views, worker, engine). The lesson text goes into the page as JSON
// (<script type="application/json" id="lesson-source">, which lesson-page.ts reads instead
// of its bundled lessons); files next to FILE.md that the lesson loads (np.load('x.npy'))
// are NOT copied — the page offers the tutorial's sample files only. The page works
// offline after one visit: the service worker is rewritten to precache exactly DIR's files.
//
// It needs the built lesson page: the package's dist-lib/lesson-site/ (put there by
// scripts/pack-lesson-site.mjs, the engine .wasm by reference), a checkout's dist/, or
// STRIDELAB_SITE_DIR. The lesson is parsed first, so a format
// error stops the build with its line number.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLesson } from './lesson-format.js';

function siteDir(): string {
  const candidates = [
    process.env.STRIDELAB_SITE_DIR,
    fileURLToPath(new URL('./lesson-site/', import.meta.url)), // in the package (scripts/pack-lesson-site.mjs)
    fileURLToPath(new URL('../dist/', import.meta.url)), // a checkout's built site
  ].filter(Boolean) as string[];
  for (const dir of candidates) if (existsSync(join(dir, 'lesson.html'))) return dir;
  throw new Error(`the built lesson page was not found (looked in ${candidates.join(', ')}): run \`npm run build\` (scripts/build.sh site) first, or set STRIDELAB_SITE_DIR`);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

/** The lesson as an inert JSON script: `<` escaped, so no text can close the element. */
export function lessonScript(text: string): string {
  const json = JSON.stringify(text).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="lesson-source">${json}</script>`;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function buildLesson(file: string, outDir: string): Promise<{ index: string; files: number }> {
  const text = readFileSync(file, 'utf8');
  const lesson = parseLesson(text);
  const site = siteDir();
  mkdirSync(outDir, { recursive: true });
  cpSync(join(site, 'assets'), join(outDir, 'assets'), { recursive: true });
  // the packaged page refers to the package's own engine instead of carrying a second copy
  const wasmList = join(site, 'wasm.json');
  if (existsSync(wasmList)) {
    // entries: [asset name, package file] (a split engine has two files), or a bare asset
    // name for the engine itself
    for (const entry of JSON.parse(readFileSync(wasmList, 'utf8')) as (string | [string, string])[]) {
      const [name, file] = typeof entry === 'string' ? [entry, 'stridelab_engine.wasm'] : entry;
      if (!/^stridelab_engine(\.deferred)?\.wasm$/.test(file)) throw new Error(`stridelab: bad engine file ${file} in ${wasmList}`);
      cpSync(fileURLToPath(new URL(`./${file}`, import.meta.url)), join(outDir, 'assets', name));
    }
  }
  let page = readFileSync(join(site, 'lesson.html'), 'utf8');
  page = page.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(lesson.title)}</title>`);
  page = page.replace('</body>', `${lessonScript(text)}\n</body>`);
  writeFileSync(join(outDir, 'index.html'), page);
  writeFileSync(join(outDir, 'lesson.html'), page);
  // the service worker, precaching exactly what was written
  const files = listFiles(outDir)
    .map((p) => relative(outDir, p).split(sep).join('/'))
    .filter((f) => f !== 'sw.js' && !f.endsWith('.map'))
    .sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f}:${statSync(join(outDir, f)).size}\n`);
  const sw = readFileSync(join(site, 'sw.js'), 'utf8')
    .replace(/const VERSION = '[^']*';/, `const VERSION = 'lesson-${hash.digest('hex').slice(0, 16)}';`)
    .replace(/const PRECACHE = \[[^\]]*\];/, `const PRECACHE = ${JSON.stringify(['./', ...files.map((f) => `./${f}`)])};`);
  writeFileSync(join(outDir, 'sw.js'), sw);
  return { index: join(outDir, 'index.html'), files: files.length + 1 };
}
