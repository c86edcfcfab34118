#!/usr/bin/env python3
"""golden_regen.py — regenerate the expected outputs of the golden tests with CPython + NumPy.

Every golden program tests/golden/<group>/<name>.py gets <name>.out next to it: the program's
stdout, followed — when the program ended with an uncaught exception — by the last line of
its traceback (`ExcType: message`) and a newline. The programs run with /usr/bin/python3 (the
reference CPython + NumPy 1.24), one process each, cwd = the program's folder, stdin empty,
with a timeout.

Where NumPy 1.24 and NumPy 2.x differ we follow 2.x, in two documented ways:
  (a) RENAMES below: mechanical text rewrites applied to the 1.24 output (exception class
      paths that moved). Each has a comment saying why.
  (b) A hand-written <name>.numpy2.out next to the program wins over the generated <name>.out.
      The program must say `# numpy2: <why>` in its leading comment block. This script never
      writes those files; it still writes <name>.out (what 1.24 printed, after RENAMES) so the
      difference stays reviewable with `diff name.out name.numpy2.out`, and it reports them.
Groups listed in HAND_WRITTEN_GROUPS (tests/golden/stridelab_only/) hold behaviour where
stridelab deliberately differs from NumPy; their .out files are hand-written and never
regenerated.

A NumPy DeprecationWarning/FutureWarning printed by 1.24 usually means 2.x behaves
differently; such programs are reported (unless they carry a numpy2 override).

Usage:
  npm run golden:regen                         # every program under tests/golden
  npm run golden:regen -- tests/golden/memory  # a folder
  npm run golden:regen -- 'tests/golden/memory/views_*.py'   # a glob (quote it)
  /usr/bin/python3 scripts/golden_regen.py --check [paths]  # write nothing; exit 1 if stale
Exit status: 0 when every selected program ran (and, with --check, every .out is current).
"""
import argparse
import concurrent.futures
import glob
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
PYTHON = "/usr/bin/python3"
TIMEOUT_S = 20
JOBS = 2  # the build machines have 2 cores
HAND_WRITTEN_GROUPS = {"stridelab_only"}
NUMPY2_MARK = re.compile(r"^#\s*numpy2:\s*\S")


@dataclass(frozen=True)
class Rename:
    pattern: str       # regular expression (re.M)
    replacement: str
    scope: str         # "error": only the final exception line; "all": the whole output
    why: str


# Mechanical NumPy 1.24 -> 2.x rewrites. Extend this table (with a reason) rather than
# hand-editing generated .out files.
RENAMES = [
    # NumPy 1.25 moved AxisError to numpy.exceptions (1.24's class has __module__ 'numpy');
    # 2.x tracebacks and reprs say numpy.exceptions.AxisError. `type(e).__name__` is
    # 'AxisError' in both, so only the qualified spelling changes.
    Rename(r"\bnumpy\.AxisError\b", "numpy.exceptions.AxisError", "all",
           "AxisError lives in numpy.exceptions since 1.25"),
    # The same move, for the warnings/errors that can end up as a program's last line.
    Rename(r"\bnumpy\.(ComplexWarning|VisibleDeprecationWarning|TooHardError|"
           r"ModuleDeprecationWarning|RankWarning)\b", r"numpy.exceptions.\1", "all",
           "these classes live in numpy.exceptions in 2.x"),
    # numpy.core became the private numpy._core in 2.0; the ufunc/memory error classes
    # (_UFuncNoLoopError, _UFuncOutputCastingError, _ArrayMemoryError, ...) print their
    # module path on a traceback's last line.
    Rename(r"\bnumpy\.core\._exceptions\.", "numpy._core._exceptions.", "all",
           "numpy.core was renamed numpy._core in 2.0"),
]

# A traceback's last line: `ExcType: message` or a bare `ExcType` (dotted for non-builtins).
EXC_LINE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]*(:|$)")
NUMPY_WARNING = re.compile(r"\b(DeprecationWarning|FutureWarning|VisibleDeprecationWarning)\b")


@dataclass
class Result:
    program: Path
    status: str = "ok"          # ok | failed | skipped
    detail: str = ""
    output: bytes = b""
    changed: str = ""           # new | changed | unchanged
    warnings: list = field(default_factory=list)
    override: Path = None


def rel(p: Path) -> str:
    try:
        return str(p.resolve().relative_to(ROOT))
    except ValueError:
        return str(p)


def group_of(program: Path) -> str:
    try:
        return program.resolve().relative_to(GOLDEN).parts[0]
    except (ValueError, IndexError):
        return ""


def discover(args) -> list:
    """Programs selected by paths/globs (files or folders); all of tests/golden by default."""
    found = set()
    specs = args or [str(GOLDEN)]
    for spec in specs:
        matches = glob.glob(spec, recursive=True) if glob.has_magic(spec) else [spec]
        if not matches:
            sys.exit(f"golden_regen: nothing matches {spec!r}")
        for m in matches:
            p = Path(m)
            if p.is_dir():
                found.update(q for q in p.rglob("*.py") if "__pycache__" not in q.parts)
            elif p.suffix == ".py" and p.exists():
                found.add(p)
            elif not glob.has_magic(spec):
                sys.exit(f"golden_regen: not a .py program or folder: {spec}")
    return sorted(p.resolve() for p in found)


def leading_comments(source: str) -> list:
    """The comment lines at the top of a program (before the first statement)."""
    lines = []
    for line in source.splitlines():
        s = line.strip()
        if s.startswith("#"):
            lines.append(s)
        elif s:
            break
    return lines


