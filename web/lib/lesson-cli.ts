// lesson-cli.ts — `stridelab lesson ...`, the lesson author's kit on the command line:
//
//   stridelab lesson check FILE.md [--seeds N] [--first-seed S] [--small-samples]
//       runs every exercise of the lesson as learners meet it (lesson-check.ts): the starter
//       must fail, every wrong answer must get its hint alone and typed into the starter,
//       the solution must pass, with N random seeds (default 20). Exit 0 when all hold,
//       1 with one line per problem (and the seeds that show it), 2 on usage or format
//       errors.
//   stridelab lesson build FILE.md --out DIR
//       writes a static, offline-capable lesson page for FILE.md (lesson-build.ts).
//
// Files the lesson loads (np.load('x.npy')) are read next to FILE.md; the tutorial's sample
// files (expr.npy, gene-lens.npy, sample-data.ts) are generated when absent —
// --small-samples makes them 2,000 genes x 40 samples, for fast checks in CI.
import { readFile } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { getEngine } from './engine.js';
import { readHostFile } from './host-files.js';
import { buildLesson } from './lesson-build.js';
import { checkLesson, formatReport } from './lesson-check.js';
import { LessonFormatError } from './lesson-format.js';
import { createSession } from './session.js';
import { encodeNpy, expressionCounts, geneLengths, isSampleFile, sampleFile, type SampleFileName } from './sample-data.js';

export const LESSON_USAGE = `usage: stridelab lesson check FILE.md [--seeds N] [--first-seed S] [--small-samples]
       stridelab lesson build FILE.md --out DIR
`;

type Out = (text: string) => Promise<void> | void;

const SMALL_GENES = 2000;
const SMALL_SAMPLES = 40;

function smallSample(name: SampleFileName): Uint8Array {
  const lens = geneLengths(SMALL_GENES);
  if (name.replace(/^\.\//, '') === 'gene-lens.npy') return encodeNpy(lens, [SMALL_GENES]);
  return encodeNpy(expressionCounts(lens, { samples: SMALL_SAMPLES }), [SMALL_GENES, SMALL_SAMPLES], true);
}

/** Parses `--name value` options; returns null (usage error) on anything unknown. */
function options(args: string[], known: Record<string, 'value' | 'flag'>): { positional: string[]; opts: Record<string, string> } | null {
  const positional: string[] = [];
  const opts: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split('=', 2);
    const kind = known[name];
    if (!kind) return null;
    if (kind === 'flag') opts[name] = 'true';
    else if (inline !== undefined) opts[name] = inline;
    else if (i + 1 < args.length) opts[name] = args[++i];
    else return null;
  }
  return { positional, opts };
}

async function check(args: string[], out: Out, err: Out): Promise<number> {
  const parsed = options(args, { seeds: 'value', 'first-seed': 'value', 'small-samples': 'flag' });
  if (!parsed || parsed.positional.length !== 1) {
    await err(LESSON_USAGE);
    return 2;
  }
  const file = parsed.positional[0];
  const seeds = Number(parsed.opts.seeds ?? 20);
  const firstSeed = Number(parsed.opts['first-seed'] ?? 0);
  if (!Number.isInteger(seeds) || seeds < 1 || !Number.isInteger(firstSeed) || firstSeed < 0) {
    await err('stridelab lesson check: --seeds must be a positive integer and --first-seed a non-negative one\n');
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    await err(`stridelab: can't open file '${file}': ${(e as Error).message}\n`);
    return 2;
  }
  const base = dirname(resolve(file));
  const small = parsed.opts['small-samples'] === 'true';
  const generated = new Map<string, Uint8Array>();
  const engine = await getEngine();
  engine.setFileHost(
    (path) => {
      const real = readHostFile(isAbsolute(path) ? path : resolve(base, path));
      if (real !== null || !isSampleFile(path)) return real;
      let bytes = generated.get(path);
      if (!bytes) generated.set(path, (bytes = small ? smallSample(path) : sampleFile(path)));
      return bytes;
    },
    (path, data) => {
      try {
        writeFileSync(isAbsolute(path) ? path : resolve(base, path), data);
        return true;
      } catch {
        return false;
      }
    },
  );
  try {
    const report = await checkLesson(text, {
      seeds,
      firstSeed,
      newSession: () => createSession(),
      onSeed: (seed, n) => void (process.env.STRIDELAB_LESSON_VERBOSE ? err(`seed ${seed}: ${n} new problem(s)\n`) : undefined),
    });
    await out(formatReport(file, report));
    return report.problems.length ? 1 : 0;
  } catch (e) {
    if (e instanceof LessonFormatError) {
      await err(`${file}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

async function build(args: string[], out: Out, err: Out): Promise<number> {
  const parsed = options(args, { out: 'value' });
  if (!parsed || parsed.positional.length !== 1 || !parsed.opts.out) {
    await err(LESSON_USAGE);
    return 2;
  }
  const file = parsed.positional[0];
  try {
    const written = await buildLesson(file, parsed.opts.out);
    await out(`${file}: lesson page written to ${written.index} (${written.files} files; open it through any static web server)\n`);
    return 0;
  } catch (e) {
    if (e instanceof LessonFormatError) {
      await err(`${file}: ${e.message}\n`);
      return 2;
    }
    await err(`stridelab lesson build: ${(e as Error).message}\n`);
    return 1;
  }
}

/** `stridelab lesson ARGS...`; returns the exit status. */
export async function lessonCommand(args: string[], out: Out, err: Out): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'check') return check(rest, out, err);
  if (sub === 'build') return build(rest, out, err);
  await err(LESSON_USAGE);
  return 2;
}
