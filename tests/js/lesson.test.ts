// lesson.test.ts — the lesson file's exercises, checked against the real engine (the built
// package in Node): for every exercise, the starter code fails its check, each typical wrong
// answer gets a hint containing the text the lesson promises, and the reference solution
// passes. The cells before each exercise run first, as a learner going through the lesson
// would run them. The big sample files are replaced by small ones written by the engine.
import { readFileSync } from 'node:fs';
import { describe, expect, it, beforeAll } from 'vitest';

import { attempt } from '../../web/lib/lesson-checker';
import { exercisesWithContext, parseLesson, LessonFormatError } from '../../web/lib/lesson-format';
import { loadPackage, repoRoot } from './helpers';

const lessonText = readFileSync(`${repoRoot}web/app/lessons/advanced-numpy-patterns.md`, 'utf8');
const lesson = parseLesson(lessonText);
const exercises = exercisesWithContext(lesson);

// Small stand-ins for expr.npy / gene-lens.npy: same dtypes and order, fewer genes.
const SAMPLE_FILES = `
import numpy as np
np.random.seed(5)
np.save('gene-lens.npy', np.random.randint(300, 9000, size=300).astype(np.int64))
np.save('expr.npy', np.asfortranarray(np.random.poisson(40.0, size=(300, 24)).astype(np.uint32)))
`;

describe('lesson format', () => {
  it('parses the tutorial lesson into sections and exercises', () => {
    expect(lesson.id).toBe('advanced-numpy-patterns');
    expect(lesson.sections.length).toBeGreaterThanOrEqual(12);
    expect(exercises.map((e) => e.exercise.id)).toEqual([
      'closest', 'rpkm', 'density', 'broadcast3d', 'broadcast_arrays', 'sliding_window', 'qnorm', 'jack',
      'array_interface',
    ]);
    for (const { exercise } of exercises) {
      expect(exercise.starter).toContain('FIX THIS');
      expect(exercise.hints.length).toBeGreaterThan(0);
      expect(exercise.wrong.length).toBeGreaterThan(0);
    }
  });

  it('reports malformed lessons with a line number', () => {
    expect(() => parseLesson('---\nid: x\n---\n## A\n:::exercise e\n```python starter\nx\n```\n:::\n')).toThrow(
      /missing solution/,
    );
    expect(() => parseLesson('---\nid: x\n---\n## A\n```python\nx = 1\n')).toThrow(LessonFormatError);
    expect(() => parseLesson('---\nid: x\n---\n## A\n@view sideways a\n')).toThrow(/unknown view/);
  });
});

describe('lesson exercises run against the engine', () => {
  let pkg: Awaited<ReturnType<typeof loadPackage>>;
  beforeAll(async () => {
    pkg = await loadPackage();
  });

  for (const { exercise, before } of exercises) {
    it(`${exercise.id}: starter fails, wrong answers get their hints, the solution passes`, async () => {
      const session = await pkg.createSession();
      try {
        const setup = session.run(SAMPLE_FILES);
        expect(setup.error, setup.error?.traceback).toBeUndefined();
        for (const cell of before) {
          const r = session.run(cell);
          expect(r.error, `a cell before ${exercise.id} failed:\n${cell}\n${r.error?.traceback}`).toBeUndefined();
        }
        const starter = await attempt(session, exercise, exercise.starter);
        expect(starter.status, JSON.stringify(starter)).not.toBe('passed');
        for (const wrong of exercise.wrong) {
          const outcome = await attempt(session, exercise, wrong.code);
          expect(outcome.status, `${JSON.stringify(outcome)} for\n${wrong.code}`).toBe('hint');
          if (outcome.status === 'hint') expect(outcome.message).toContain(wrong.expect);
        }
        const solution = await attempt(session, exercise, exercise.solution);
        expect(solution, exercise.solution).toEqual({ status: 'passed' });
      } finally {
        session.close();
      }
    });
  }
});
