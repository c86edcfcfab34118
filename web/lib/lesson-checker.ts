// checker.ts — runs an exercise's check in the learner's session and classifies the result.
// The check is Python written in the lesson file; it runs after the learner's code, in the
// same session, and compares the learner's names with a reference it computes itself from
// the same inputs (never a stored answer). Passing = the check raised nothing. An
// AssertionError carries the hint for a recognised wrong answer; any other exception means
// the learner's names are missing or unusable, and is shown as it is.
//
// Checks must tell mistakes apart by what the learner wrote, not by luck on random data
// (argmax of x and of |x - 0.75| coincide on many random draws). So before the check the
// session gets the learner's code as `_ck_code` and `_ck_rerun(x=fixed, ...)`, which runs
// that code again with the given names bound to fixed, adversarial data (the code's own
// top-level assignments to those names are skipped) and returns the names it produced; the
// learner's own names are restored afterwards. See docs/authoring.md.
//
// Works with the synchronous Node session and the worker session alike (tests use both).
// Not here: the page (lesson-page.ts) and the lesson format (lesson-format.ts).
import type { Exercise } from './lesson-format.js';

/** What a check needs from a session: the `run` of stridelab's Session or WorkerSession. */
export interface RunsCode {
  run(code: string, options?: { filename?: string }): unknown;
}

interface RunLike {
  stdout: string;
  error?: { type: string; message: string; traceback: string };
}

export type CheckOutcome =
  | { status: 'passed' }
  /** The check recognised the answer as wrong; `message` is its hint. */
  | { status: 'hint'; message: string }
  /** The learner's code or names made the check itself fail (NameError, TypeError, ...). */
  | { status: 'error'; type: string; message: string };

/** Python defining `_ck_rerun` (see the header). Exec runs in the module's globals. */
export const CHECK_PRELUDE = `
def _ck_depth(line):
    return sum(line.count(c) for c in '([{') - sum(line.count(c) for c in ')]}')

def _ck_assigns(line, names):
    """True when line is a top-level assignment to one of names (a = ..., a, b = ..., a += ...)."""
    if line[:1].isspace():
        return False
    for i in range(len(line)):
        c = line[i]
        if c == '=' and line[i + 1:i + 2] != '=' and line[i - 1:i] not in ('!', '<', '>', '='):
            targets = [t.strip() for t in line[:i].rstrip('+-*/%&|^@').split(',')]
            return any(t in names for t in targets)
        if not (c.isalnum() or c in '_, \\t+-*/%&|^@'):
            return False
    return False

def _ck_rerun(**given):
    """The learner's code run again with given names bound to fixed data; returns its names."""
    g = globals()
    saved = dict(g)
    kept = []
    skipping = False
    depth = 0
    for line in _ck_code.split('\\n'):
        if skipping and (depth > 0 or line[:1] in (' ', '\\t', ')', ']', '}')):
            depth += _ck_depth(line)
            continue
        skipping = _ck_assigns(line, given)
        if skipping:
            depth = _ck_depth(line)
        else:
            kept.append(line)
    try:
        g.update(given)
        exec('\\n'.join(kept), g)  # explicit globals: inside a function, exec's default namespace is a locals snapshot (CPython)
        out = dict(g)
    finally:
        for k in list(g):
            if k not in saved:
                del g[k]
        g.update(saved)
    return out
`;

/** Defines `_ck_code` (the learner's code) and `_ck_rerun` in the session. */
function prelude(code: string): string {
  // A JSON string literal is a valid Python string literal.
  return `_ck_code = ${JSON.stringify(code)}\n${CHECK_PRELUDE}`;
}

/** Runs the exercise's check after the learner's `code` has run in the session. */
export async function runCheck(session: RunsCode, exercise: Exercise, code: string): Promise<CheckOutcome> {
  const p = (await session.run(prelude(code), { filename: '<check prelude>' })) as RunLike;
  if (p.error) return { status: 'error', type: p.error.type, message: p.error.message };
  const r = (await session.run(exercise.check, { filename: `<check ${exercise.id}>` })) as RunLike;
  if (!r.error) return { status: 'passed' };
  if (r.error.type === 'AssertionError')
    return { status: 'hint', message: r.error.message || 'Not yet: the result does not match.' };
  return { status: 'error', type: r.error.type, message: r.error.message };
}

/**
 * The verdict when the learner's code itself raised: the check still ran (a wrong answer can
 * fail later in the learner's own code, e.g. a kde of -inf values) and a hint it gives wins,
 * noting the error; otherwise the error is the verdict.
 */
export function afterError(error: { type: string; message: string }, outcome: CheckOutcome): CheckOutcome {
  if (outcome.status === 'hint') return { status: 'hint', message: `${outcome.message} (Your code raised ${error.type}.)` };
  return { status: 'error', type: error.type, message: error.message };
}

/** The learner's code, then the check: the outcome of an attempt. */
export async function attempt(session: RunsCode, exercise: Exercise, code: string): Promise<CheckOutcome> {
  const r = (await session.run(code, { filename: '<cell>' })) as RunLike;
  const outcome = await runCheck(session, exercise, code);
  return r.error ? afterError(r.error, outcome) : outcome;
}
