// The `stridelab` CLI (dist-lib/cli.js) behaves like python3: output streamed as printed
// (pipes and a real pseudo-terminal), Ctrl-C raises KeyboardInterrupt in the program
// (traceback, finally blocks, exit 130), sys.exit codes, EPIPE under `| head`, a missing
// script, file errors as OSError subclasses, -c, stdin, sys.argv.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'stridelab-cli-'));

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cliPath, ...args], { input: input ?? '', encoding: 'utf8', timeout: 60_000, env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// python3 as a user runs it (the test environment may set PYTHONUNBUFFERED)
const env = { ...process.env };
delete env.PYTHONUNBUFFERED;

function python(args: string[], input?: string) {
  const r = spawnSync('/usr/bin/python3', args, { input: input ?? '', encoding: 'utf8', timeout: 60_000, env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, code: string): string {
  const p = join(dir, name);
  writeFileSync(p, code);
  return p;
}

describe('stridelab CLI', () => {
  it('runs a file and prints its output', () => {
    const p = file('ok.py', 'import numpy as np\na = np.arange(6).reshape(2, 3)\nprint(a)\nprint(a.T.strides)\na.sum()\n');
    expect(cli(['run', p])).toEqual({ status: 0, stdout: '[[0 1 2]\n [3 4 5]]\n(8, 24)\n', stderr: '' });
    expect(cli([p])).toEqual({ status: 0, stdout: '[[0 1 2]\n [3 4 5]]\n(8, 24)\n', stderr: '' });
  });

  it('--profile prints each line\'s cost after the program\'s output', () => {
    const p = file('prof.py', 'import numpy as np\na = np.zeros(1000)\nb = a[::2]\nc = a[[0, 2]]\nx = (a + 1) * 2\nprint(b.size)\n');
    const r = cli(['run', '--profile', p]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const [printed, table] = r.stdout.split(`\nper-line cost (${p}):\n`);
    expect(printed).toBe('500\n');
    const rows = table.trimEnd().split('\n').map((l) => l.trim().split(/\s{2,}/));
    expect(rows[0]).toEqual(['line', 'hits', 'allocated', 'temporaries', 'views', 'copies', 'ms', 'source']);
    const byLine = new Map(rows.slice(1).map((r) => [r[0], r]));
    // np.zeros(1000): a new 8 kB buffer; a[::2]: a view, nothing allocated; a[[0, 2]]: a
    // 16-byte copy (the index list became a 16-byte temporary); (a + 1) * 2: 8 kB kept, one
    // 8 kB temporary freed
    expect(byLine.get('2')?.slice(2, 6)).toEqual(['8 kB', '0', '0', '1']);
    expect(byLine.get('3')?.slice(2, 6)).toEqual(['0 B', '0', '1', '0']);
    expect(byLine.get('4')?.slice(2, 6)).toEqual(['16 B', '1 (16 B)', '0', '1']);
    expect(byLine.get('5')?.slice(2, 4)).toEqual(['8 kB', '1 (8 kB)']);
    // an uncaught exception still gets the table, after the traceback
    const bad = cli(['--profile', '-c', 'import numpy as np\na = np.ones(4)\n1/0\n']);
    expect(bad.status).toBe(1);
    expect(bad.stderr.endsWith('ZeroDivisionError: division by zero\n')).toBe(true);
    expect(bad.stdout).toContain('per-line cost (<string>):');
  });

  it('prints the traceback to stderr and exits 1 on an uncaught exception', () => {
    const p = file('bad.py', 'x = 1\nprint(x)\n1/0\nprint("never")\n');
    const r = cli(['run', p]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('1\n');
    expect(r.stderr.startsWith('Traceback (most recent call last):\n')).toBe(true);
    expect(r.stderr).toContain(`File "${p}", line 3, in <module>`);
    expect(r.stderr.endsWith('ZeroDivisionError: division by zero\n')).toBe(true);
  });

  it('np.save / np.load and open() use the real file system', () => {
    const out = join(dir, 'saved.npy');
    const p = file('io.py', `import numpy as np\nnp.save(${JSON.stringify(out)}, np.arange(4, dtype=np.uint8))\nprint(np.load(${JSON.stringify(out)}))\n`);
    expect(cli(['run', p])).toEqual({ status: 0, stdout: '[0 1 2 3]\n', stderr: '' });
  });

  it('maps file errors to the OSError subclass and errno python3 gives', () => {
    mkdirSync(join(dir, 'adir'), { recursive: true });
    const code = [
      'import sys',
      `for path, mode in [(${JSON.stringify(join(dir, 'no', 'such', 'dir.txt'))}, "w"), (${JSON.stringify(join(dir, 'missing.txt'))}, "r"), (${JSON.stringify(join(dir, 'adir'))}, "r")]:`,
      '    try:',
      '        open(path, mode).read()',
      '    except OSError as e:',
      '        print(type(e).__name__, e.errno, e.strerror, e.filename == path, isinstance(e, OSError))',
      '        print(str(e).replace(path, "PATH"))',
    ].join('\n');
    const r = cli(['-c', code]);
    expect(r).toEqual(python(['-c', code]));
    expect(r.stdout).toContain('FileNotFoundError 2 No such file or directory True True');
  });

  // The real gene-length file lives outside the repository (../shared/data): a plain clone
  // has none, and then this test is skipped, saying why.
  const realLens = '../shared/data/gene-lens.npy';
  it.skipIf(!existsSync(realLens))(
    existsSync(realLens) ? 'np.load reads the real gene-lens.npy' : `np.load reads the real gene-lens.npy (skipped: ${realLens} is absent)`,
    () => {
      const lens = cli(['run', '-'], `import numpy as np\ng = np.load("${realLens}")\nprint(g.shape, g.dtype, g.min() > 0)\n`);
      expect(lens).toEqual({ status: 0, stdout: '(20500,) int64 True\n', stderr: '' });
    },
  );

  it('reads the program from stdin with -, and with no arguments when stdin is a pipe', () => {
    const r = cli(['run', '-'], 'print("from stdin")\nimport numpy as np\nprint(np.ones(2))\n');
    expect(r).toEqual({ status: 0, stdout: 'from stdin\n[1. 1.]\n', stderr: '' });
    expect(cli([], 'import sys\nprint(sys.argv)\n')).toEqual({ status: 0, stdout: "['']\n", stderr: '' });
    expect(cli(['-', 'a', 'b'], 'import sys\nprint(sys.argv)\n')).toEqual({ status: 0, stdout: "['-', 'a', 'b']\n", stderr: '' });
    const e = cli(['run', '-'], 'raise ValueError("bad")\n');
    expect(e.status).toBe(1);
    expect(e.stderr).toContain('File "<stdin>", line 1');
    expect(e.stderr.endsWith('ValueError: bad\n')).toBe(true);
  });

  it('__file__, __name__ and warnings locations as python3 prints them for a script', () => {
    // run from the script's folder with a relative path: both print the absolute path
    const code = [
      'import warnings, sys',
      'def old():',
      '    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)',
      'def inner():',
      '    warnings.warn("inner")',
      'print(__file__, __name__, sys.argv[0])',
      'old()',
      'inner()',
      'print(eval("__file__"), "__file__" in {})',
      '',
    ].join('\n');
    file('where.py', code);
    const opts = { cwd: dir, input: '', encoding: 'utf8' as const, timeout: 60_000, env };
    const ours = spawnSync(process.execPath, [cliPath, 'where.py'], opts);
    const theirs = spawnSync('/usr/bin/python3', ['where.py'], opts);
    expect(ours.stdout).toBe(theirs.stdout);
    expect(ours.stderr).toBe(theirs.stderr);
    expect(ours.stdout).toContain(`${dir}/where.py __main__ where.py`);
    // stdin: __file__ is '<stdin>'; -c: no __file__
    expect(cli(['-'], 'print(__file__)')).toEqual(python(['-'], 'print(__file__)'));
    expect(cli(['-c', 'print("__file__" in globals())'])).toEqual(python(['-c', 'print("__file__" in globals())']));
  });

  it('-c runs a string with sys.argv like python3', () => {
    expect(cli(['-c', 'import sys; print(sys.argv)', 'x', '-y'])).toEqual(python(['-c', 'import sys; print(sys.argv)', 'x', '-y']));
    const p = file('args.py', 'import sys\nprint(sys.argv[1:], sys.argv[0].endswith("args.py"))\n');
    expect(cli([p, 'one', '--two'])).toEqual({ status: 0, stdout: "['one', '--two'] True\n", stderr: '' });
    expect(cli(['run', p, '3'])).toEqual({ status: 0, stdout: "['3'] True\n", stderr: '' });
  });

  it('exits with sys.exit / SystemExit codes silently, like python3', () => {
    for (const code of ['import sys; sys.exit(3)', 'raise SystemExit(0)', 'import sys; sys.exit()', 'import sys; sys.exit(None)',
      'import sys; sys.exit("bye")', 'raise SystemExit(256 + 7)', 'print("x"); import sys; sys.exit(True)',
      'try:\n    raise SystemExit(4)\nfinally:\n    print("cleanup")']) {
      expect(cli(['-c', code]), code).toEqual(python(['-c', code]));
    }
  });

  it('flushes what is still buffered before the traceback, as python3 does', () => {
    const code = 'import sys\nprint("partial", end="")\nsys.stderr.write("err\\n")\n1/0\n';
    const ours = spawnSync('bash', ['-c', `"${process.execPath}" "${cliPath}" - 2>&1`], { input: code, encoding: 'utf8', env });
    const theirs = spawnSync('bash', ['-c', '/usr/bin/python3 - 2>&1'], { input: code, encoding: 'utf8', env });
    expect(theirs.stdout.startsWith('err\n')).toBe(true); // stdout block-buffered to a pipe
    // PYTHONUNBUFFERED works like -u in both
    const unbuffered = { ...env, PYTHONUNBUFFERED: '1' };
    const ours2 = spawnSync('bash', ['-c', `"${process.execPath}" "${cliPath}" - 2>&1`], { input: code, encoding: 'utf8', env: unbuffered });
    expect(ours2.stdout.startsWith('partialerr\n')).toBe(true);
    expect(ours.stdout.replace(/"<stdin>"/g, 'F')).toBe(theirs.stdout.replace(/"<stdin>"/g, 'F'));
  });

  it('exits 2 for a missing script or a bad option', () => {
    const missing = join(dir, 'missing.py');
    expect(cli(['run', missing])).toEqual({
      status: 2,
      stdout: '',
      stderr: `stridelab: can't open file '${missing}': [Errno 2] No such file or directory\n`,
    });
    expect(cli([missing]).status).toBe(2);
    const bad = cli(['-Z']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^Unknown option: -Z\nusage: stridelab /);
    expect(cli(['-c']).status).toBe(2);
  });

  it('ends quietly with status 141 when the output pipe closes (| head)', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${cliPath}" -c 'while True: print("y")' 2>"${join(dir, 'epipe.err')}" | head -2; echo "status=\${PIPESTATUS[0]}"; cat "${join(dir, 'epipe.err')}"`], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stdout).toBe('y\ny\nstatus=141\n');
  });

  it('streams output to a pipe as the program flushes it', async () => {
    const p = file('stream.py', 'import time\nprint("first", flush=True)\ntime.sleep(1.5)\nprint("second")\n');
    const child = spawn(process.execPath, [cliPath, p]);
    const start = Date.now();
    let firstAt = 0;
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!firstAt && out.includes('first')) firstAt = Date.now();
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const endAt = Date.now();
    expect(status).toBe(0);
    expect(out).toBe('first\nsecond\n');
    expect(firstAt).toBeGreaterThan(0);
    expect(endAt - firstAt).toBeGreaterThan(1000); // seen well before the program ended
    expect(firstAt - start).toBeLessThan(endAt - start);
  });

  it('in a terminal: lines appear as printed, Ctrl-C raises KeyboardInterrupt, finally runs, exit 130', () => {
    const prog = file('loop.py', 'import time\nprint("started")\ntry:\n    n = 0\n    while True:\n        n += 1\nfinally:\n    print("finally ran")\n');
    // a real pseudo-terminal (python3's pty module): wait for the first line, send Ctrl-C
    const driver = [
      'import os, pty, sys, time, select',
      'pid, fd = pty.fork()',
      'if pid == 0:',
      '    os.execv(sys.argv[1], sys.argv[1:])',
      'out = b""',
      'deadline = time.time() + 30',
      'sent = False',
      'while time.time() < deadline:',
      '    r, _, _ = select.select([fd], [], [], 0.1)',
      '    if r:',
      '        try:',
      '            data = os.read(fd, 4096)',
      '        except OSError:',
      '            break',
      '        if not data:',
      '            break',
      '        out += data',
      '    if not sent and b"started" in out:',
      '        time.sleep(0.3)',
      '        os.write(fd, b"\\x03")',
      '        sent = True',
      '_, status = os.waitpid(pid, 0)',
      'sys.stdout.write(out.decode().replace("\\r\\n", "\\n"))',
      'sys.stdout.write("status=%d\\n" % os.waitstatus_to_exitcode(status))',
    ].join('\n');
    const r = spawnSync('/usr/bin/python3', ['-c', driver, process.execPath, cliPath, prog], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout).toContain('started\n');
    expect(r.stdout).toContain('finally ran\n');
    expect(r.stdout).toMatch(/Traceback \(most recent call last\):\n[\s\S]*KeyboardInterrupt\n/);
    expect(r.stdout).toContain(`File "${prog}", line `);
    expect(r.stdout.endsWith('status=130\n')).toBe(true);
  });

  it('reports its version and help', () => {
    expect(cli(['--version']).stdout).toMatch(/^stridelab \d+\.\d+\.\d+\n$/);
    expect(cli(['-V']).stdout).toMatch(/^stridelab \d+\.\d+\.\d+\n$/);
    expect(cli(['-h']).stdout).toMatch(/^usage: stridelab \[option\]/);
  });
});