def apply_renames(stdout: str, error_line: str):
    for r in RENAMES:
        if r.scope == "all":
            stdout = re.sub(r.pattern, r.replacement, stdout, flags=re.M)
        error_line = re.sub(r.pattern, r.replacement, error_line, flags=re.M)
    return stdout, error_line


def run_program(program: Path) -> Result:
    res = Result(program)
    env = dict(os.environ)
    for k in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONINSPECT"):
        env.pop(k, None)
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1",
               LC_ALL="C.UTF-8", OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1")
    try:
        proc = subprocess.run([PYTHON, "-s", program.name], cwd=program.parent, env=env,
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        res.status, res.detail = "failed", f"timed out after {TIMEOUT_S}s"
        return res
    stdout = proc.stdout.decode("utf-8")
    stderr = proc.stderr.decode("utf-8", errors="replace")
    error_line = ""
    if proc.returncode != 0:
        tail = [ln for ln in stderr.splitlines() if ln.strip()]
        last = tail[-1] if tail else ""
        if proc.returncode < 0 or not EXC_LINE.match(last):
            res.status = "failed"
            res.detail = f"exit status {proc.returncode} without a Python traceback: {last!r}"
            return res
        error_line = last + "\n"
    res.warnings = sorted(set(NUMPY_WARNING.findall(stderr)))
    stdout, error_line = apply_renames(stdout, error_line)
    res.output = (stdout + error_line).encode("utf-8")
    return res


def check_markers(program: Path, res: Result):
    """numpy2 override rules: the .numpy2.out and the `# numpy2:` comment go together."""
    override = program.with_suffix(".numpy2.out")
    marked = any(NUMPY2_MARK.match(c) for c in leading_comments(program.read_text("utf-8")))
    if override.exists():
        res.override = override
        if not marked:
            res.status = "failed"
            res.detail = (f"{rel(override)} exists but the program lacks a leading "
                          "`# numpy2: <why>` comment")
    elif marked:
        res.status = "failed"
        res.detail = f"`# numpy2:` comment but no {rel(override)}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", help="programs, folders or globs (default: tests/golden)")
    ap.add_argument("--check", action="store_true",
                    help="write nothing; fail when an .out file is missing or out of date")
    opts = ap.parse_args()

    programs = discover(opts.paths)
    hand = [p for p in programs if group_of(p) in HAND_WRITTEN_GROUPS]
    todo = [p for p in programs if group_of(p) not in HAND_WRITTEN_GROUPS]

    with concurrent.futures.ThreadPoolExecutor(max_workers=JOBS) as pool:
        results = list(pool.map(run_program, todo))

    for res in results:
        if res.status != "ok":
            continue
        out = res.program.with_suffix(".out")
        old = out.read_bytes() if out.exists() else None
        res.changed = "new" if old is None else ("unchanged" if old == res.output else "changed")
        if res.changed != "unchanged" and not opts.check:
            out.write_bytes(res.output)
        # after writing: a new numpy2 program starts from the generated .out (copy it to
        # <name>.numpy2.out and edit), but stays failed until the override exists
        check_markers(res.program, res)

    failed = [r for r in results if r.status == "failed"]
    stale = [r for r in results if r.changed in ("new", "changed")]
    verb = "stale" if opts.check else "wrote"
    for r in results:
        if r.changed in ("new", "changed"):
            print(f"{verb:<7} {rel(r.program.with_suffix('.out'))} ({r.changed})")
        if r.status == "failed":
            print(f"FAILED  {rel(r.program)}: {r.detail}")
    for r in results:
        if r.status != "ok" or not r.override:
            continue
        ours = r.override.read_bytes()
        if ours == r.output:
            print(f"note    {rel(r.override)} is identical to NumPy 1.24's output: "
                  "the override is unnecessary")
        else:
            n = sum(1 for a, b in zip(ours.splitlines(), r.output.splitlines()) if a != b)
            n += abs(len(ours.splitlines()) - len(r.output.splitlines()))
            print(f"numpy2  {rel(r.override)} kept (hand-written; differs from 1.24 "
                  f"in {n} line(s))")
    for r in results:
        if r.changed and r.warnings and not r.override:
            print(f"warning {rel(r.program)}: NumPy 1.24 emitted {', '.join(r.warnings)}; "
                  "NumPy 2 may differ here (add a .numpy2.out override or change the program)")
    for p in hand:
        exp = p.with_suffix(".out")
        state = "hand-written" if exp.exists() else "MISSING its hand-written .out"
        print(f"skip    {rel(p)} ({p.parent.name}: {state})")

    cases = 0
    for r in results:
        if r.changed:
            exp = r.override or r.program.with_suffix(".out")
            data = exp.read_bytes() if exp.exists() else r.output
            cases += sum(1 for ln in data.splitlines() if ln.startswith(b"== "))
    ran = sum(1 for r in results if r.changed)
    print(f"golden_regen: {ran} of {len(results)} program(s) ran, {cases} case(s); "
          f"{len(stale)} {'stale' if opts.check else 'written'}, "
          f"{sum(1 for r in results if r.override)} numpy2 override(s), "
          f"{len(hand)} hand-written skipped, {len(failed)} failed")
    missing_hand = [p for p in hand if not p.with_suffix(".out").exists()]
    if failed or missing_hand or (opts.check and stale):
        sys.exit(1)


if __name__ == "__main__":
    main()
