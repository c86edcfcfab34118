#!/usr/bin/env node
// cli.ts — the `stridelab` command.
//
//   stridelab run FILE.py     run a program in a fresh session
//   stridelab run -           read the program from standard input
//
// stdout is the program's output; an uncaught exception prints the CPython-style traceback
// to stderr and exits with status 1. Usage errors exit with status 2.

import { readFile } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import { getEngine } from './engine.js';
import { readHostFile } from './host-files.js';
import { createSession } from './session.js';
import { lessonCommand } from './lesson-cli.js';

const USAGE = `usage: stridelab run FILE.py
       stridelab run -          (program from standard input)
       stridelab lesson check FILE.md | lesson build FILE.md --out DIR
       stridelab --version
`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}

function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (!text) return Promise.resolve();
  return new Promise((resolve) => stream.write(text, () => resolve()));
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-V') {
    await write(process.stdout, `stridelab ${await version()}\n`);
    return 0;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    await write(process.stdout, USAGE);
    return 0;
  }
  if (command === 'lesson') return lessonCommand(rest, (t) => write(process.stdout, t), (t) => write(process.stderr, t));
  if (command !== 'run' || rest.length !== 1) {
    await write(process.stderr, USAGE);
    return 2;
  }
  const target = rest[0];
  let code: string;
  let filename: string;
  if (target === '-') {
    code = await readStdin();
    filename = '<stdin>';
  } else {
    try {
      code = await readFile(target, 'utf8');
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      // CPython: "python3: can't open file '/x.py': [Errno 2] No such file or directory"
      await write(process.stderr, `stridelab: can't open file '${target}': ${err.code ?? ''} ${err.message}\n`);
      return 2;
    }
    filename = target;
  }
  // np.load / np.save / np.loadtxt / np.savetxt see the real file system
  const engine = await getEngine();
  engine.setFileHost(
    (path) => readHostFile(path), // bounded; 'EISDIR' / 'EFBIG' become Python OSErrors
    (path, data) => {
      try {
        writeFileSync(path, data);
        return true;
      } catch {
        return false;
      }
    },
  );
  const session = await createSession();
  const result = session.run(code, { filename });
  await write(process.stdout, result.stdout);
  if (result.error) {
    await write(process.stderr, result.error.traceback);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  async (e: unknown) => {
    await write(process.stderr, `stridelab: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 70; // internal error (EX_SOFTWARE)
  },
);
