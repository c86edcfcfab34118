#!/usr/bin/python3
"""fuzz.py — mutation fuzzing of the interpreter + engine through the native CLI.

Takes every golden program (tests/golden/**/*.py) as a seed, applies random mutations
(edge-case literals, dtype swaps, odd arguments, deleted/duplicated/swapped lines, truncation,
junk tokens) and runs each mutant with `stridelab_native run` under a timeout. A mutant
passes when the process exits 0, or exits 1 with a Python traceback whose last line is
`Type: message` / `Type`. Anything else is a finding: a signal (crash, abort, sanitizer
report), another exit status, an internal-error message, or a hang (timeout) in a program
without loops.

  /usr/bin/python3 scripts/fuzz.py [--bin build/native/stridelab_native] [--count 2000]
                                   [--seed 1] [--timeout 10] [--out /tmp/stridelab-fuzz]

Findings are written to --out as <n>.py with a <n>.txt describing the failure; the summary
is printed at the end. Deterministic for a given seed and corpus. Build with
`-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined` to catch memory errors that do not crash.
"""
import argparse
import glob
import os
import random
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

INTS = ['0', '-1', '1', '2', '-2', '3', '255', '256', '-129', '2**31', '2**32', '2**63 - 1', '-2**63',
        '2**64', '10**20', '-10**20', '1000000000', '-1000000000']
FLOATS = ['0.0', '-0.0', '1e308', '-1e308', '5e-324', "float('nan')", "float('inf')", "-float('inf')", '0.5',
          '1e-300']
DTYPES = ['np.bool_', 'np.int8', 'np.uint8', 'np.int16', 'np.uint16', 'np.int32', 'np.uint32', 'np.int64',
          'np.uint64', 'np.float32', 'np.float64', "'u1'", "'>i4'", "'f2'", "'c16'", "'S3'", "'O'", 'None',
          'object', 'str']
ODD_ARGS = ['None', '[]', '()', "'abc'", '-1', '10**9', 'np.array([])', 'np.nan', 'True', '{}', 'np.zeros((0, 3))',
            'np.ones((2, 3, 4))', '[[1, 2], [3]]', 'slice(None)', '...', 'np.newaxis', '1.5', '-2**63', 'print',
            'lambda: 0', 'np.array(5)', 'np.arange(6).reshape(2, 3).T', "np.array(['a', 'b'])", '(1, -1)',
            '(0,)', '[0, 0, 0]', '[True, False]', '2**40']
JUNK = ['(', ')', '[', ']', '{', '}', ':', ',', '**', '*', 'lambda', '...', 'None', '=', '==', 'if', 'else', "'",
        '"""', '\\', '\t', '@', 'not', 'in', 'is', 'yield', 'return', 'del', '0x', '1e', '.', ';', 'f"{', '%',
        'global x', 'nonlocal y', 'import', 'from', 'class', 'def', 'async', 'await', '\x00', '\u00e9', '#']

INT_RE = re.compile(r'(?<![\w.])\d+(?![\w.])')
FLOAT_RE = re.compile(r'(?<![\w.])\d+\.\d*(?:e-?\d+)?(?![\w.])')
DTYPE_RE = re.compile(r"np\.(?:bool_|u?int(?:8|16|32|64)|float(?:16|32|64)|complex128)|'[<>|]?[biufc]\d'")
CALL_ARG_RE = re.compile(r'\(([^()]*)\)')


def mutate(src, rng, depth=0):
    if depth > 3:
        return src + '\n' + rng.choice(JUNK), 'junk line'
    lines = src.split('\n')
    kind = rng.randrange(10)
    if kind == 0:
        spots = list(INT_RE.finditer(src))
        if spots:
            m = rng.choice(spots)
            return src[:m.start()] + rng.choice(INTS) + src[m.end():], 'int literal'
    if kind == 1:
        spots = list(FLOAT_RE.finditer(src))
        if spots:
            m = rng.choice(spots)
            return src[:m.start()] + rng.choice(FLOATS) + src[m.end():], 'float literal'
    if kind == 2:
        spots = list(DTYPE_RE.finditer(src))
        if spots:
            m = rng.choice(spots)
            return src[:m.start()] + rng.choice(DTYPES) + src[m.end():], 'dtype'
    if kind == 3:
        spots = [m for m in CALL_ARG_RE.finditer(src) if m.group(1).strip()]
        if spots:
            m = rng.choice(spots)
            args = m.group(1).split(',')
            args[rng.randrange(len(args))] = ' ' + rng.choice(ODD_ARGS)
            return src[:m.start(1)] + ','.join(args) + src[m.end(1):], 'odd argument'
    if kind == 4 and len(lines) > 1:
        del lines[rng.randrange(len(lines))]
        return '\n'.join(lines), 'deleted line'
    if kind == 5 and lines:
        i = rng.randrange(len(lines))
        lines.insert(i, lines[i])
        return '\n'.join(lines), 'duplicated line'
    if kind == 6 and len(lines) > 1:
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
        return '\n'.join(lines), 'swapped lines'
    if kind == 7 and src:
        return src[:rng.randrange(len(src))], 'truncated'
    if kind == 8 and src:
        p = rng.randrange(len(src))
        return src[:p] + rng.choice(JUNK) + src[p:], 'junk token'
    # combine: two mutations
    once, what = mutate(src, rng, depth + 1)
    twice, what2 = mutate(once, rng, depth + 1)
    return twice, what + ' + ' + what2


