// lesson-check.ts — tests a lesson file the way learners will meet it (the engine behind
// `stridelab lesson check FILE.md`, lesson-cli.ts). For every random seed it runs the
// lesson top to bottom in a fresh session: the cells in order, and for each exercise
//   - the starter, which must NOT pass its check;
//   - every `wrong` block alone (after the starter, as a learner replacing the whole cell)
//     and spliced into the starter (lesson-splice.ts: only the statements it rewrites
//     change, as a learner editing just the `# FIX THIS` line), each of which must get a
//     hint containing the block's `expect` text;
//   - the solution, which must pass (and stays in the session for the sections after it).
// The seed fixes NumPy's legacy generator, `random`, and every `np.random.default_rng()`
// called without a seed, so a hint that depends on luck is reported with the seeds that
// break it, reproducibly. Problems are grouped: one line per exercise and kind, with the
// failing seeds. Engine-agnostic: the caller gives a session factory (Node CLI, tests).
import { afterError, runCheck, type CheckOutcome, type RunsCode } from './lesson-checker.js';
import { parseLesson, type Exercise } from './lesson-format.js';
import { spliceIntoStarter } from './lesson-splice.js';

interface RunLike {
  error?: { type: string; message: string; traceback: string };
}

export interface LessonSession extends RunsCode {
  close?(): void;
}

export interface CheckLessonOptions {
  /** How many seeds (default 20). */
  seeds?: number;
  /** The first seed (default 0): seeds are first, first + 1, ... */
  firstSeed?: number;
  newSession: () => Promise<LessonSession> | LessonSession;
  /** Called after each seed with a one-line summary (progress for long runs). */
  onSeed?: (seed: number, problems: number) => void;
}

export interface LessonProblem {
  exercise: string | null;
  /** What went wrong, with the first failing seed's details. */
  what: string;
  /** The seeds it happened with. */
  seeds: number[];
}

export interface LessonReport {
  exercises: string[];
  seeds: number[];
  problems: LessonProblem[];
}

/** Python run first in every session: seeds every generator a lesson may use. */
export function seedPrelude(seed: number): string {
  return `import numpy as np
np.random.seed(${seed})
try:
    import random as _lesson_random
    _lesson_random.seed(${seed})
    del _lesson_random
except ImportError:
    pass
def _lesson_seeded_rng(seed=None, _orig=np.random.default_rng, _n=[0]):
    if seed is None:
        _n[0] += 1
        seed = ${seed} * 1000 + _n[0]
    return _orig(seed)
np.random.default_rng = _lesson_seeded_rng
`;
}

function describe(o: CheckOutcome): string {
  if (o.status === 'passed') return 'passed';
  if (o.status === 'hint') return `the hint "${o.message}"`;
  return `${o.type}: ${o.message}`;
}

async function attempt(session: LessonSession, exercise: Exercise, code: string, filename: string): Promise<CheckOutcome> {
  const r = (await session.run(code, { filename })) as RunLike;
  const outcome = await runCheck(session, exercise, code);
  return r.error ? afterError(r.error, outcome) : outcome;
}

export async function checkLesson(text: string, options: CheckLessonOptions): Promise<LessonReport> {
  const lesson = parseLesson(text); // a format error throws LessonFormatError (with the line)
  const count = options.seeds ?? 20;
  const first = options.firstSeed ?? 0;
  const seeds = Array.from({ length: count }, (_, i) => first + i);
  const found = new Map<string, LessonProblem>();
  const exercises: string[] = [];
  for (const s of lesson.sections) for (const b of s.blocks) if (b.kind === 'exercise') exercises.push(b.exercise.id);

  const problem = (key: string, exercise: string | null, seed: number, what: string) => {
    const p = found.get(key);
    if (p) p.seeds.push(seed);
    else found.set(key, { exercise, what, seeds: [seed] });
  };

  for (const seed of seeds) {
    const before = found.size;
    const session = await options.newSession();
    try {
      const setup = (await session.run(seedPrelude(seed), { filename: '<seed>' })) as RunLike;
      if (setup.error) throw new Error(`the seed prelude failed: ${setup.error.traceback}`);
      for (const section of lesson.sections) {
        let cell = 0;
        for (const block of section.blocks) {
          if (block.kind === 'cell') {
            cell++;
            const r = (await session.run(block.code, { filename: `<${section.id} cell ${cell}>` })) as RunLike;
            if (r.error) problem(`cell:${section.id}:${cell}`, null, seed, `section "${section.title}", cell ${cell} raises ${r.error.type}: ${r.error.message}`);
            continue;
          }
          if (block.kind !== 'exercise') continue;
          const ex = block.exercise;
          const starter = await attempt(session, ex, ex.starter, `<${ex.id} starter>`);
          if (starter.status === 'passed') problem(`${ex.id}:starter`, ex.id, seed, 'the starter passes its check (a learner would be told "correct" without doing anything)');
          let n = 0;
          for (const wrong of ex.wrong) {
            n++;
            const spliced = spliceIntoStarter(ex.starter, wrong.code);
            const variants: [string, string][] = [['alone', wrong.code]];
            if (spliced.trim() !== wrong.code.trim()) variants.push(['typed into the starter', spliced]);
            for (const [how, code] of variants) {
              const o = await attempt(session, ex, code, `<${ex.id} wrong ${n}>`);
              if (o.status !== 'hint' || !o.message.includes(wrong.expect))
                problem(`${ex.id}:wrong${n}:${how}`, ex.id, seed, `wrong answer #${n} (${how}) should get a hint containing "${wrong.expect}", got ${describe(o)}` + (how === 'alone' ? '' : `\n    the code run:\n${code.replace(/^/gm, '      ').trimEnd()}`));
            }
          }
          const solution = await attempt(session, ex, ex.solution, `<${ex.id} solution>`);
          if (solution.status !== 'passed') problem(`${ex.id}:solution`, ex.id, seed, `the solution does not pass: ${describe(solution)}`);
        }
      }
    } finally {
      session.close?.();
    }
    options.onSeed?.(seed, found.size - before);
  }
  return { exercises, seeds, problems: [...found.values()] };
}

/** The report as text: one line per problem, with its seeds; ends with a summary line. */
export function formatReport(file: string, report: LessonReport): string {
  const lines: string[] = [];
  const n = report.seeds.length;
  for (const p of report.problems) {
    const seeds = p.seeds.length === n ? `every seed` : `seed${p.seeds.length > 1 ? 's' : ''} ${p.seeds.join(', ')} of ${n}`;
    const [head, ...rest] = p.what.split('\n');
    lines.push(`${file}: ${p.exercise ? `exercise ${p.exercise}: ` : ''}${head} (${seeds})`, ...rest);
  }
  const ok = report.problems.length === 0;
  lines.push(
    `${file}: ${report.exercises.length} exercise${report.exercises.length === 1 ? '' : 's'}, ${n} seed${n === 1 ? '' : 's'} (${report.seeds[0]}..${report.seeds[n - 1]}): ` +
      (ok ? 'every starter fails, every wrong answer gets its hint (alone and typed into the starter), every solution passes' : `${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`),
  );
  return lines.join('\n') + '\n';
}
