// step-timeline.ts — the stepping session over a recorded run (`run(code, {step: true})`).
//
// The engine cannot pause inside one synchronous wasm call, so a stepped run executes the
// cell once and records the state after every statement (see cpp/modules/step_hook.hpp);
// this class replays that recording: Step Into (the next statement), Step Over (the next
// statement at the same call depth or shallower), Step Out, Continue (to the end, stopping
// at a statement that raised), and going back to any earlier step. It also answers
// `inspect(name)` and `readBytes(bufferId, start, length)` as of the current step, so the
// memory views draw a snapshot exactly as they draw the live session.
//
// A buffer's bytes are stored at the steps where they changed; `bytesOf` looks back to the
// latest such step. A buffer too large for the recording's cap has no bytes (null).

import { withElementOffsets } from './geometry.js';
import type { ArrayInfo, RunResult, Step, StepVar } from './types.js';

export class StepTimeline {
  readonly steps: readonly Step[];
  readonly truncated: boolean;
  /** Current step (0-based); -1 before the first statement. */
  index = -1;

  constructor(result: Pick<RunResult, 'steps' | 'stepsTruncated'>) {
    this.steps = result.steps ?? [];
    this.truncated = Boolean(result.stepsTruncated);
  }

  get length(): number {
    return this.steps.length;
  }
  get current(): Step | undefined {
    return this.index >= 0 ? this.steps[this.index] : undefined;
  }
  get atEnd(): boolean {
    return this.index >= this.steps.length - 1;
  }

  /** Moves to step `i` (clamped to [-1, length - 1]); returns the step. */
  goTo(i: number): Step | undefined {
    this.index = Math.max(-1, Math.min(this.steps.length - 1, Math.floor(i)));
    return this.current;
  }
  /** The next statement, entering calls. */
  stepInto(): Step | undefined {
    return this.goTo(this.index + 1);
  }
  /** The next statement at this call depth or shallower (calls run through). */
  stepOver(): Step | undefined {
    const depth = this.current?.depth ?? 0;
    let i = this.index + 1;
    while (i < this.steps.length - 1 && this.steps[i].depth > depth && !this.steps[i].raised) i++;
    return this.goTo(i);
  }
  /** The next statement in a shallower frame (out of the current function). */
  stepOut(): Step | undefined {
    const depth = this.current?.depth ?? 0;
    let i = this.index + 1;
    while (i < this.steps.length - 1 && this.steps[i].depth >= depth && depth > 0 && !this.steps[i].raised) i++;
    return this.goTo(i);
  }
  /** To the end, or to the first later statement that raised. */
  continue(): Step | undefined {
    let i = this.index + 1;
    while (i < this.steps.length - 1 && !this.steps[i].raised) i++;
    return this.goTo(i);
  }
  /** Back to the previous step. */
  stepBack(): Step | undefined {
    return this.goTo(this.index - 1);
  }

  /** The variable `name` at the current step (a local shadows a global). */
  variable(name: string): StepVar | undefined {
    return this.current?.vars.find((v) => v.name === name);
  }

  /** Layout of the ndarray `name` at the current step, or null. */
  inspect(name: string): ArrayInfo | null {
    const a = this.variable(name)?.array;
    return a ? withElementOffsets(a) : null;
  }

  /** The whole buffer as stored at or before step `at` (default: current), or null. */
  bytesOf(bufferId: number, at = this.index): Uint8Array | null {
    for (let i = Math.min(at, this.steps.length - 1); i >= 0; i--) {
      const b = this.steps[i].buffers.find((x) => x.id === bufferId);
      if (!b) continue;
      if (b.tooLarge) return null;
      if (b.bytes) return b.bytes;
    }
    return null;
  }

  /** Like Session.readBytes, as of the current step; throws when the bytes were not kept. */
  readBytes(bufferId: number, start: number, length: number): Uint8Array {
    const all = this.bytesOf(bufferId);
    if (!all) throw new Error(`stridelab: the bytes of buffer ${bufferId} were not recorded at this step (too large)`);
    const lo = Math.min(Math.max(0, start), all.length);
    return all.slice(lo, Math.min(all.length, lo + Math.max(0, length)));
  }
}
