// lesson-format.ts — parses a lesson file (web/app/lessons/*.md) into sections, prose,
// runnable cells, visualizer hints and exercises. A lesson is data: adding one needs a new
// .md file, no code. Pure (no DOM), so the format is unit-tested in Node.
//
// Format (a Markdown subset plus three constructs):
//   ---                          front matter: `id:`, `title:`, `subtitle:` lines
//   ## Title {#section-id}       starts a section (the id is optional: derived from the title)
//   ```python ... ```            a runnable cell
//   @view memory a               open a visualizer ("memory" | "strides" | "broadcast" |
//                                "index", optionally on a global) after the cells above run;
//   @view memory b overlay=a     `overlay=a,c` also ticks those arrays' overlays (memory view)
//   :::exercise some-id          an exercise, up to a line ':::'. Inside: the statement
//     ```python starter|solution|check ... ```   (prose), one starter, solution and check
//     ```python wrong expect="text"  ... ```     block, any number of typical wrong answers
//     > hint: text                                 with the text their hint must contain,
//   :::                                           and static hints shown one at a time.
// The check is Python run after the learner's code in the same session: it passes when it
// raises nothing; an AssertionError's message is the hint for that wrong answer.
// Not here: rendering (markdown.ts, lesson-page.ts) and running (checker.ts).

export type ViewKind = 'memory' | 'strides' | 'broadcast' | 'index';

export interface WrongAnswer {
  code: string;
  /** Text the check's hint must contain for this answer. */
  expect: string;
}

export interface Exercise {
  id: string;
  /** Markdown. */
  statement: string;
  starter: string;
  solution: string;
  check: string;
  hints: string[];
  wrong: WrongAnswer[];
}

/** `@view memory abytes overlay=a`: the tab, the array (null: the current one), overlays. */
export interface ViewDirective {
  kind: 'view';
  view: ViewKind;
  name: string | null;
  overlays: string[];
}

export type Block =
  | { kind: 'prose'; markdown: string }
  | { kind: 'cell'; code: string }
  | ViewDirective
  | { kind: 'exercise'; exercise: Exercise };

export interface Section {
  id: string;
  title: string;
  blocks: Block[];
}

export interface Lesson {
  id: string;
  title: string;
  subtitle: string;
  sections: Section[];
}

export class LessonFormatError extends Error {
  constructor(message: string, readonly line: number) {
    super(`lesson line ${line}: ${message}`);
  }
}

const VIEWS: readonly ViewKind[] = ['memory', 'strides', 'broadcast', 'index'];

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

interface Fence {
  info: string[];
  code: string;
  attrs: Record<string, string>;
}

/** Reads a fenced block starting at lines[i] (the opening ```); returns it and the next line index. */
function readFence(lines: string[], i: number): [Fence, number] {
  const open = lines[i].trim().slice(3).trim();
  const attrs: Record<string, string> = {};
  const info: string[] = [];
  for (const m of open.matchAll(/(\w+)="([^"]*)"|(\S+)/g)) {
    if (m[1]) attrs[m[1]] = m[2];
    else info.push(m[3]);
  }
  const body: string[] = [];
  let j = i + 1;
  while (j < lines.length && lines[j].trim() !== '```') body.push(lines[j++]);
  if (j >= lines.length) throw new LessonFormatError('unclosed ``` block', i + 1);
  return [{ info, code: body.join('\n'), attrs }, j + 1];
}

function parseExercise(id: string, lines: string[], start: number, end: number): Exercise {
  const ex: Exercise = { id, statement: '', starter: '', solution: '', check: '', hints: [], wrong: [] };
  const statement: string[] = [];
  let i = start;
  while (i < end) {
    const line = lines[i];
    if (line.trim().startsWith('```')) {
      const [fence, next] = readFence(lines, i);
      const role = fence.info[1];
      if (fence.info[0] !== 'python') throw new LessonFormatError('exercise blocks must be ```python', i + 1);
      if (role === 'starter' || role === 'solution' || role === 'check') {
        if (ex[role]) throw new LessonFormatError(`exercise ${id}: two ${role} blocks`, i + 1);
        ex[role] = fence.code;
      } else if (role === 'wrong') {
        if (!fence.attrs.expect) throw new LessonFormatError(`exercise ${id}: a wrong block needs expect="..."`, i + 1);
        ex.wrong.push({ code: fence.code, expect: fence.attrs.expect });
      } else {
        throw new LessonFormatError(`exercise ${id}: unknown block role '${role ?? ''}'`, i + 1);
      }
      i = next;
      continue;
    }
    const hint = /^>\s*hint:\s*(.*)$/.exec(line);
    if (hint) ex.hints.push(hint[1]);
    else statement.push(line);
    i++;
  }
  for (const role of ['starter', 'solution', 'check'] as const)
    if (!ex[role]) throw new LessonFormatError(`exercise ${id}: missing ${role} block`, start);
  ex.statement = statement.join('\n').trim();
  return ex;
}

