// cell-stepping.ts — stepping and profiling for one editor cell (the playground, the lesson
// and the <stride-lab> element): every run is profiled and its per-line cost drawn in the editor (web/ui
// cell-marks.ts); Step (the cell's button, or F10 in its editor) runs the cell once with
// recording and opens the step panel (web/ui step-panel.ts) under the cell's output.

import { Prec, StateEffect } from '@codemirror/state';
import { keymap, type EditorView } from '@codemirror/view';
import type { RunOptions, RunResult } from 'stridelab';
import { h } from './dom';
import { markStepLine, showLineCosts } from './cell-marks';
import { createStepPanel, type StepPanel } from './step-panel';

/** The options of a notebook run: always profiled; recorded when stepping. */
export function runOptions(step: boolean): RunOptions {
  return step ? { profile: true, step: true } : { profile: true };
}

/** Binds F10 in `editor` to `onStep` (start stepping the cell). */
export function bindStepKey(editor: EditorView, onStep: () => void): void {
  editor.dispatch({
    effects: StateEffect.appendConfig.of(Prec.high(keymap.of([{ key: 'F10', run: () => (onStep(), true) }]))),
  });
}

/** The Step button of a cell head. */
export function stepButton(onStep: () => void): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'step', 'data-testid': 'step', title: 'Step through the cell, one statement at a time (F10)', text: 'Step' });
  b.addEventListener('click', onStep);
  return b;
}

export interface CellStepping {
  /** Shows what a finished run tells about the code: per-line costs; opens the panel when stepping. */
  after(result: RunResult, stepping: boolean): void;
  /** Closes the step panel (the code is about to run again, or Stop). */
  close(): void;
  readonly panel: StepPanel | null;
}

/** Stepping and profiling marks for one cell: `host` is where the panel goes (under the output). */
export function cellStepping(editor: EditorView, host: HTMLElement, options: { theme?: () => 'light' | 'dark' } = {}): CellStepping {
  let panel: StepPanel | null = null;
  const close = () => {
    panel?.destroy();
    panel = null;
    host.replaceChildren();
    markStepLine(editor, null);
  };
  return {
    get panel() {
      return panel;
    },
    close,
    after(result, stepping) {
      showLineCosts(editor, result.lines);
      close();
      if (!stepping || !result.steps) return;
      const theme = options.theme?.();
      panel = createStepPanel(host, result, { editor, onStop: close, ...(theme ? { theme } : {}) });
      void panel.stepInto();
      panel.element.focus({ preventScroll: true });
    },
  };
}
