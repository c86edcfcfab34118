#!/usr/bin/env node
// cli.ts — the `stridelab` command: python3's command line for stridelab programs.
//
//   stridelab [option] ... [-c cmd | file | -] [arg] ...
//   stridelab run [option] ... [-c cmd | file | -] [arg] ...     (the same; the DESIGN contract)
//   stridelab <command> ...                                      (other commands: the table below)
//
// The program runs on a worker thread (cli-run.ts, cli-worker.ts): output is streamed as it
// is printed, Ctrl-C raises KeyboardInterrupt inside the program, exit statuses follow
// python3 (0, 1 for an uncaught exception, SystemExit's code, 130 after KeyboardInterrupt,
// 2 for usage errors and a missing script). This file only parses the command line.

import { readFile } from 'node:fs/promises';
import { readFileSync, readSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { runProgram, type ProgramSpec } from './cli-run.js';
import { lessonCommand } from './lesson-cli.js';

const USAGE = `usage: stridelab [option] ... [-c cmd | file | -] [arg] ...
       stridelab run [option] ... [-c cmd | file | -] [arg] ...
       stridelab lesson check FILE.md | lesson build FILE.md --out DIR
Try \`stridelab -h' for more information.
`;

const HELP = `usage: stridelab [option] ... [-c cmd | file | -] [arg] ...
       stridelab run [option] ... [-c cmd | file | -] [arg] ...
Runs a Python program with stridelab's interpreter and NumPy, like python3.
Options (and corresponding environment variables):
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the version number and exit (also --version)
--profile : after the program, print each line's cost (bytes allocated, temporaries,
         views/copies, time) — stridelab only
-B -E -I -O -q -s -S : accepted and ignored (python3 compatibility)
file   : program read from script file
-      : program read from stdin (default when stdin is not a terminal)
arg ...: arguments passed to program in sys.argv[1:]

Exit status: 0, or 1 after an uncaught exception (traceback on stderr), the code given to
sys.exit() / SystemExit, 130 after an uncaught KeyboardInterrupt (Ctrl-C), 141 when the
output pipe was closed (e.g. \`| head\`), 2 for command-line errors and a missing script.
`;

/** A subcommand: `stridelab <name> ...`. Other features add entries here. */
interface Command {
  summary: string;
  run(args: string[]): Promise<number>;
}

const commands = new Map<string, Command>([
  ['run', { summary: 'run a program (same options as without `run`)', run: (args) => pythonCommand(args) }],
  ['lesson', { summary: 'check or build a lesson (lesson-cli.ts)', run: (args) => lessonCommand(args, out, err) }],
]);

function out(text: string): void {
  try {
    process.stdout.write(text);
  } catch {
    // EPIPE: nothing to do
  }
}
function err(text: string): void {
  try {
    process.stderr.write(text);
  } catch {
    // EPIPE: nothing to do
  }
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EAGAIN') return readStdinSlow();
    if ((e as NodeJS.ErrnoException).code === 'EOF') return '';
    throw e;
  }
}

// stdin opened non-blocking (some terminals/pipes): poll until EOF
function readStdinSlow(): string {
  const chunks: Buffer[] = [];
  const buf = Buffer.alloc(65536);
  const wait = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    let n = 0;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(wait, 0, 0, 10);
        continue;
      }
      if ((e as NodeJS.ErrnoException).code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** python3's option parsing; returns the program to run or an exit status. */
async function pythonCommand(args: string[]): Promise<number> {
  // python3: PYTHONUNBUFFERED (non-empty) is -u
  let unbuffered = Boolean(process.env.PYTHONUNBUFFERED);
  let profile = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (a === '--help') {
      out(HELP);
      return 0;
    }
    if (a === '--version') {
      out(`stridelab ${await version()}\n`);
      return 0;
    }
    if (a === '--profile') {
      profile = true;
      continue;
    }
    if (a.startsWith('--')) {
      err(`unknown option ${a}\n${USAGE}`);
      return 2;
    }
    if (a === '-' || !a.startsWith('-')) break;
    // a cluster of short options: -u, -uc CODE, -Bu ...
    for (let k = 1; k < a.length; k++) {
      const c = a[k];
      if (c === 'c') {
        const rest = a.slice(k + 1);
        let code: string;
        let after: string[];
        if (rest) {
          code = rest;
          after = args.slice(i + 1);
        } else if (i + 1 < args.length) {
          code = args[i + 1];
          after = args.slice(i + 2);
        } else {
          err(`Argument expected for the -c option\n${USAGE}`);
          return 2;
        }
        return run({ code, filename: '<string>', argv: ['-c', ...after], unbuffered, profile });
      }
      if (c === 'h' || c === '?') {
        out(HELP);
        return 0;
      }
      if (c === 'V') {
        out(`stridelab ${await version()}\n`);
        return 0;
      }
      if (c === 'u') unbuffered = true;
      else if ('BEIOqsSdR'.includes(c)) continue;
      else if (c === 'm') {
        err('stridelab: -m (running a module) is not supported\n');
        return 2;
      } else {
        err(`Unknown option: -${c}\n${USAGE}`);
        return 2;
      }
    }
  }
  if (i >= args.length) {
    if (process.stdin.isTTY) {
      err(`stridelab: no program given and there is no interactive mode; pass a file, -c CODE or pipe a program\n${USAGE}`);
      return 2;
    }
    return run({ code: readStdin(), filename: '<stdin>', argv: [''], unbuffered, profile });
  }
  const target = args[i];
  const argv = args.slice(i);
  if (target === '-') return run({ code: readStdin(), filename: '<stdin>', argv, unbuffered, profile });
  let code: string;
  try {
    code = await readFile(target, 'utf8');
  } catch (e) {
    const x = e as NodeJS.ErrnoException;
    const text: Record<string, string> = {
      ENOENT: '[Errno 2] No such file or directory',
      EACCES: '[Errno 13] Permission denied',
      EISDIR: '[Errno 21] Is a directory',
      ENOTDIR: '[Errno 20] Not a directory',
    };
    // CPython: "python3: can't open file '/abs/x.py': [Errno 2] No such file or directory"
    err(`stridelab: can't open file '${resolve(target)}': ${text[x.code ?? ''] ?? x.message}\n`);
    return 2;
  }
  // python3 3.9+: the script's __file__ and traceback name are absolute (the working
  // directory joined to the argument as given, not normalised)
  const filename = isAbsolute(target) ? target : `${process.cwd()}/${target}`;
  return run({ code, filename, argv, unbuffered, profile });
}

function run(spec: ProgramSpec): Promise<number> {
  return runProgram(spec);
}

async function main(argv: string[]): Promise<number> {
  const command = commands.get(argv[0] ?? '');
  if (command) return command.run(argv.slice(1));
  return pythonCommand(argv);
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (e: unknown) => {
    err(`stridelab: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 70; // EX_SOFTWARE
  },
);
