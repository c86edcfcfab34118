// cli-run.ts — runs one program for the CLI on a worker thread (cli-worker.ts) and turns
// the outcome into python3's behaviour on the main thread:
//   - the worker writes the program's output to fd 1/2 itself, as it is printed (line
//     buffered to a terminal, block buffered to a pipe, unbuffered with -u); what is still
//     buffered when the program ends comes back here and is written before the traceback,
//     in CPython's order;
//   - Ctrl-C sets the SharedArrayBuffer flag the engine polls: KeyboardInterrupt is raised
//     inside the program (finally blocks run), the traceback is printed, exit status 130.
//     A third Ctrl-C while the engine does not respond stops it at once;
//   - SystemExit: its code is the exit status (None -> 0; anything else is printed to
//     stderr and gives 1), silently; an uncaught exception prints the traceback, status 1;
//   - a closed output pipe (EPIPE, `| head`) ends the program quietly with status 141.

import { Worker } from 'node:worker_threads';
import { writeSync } from 'node:fs';

export interface ProgramSpec {
  code: string;
  /** Shown in tracebacks: the script path, '<stdin>' or '<string>'. */
  filename: string;
  /** sys.argv. */
  argv: string[];
  /** -u: flush after every write. */
  unbuffered: boolean;
  /** --profile: after the program, print each line's cost (line-cost.ts) to stdout. */
  profile?: boolean;
}

/** What cli-worker.ts posts when the program has ended. */
export interface ProgramOutcome {
  /** Unflushed stdout at the end of the program (written after the traceback). */
  stdoutTail: string;
  error?: { type: string; message: string; traceback: string };
  exitCode?: number;
  exitMessage?: string;
  brokenPipe: boolean;
  /** The worker failed outside the program (engine load, internal error). */
  internalError?: string;
  /** --profile: the per-line cost table, printed after the program's output. */
  profileTable?: string;
}

function writeAll(fd: number, text: string): boolean {
  if (!text) return true;
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      return false; // EPIPE and friends: the reader is gone
    }
  }
  return true;
}

export function runProgram(spec: ProgramSpec): Promise<number> {
  const flag = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(new URL('./cli-worker.js', import.meta.url), {
    workerData: {
      ...spec,
      flag: flag.buffer,
      stdoutIsTTY: Boolean(process.stdout.isTTY),
      stderrIsTTY: Boolean(process.stderr.isTTY),
    },
    stdout: false,
    stderr: false,
  });
  return new Promise<number>((resolvePromise) => {
    let interrupts = 0;
    let settled = false;
    const finish = (status: number) => {
      if (settled) return;
      settled = true;
      process.removeListener('SIGINT', onSigint);
      resolvePromise(status);
    };
    const onSigint = () => {
      interrupts++;
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0); // wakes a time.sleep()
      if (interrupts >= 3) {
        // the engine is stuck in a computation that does not check for interrupts
        void worker.terminate();
        writeAll(2, 'Traceback (most recent call last):\nKeyboardInterrupt\n');
        finish(130);
      }
    };
    process.on('SIGINT', onSigint);
    worker.on('message', (o: ProgramOutcome) => {
      if (o.internalError) {
        writeAll(2, `stridelab: internal error: ${o.internalError}\n`);
        finish(70);
        return;
      }
      if (o.brokenPipe) {
        finish(141);
        return;
      }
      let status = 0;
      if (o.error) {
        if (o.error.type === 'SystemExit') {
          if (o.exitMessage) writeAll(2, o.exitMessage + '\n');
          status = o.exitCode ?? 1;
        } else {
          // python3 flushes stdout before it prints the traceback
          if (!writeAll(1, o.stdoutTail)) {
            finish(141);
            return;
          }
          writeAll(2, o.error.traceback);
          if (o.profileTable) writeAll(1, o.profileTable);
          finish(o.error.type === 'KeyboardInterrupt' ? 130 : 1);
          return;
        }
      }
      // at exit (after SystemExit's message)
      if (!writeAll(1, o.stdoutTail) || (o.profileTable && !writeAll(1, o.profileTable))) {
        finish(141);
        return;
      }
      finish(status);
    });
    worker.on('error', (e: Error) => {
      writeAll(2, `stridelab: internal error: ${e.stack ?? e.message}\n`);
      finish(70);
    });
    worker.on('exit', () => finish(settled ? 0 : 70));
  });
}