export function parseLesson(text: string): Lesson {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const lesson: Lesson = { id: '', title: '', subtitle: '', sections: [] };
  let i = 0;
  if (lines[0]?.trim() === '---') {
    i = 1;
    while (i < lines.length && lines[i].trim() !== '---') {
      const m = /^(\w+):\s*(.*)$/.exec(lines[i]);
      if (m && (m[1] === 'id' || m[1] === 'title' || m[1] === 'subtitle')) lesson[m[1]] = m[2].trim();
      i++;
    }
    i++;
  }
  let section: Section | null = null;
  let prose: string[] = [];
  const flush = () => {
    const md = prose.join('\n').trim();
    if (md && section) section.blocks.push({ kind: 'prose', markdown: md });
    else if (md) throw new LessonFormatError('text before the first ## section', i + 1);
    prose = [];
  };
  const ids = new Set<string>();
  const exerciseIds = new Set<string>();
  while (i < lines.length) {
    const line = lines[i];
    const heading = /^##\s+(.*?)\s*(?:\{#([\w-]+)\})?\s*$/.exec(line);
    if (heading) {
      flush();
      const id = heading[2] ?? slug(heading[1]);
      if (ids.has(id)) throw new LessonFormatError(`duplicate section id '${id}'`, i + 1);
      ids.add(id);
      section = { id, title: heading[1], blocks: [] };
      lesson.sections.push(section);
      i++;
      continue;
    }
    if (!section && line.trim()) throw new LessonFormatError('text before the first ## section', i + 1);
    if (line.trim().startsWith('```')) {
      flush();
      const [fence, next] = readFence(lines, i);
      if (fence.info[0] !== 'python' || fence.info.length > 1)
        throw new LessonFormatError('cells are plain ```python blocks', i + 1);
      section!.blocks.push({ kind: 'cell', code: fence.code });
      i = next;
      continue;
    }
    const view = /^@view\s+(\w+)(?:\s+([A-Za-z_]\w*))?(?:\s+overlay=([A-Za-z_]\w*(?:,[A-Za-z_]\w*)*))?\s*$/.exec(line);
    if (/^@view\b/.test(line) && !view) throw new LessonFormatError(`malformed @view line (expected: @view KIND [NAME] [overlay=A,B])`, i + 1);
    if (view) {
      flush();
      if (!VIEWS.includes(view[1] as ViewKind)) throw new LessonFormatError(`unknown view '${view[1]}'`, i + 1);
      if (view[3] && view[1] !== 'memory') throw new LessonFormatError('overlay= applies to @view memory only', i + 1);
      section!.blocks.push({ kind: 'view', view: view[1] as ViewKind, name: view[2] ?? null, overlays: view[3] ? view[3].split(',') : [] });
      i++;
      continue;
    }
    const ex = /^:::exercise\s+([\w-]+)\s*$/.exec(line);
    if (ex) {
      flush();
      let end = i + 1;
      // find the closing ':::' outside fences
      let inFence = false;
      while (end < lines.length && (inFence || lines[end].trim() !== ':::')) {
        if (lines[end].trim().startsWith('```')) inFence = !inFence;
        end++;
      }
      if (end >= lines.length) throw new LessonFormatError(`exercise ${ex[1]} has no closing :::`, i + 1);
      if (exerciseIds.has(ex[1])) throw new LessonFormatError(`duplicate exercise id '${ex[1]}'`, i + 1);
      exerciseIds.add(ex[1]);
      section!.blocks.push({ kind: 'exercise', exercise: parseExercise(ex[1], lines, i + 1, end) });
      i = end + 1;
      continue;
    }
    prose.push(line);
    i++;
  }
  flush();
  if (!lesson.id) throw new LessonFormatError('front matter needs an id', 1);
  return lesson;
}

/** Every exercise of the lesson, in order, with the cells that come before it. */
export function exercisesWithContext(lesson: Lesson): { exercise: Exercise; before: string[] }[] {
  const out: { exercise: Exercise; before: string[] }[] = [];
  const cells: string[] = [];
  for (const s of lesson.sections)
    for (const b of s.blocks) {
      if (b.kind === 'cell') cells.push(b.code);
      if (b.kind === 'exercise') {
        out.push({ exercise: b.exercise, before: [...cells] });
        cells.push(b.exercise.solution);
      }
    }
  return out;
}