LAST_LINE = re.compile(r'^[A-Za-z_][\w.]*(?::.*)?$')


def judge(proc_rc, stderr, timed_out, src):
    if timed_out:
        if re.search(r'\b(while|for)\b', src):
            return None  # a mutated loop bound can legitimately run for a long time
        return 'hang (timeout) in a program without loops'
    if proc_rc == 0:
        return None
    if proc_rc < 0:
        return f'killed by signal {-proc_rc}'
    if proc_rc != 1:
        return f'exit status {proc_rc}'
    lines = [l for l in stderr.rstrip('\n').split('\n') if l.strip()]
    if not lines:
        return 'exit 1 without a traceback'
    if 'internal error' in stderr.lower() or 'terminate called' in stderr or 'Sanitizer' in stderr:
        return 'internal error: ' + lines[-1][:200]
    if not LAST_LINE.match(lines[-1]):
        return 'last stderr line is not "Type: message": ' + lines[-1][:200]
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', default=os.path.join(ROOT, 'build/native/stridelab_native'))
    ap.add_argument('--count', type=int, default=2000)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--timeout', type=float, default=10)
    ap.add_argument('--out', default='/tmp/stridelab-fuzz')
    args = ap.parse_args()
    args.bin = os.path.abspath(args.bin)
    corpus = sorted(p for p in glob.glob(os.path.join(ROOT, 'tests/golden/**/*.py'), recursive=True))
    if not corpus:
        sys.exit('no golden programs found')
    seeds = [(p, open(p, encoding='utf-8').read()) for p in corpus]
    os.makedirs(args.out, exist_ok=True)
    work = os.path.join(args.out, 'work')
    os.makedirs(work, exist_ok=True)
    rng = random.Random(args.seed)
    findings = 0
    kinds = {}
    for n in range(args.count):
        path, src = rng.choice(seeds)
        mutant, what = mutate(src, rng)
        prog = os.path.join(work, 'mutant.py')
        with open(prog, 'w', encoding='utf-8', errors='surrogatepass') as f:
            f.write(mutant)
        timed_out = False
        try:
            p = subprocess.run([args.bin, 'run', prog], cwd=work, capture_output=True, timeout=args.timeout,
                               stdin=subprocess.DEVNULL)
            rc, err = p.returncode, p.stderr.decode('utf-8', 'replace')
        except subprocess.TimeoutExpired:
            rc, err, timed_out = None, '', True
        verdict = judge(rc, err, timed_out, mutant)
        if verdict:
            findings += 1
            kinds[verdict.split(':')[0]] = kinds.get(verdict.split(':')[0], 0) + 1
            base = os.path.join(args.out, f'{findings:04d}')
            with open(base + '.py', 'w', encoding='utf-8', errors='surrogatepass') as f:
                f.write(mutant)
            with open(base + '.txt', 'w') as f:
                f.write(f'seed program: {os.path.relpath(path, ROOT)}\nmutation: {what}\nverdict: {verdict}\n\n{err[-3000:]}')
            print(f'finding {findings}: {verdict}  ({os.path.relpath(path, ROOT)}, {what})', flush=True)
        if (n + 1) % 250 == 0:
            print(f'{n + 1} mutants, {findings} findings', flush=True)
    print(f'fuzz: {args.count} mutants of {len(seeds)} programs (seed {args.seed}): {findings} findings {kinds}')
    sys.exit(1 if findings else 0)


if __name__ == '__main__':
    main()
