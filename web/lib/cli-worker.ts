// cli-worker.ts — the CLI's engine thread (started by cli-run.ts): loads the engine, gives
// it the real file system (with errno codes, so a missing file is FileNotFoundError and an
// unreadable one PermissionError), sys.argv, an output sink that writes straight to fd 1/2
// from this thread (synchronously: output appears as it is printed even while the program
// runs), the SharedArrayBuffer interrupt flag (polled by the engine; time.sleep waits on it),
// then runs the program once and posts its outcome (cli-run.ts ProgramOutcome).

import { parentPort, workerData } from 'node:worker_threads';
import { writeFileSync, writeSync } from 'node:fs';
import { getEngine } from './engine.js';
import { readHostFile } from './host-files.js';
import type { ProgramOutcome, ProgramSpec } from './cli-run.js';
import { formatLineCosts } from './line-cost.js';
import { toRunResult } from './run-result.js';

interface WorkerInput extends ProgramSpec {
  flag: SharedArrayBuffer;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

const input = workerData as WorkerInput;
const flag = new Int32Array(input.flag);
let brokenPipe = false;

/** Writes all of text to fd; false when the reader has gone (EPIPE). */
function writeAll(fd: number, text: string): boolean {
  if (brokenPipe && fd === 1) return false;
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(flag, 1, 0, 1); // a non-blocking pipe is full: wait a moment
        continue;
      }
      if (fd === 1) brokenPipe = true;
      return false;
    }
  }
  return true;
}

function errnoOf(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? 'EIO';
}

async function main(): Promise<ProgramOutcome> {
  const engine = await getEngine();
  engine.setFileHost(
    (path) => readHostFile(path), // bounded; a directory, a huge file or device: an OSError
    (path, data) => {
      try {
        writeFileSync(path, data);
        return true;
      } catch (e) {
        return errnoOf(e);
      }
    },
  );
  engine.setInterruptPoll(() => Atomics.exchange(flag, 0, 0));
  // time.sleep(): wait on the flag, so that Ctrl-C ends the sleep at once
  engine.setSleepHost((seconds) => {
    Atomics.wait(flag, 0, 0, seconds * 1000);
  });
  const session = new engine.Session();
  session.setArgv(input.argv);
  // python3: stdout line-buffered to a terminal, block-buffered to a pipe; -u: unbuffered
  const mode = input.unbuffered ? 2 : input.stdoutIsTTY ? 1 : 0;
  session.setOutputSink((fd, text) => writeAll(fd, text), mode);
  // python3 sets __file__ for a script and for stdin, not for -c
  if (input.filename !== '<string>') session.run(`__file__ = ${JSON.stringify(input.filename)}`, '<init>');
  const r = input.profile ? session.runWith(input.code, input.filename, { profile: true }) : session.run(input.code, input.filename);
  const outcome: ProgramOutcome = { stdoutTail: r.stdout ?? '', brokenPipe };
  if (input.profile) {
    // the lines are parsed where every run result is (run-result.ts), not again here
    const lines = toRunResult(r).lines ?? [];
    outcome.profileTable = `\nper-line cost (${input.filename}):\n${formatLineCosts(lines, input.code)}`;
  }
  if (r.error) outcome.error = { type: r.error.type, message: r.error.message, traceback: r.error.traceback };
  if (r.exitCode !== undefined) outcome.exitCode = r.exitCode;
  if (r.exitMessage !== undefined) outcome.exitMessage = r.exitMessage;
  if (r.error?.type === 'BrokenPipeError' && brokenPipe) outcome.brokenPipe = true;
  return outcome;
}

main().then(
  (o) => parentPort?.postMessage(o),
  (e: unknown) =>
    parentPort?.postMessage({
      stdoutTail: '',
      brokenPipe: false,
      internalError: e instanceof Error ? e.stack ?? e.message : String(e),
    } satisfies ProgramOutcome),
);
