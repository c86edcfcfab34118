// checker.ts — runs an exercise's check in the learner's session and classifies the result.
// The check is Python written in the lesson file; it runs after the learner's code, in the
// same session, and compares the learner's names with a reference it computes itself from
// the same inputs (never a stored answer). Passing = the check raised nothing. An
// AssertionError carries the hint for a recognised wrong answer; any other exception means
// the learner's names are missing or unusable, and is shown as it is.
//
// Works with the synchronous Node session and the worker session alike (tests use both).
// Not here: the page (lesson-page.ts) and the lesson format (lesson-format.ts).
import type { Exercise } from './lesson-format';

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

export async function runCheck(session: RunsCode, exercise: Exercise): Promise<CheckOutcome> {
  const r = (await session.run(exercise.check, { filename: `<check ${exercise.id}>` })) as RunLike;
  if (!r.error) return { status: 'passed' };
  if (r.error.type === 'AssertionError')
    return { status: 'hint', message: r.error.message || 'Not yet: the result does not match.' };
  return { status: 'error', type: r.error.type, message: r.error.message };
}

/** The learner's code, then the check: the outcome of an attempt. A failing run is an error. */
export async function attempt(session: RunsCode, exercise: Exercise, code: string): Promise<CheckOutcome> {
  const r = (await session.run(code, { filename: '<cell>' })) as RunLike;
  if (r.error) return { status: 'error', type: r.error.type, message: r.error.message };
  return runCheck(session, exercise);
}
