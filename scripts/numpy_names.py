#!/usr/bin/env python3
"""numpy_names.py — generate cpp/modules/numpy/numpy_public_names.txt, the list of NumPy's
public names that stridelab measures itself against.

The list is NumPy 2.2's public names, built from two sources:
  1. the reference NumPy 1.24 that /usr/bin/python3 imports: `dir(numpy)` (public names),
     `__all__` of the covered submodules, and the public members of `numpy.ndarray`;
  2. scripts/numpy_names/numpy2_delta.txt: the hand-kept difference between 1.24 and 2.x
     (names added, names removed — with NumPy 2's migration note where it has one —, and
     names that are not counted).
scripts/numpy_names/alternatives.txt (hand-kept) adds, for names stridelab lacks, the closest
thing it has; the engine puts it into its NotImplementedError message.

The engine embeds the generated file (CMakeLists.txt turns it into a string constant):
  - a NumPy 2.x name that stridelab lacks raises
    `NotImplementedError: numpy.X is not available in stridelab yet` (+ the alternative);
  - a name NumPy 2.x removed raises NumPy 2's own AttributeError;
  - any other unknown name keeps CPython's AttributeError with its "Did you mean" hint.
scripts/numpy_coverage.mjs turns the same file plus the engine's namespaces into
docs/numpy-coverage.md.

Usage:
  /usr/bin/python3 scripts/numpy_names.py           # rewrite the list
  /usr/bin/python3 scripts/numpy_names.py --check   # exit 1 when the list is stale
"""
import argparse
import sys
from pathlib import Path

import numpy  # the reference NumPy (1.24 on the build machines)

ROOT = Path(__file__).resolve().parent.parent
DELTA = ROOT / "scripts" / "numpy_names" / "numpy2_delta.txt"
ALTERNATIVES = ROOT / "scripts" / "numpy_names" / "alternatives.txt"
OUT = ROOT / "cpp" / "modules" / "numpy" / "numpy_public_names.txt"

# The namespaces the list covers, in output order: the main namespace, the submodules
# tutorials import, and the array's members. numpy itself uses dir() (its __all__ leaves out
# abs/max/min/round and the submodules); the submodules their __all__.
MODULES = [
    "numpy",
    "numpy.ndarray",
    "numpy.linalg",
    "numpy.fft",
    "numpy.random",
    "numpy.testing",
    "numpy.polynomial",
    "numpy.polynomial.polynomial",
    "numpy.lib.stride_tricks",
    "numpy.exceptions",
]


def reference_names(module):
    """Public names of `module` in the reference NumPy (an empty set when it lacks it)."""
    import importlib
    if module == "numpy":
        return {n for n in dir(numpy) if not n.startswith("_")}
    if module == "numpy.ndarray":
        return {n for n in dir(numpy.ndarray) if not n.startswith("_")}
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return set()
    return {n for n in getattr(mod, "__all__", []) if not n.startswith("_")}


def parse_delta(path):
    """[(op, module, name, note or None)] from the delta file, with line numbers checked."""
    entries = []
    for lineno, raw in enumerate(path.read_text().splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        head, bar, note = line.partition("|")
        fields = head.split()
        if len(fields) != 3 or fields[0] not in "+-x" or fields[1] not in MODULES:
            sys.exit(f"{path}:{lineno}: expected '+|-|x MODULE NAME [| NOTE]' with a covered MODULE")
        if bar and fields[0] != "-":
            sys.exit(f"{path}:{lineno}: only removed names (-) carry a note")
        entries.append((fields[0], fields[1], fields[2], note.strip() if bar else None))
    return entries


def parse_alternatives(path):
    """{(module, name): text} from 'MODULE NAME | what to use instead' lines."""
    alts = {}
    for lineno, raw in enumerate(path.read_text().splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        head, bar, text = line.partition("|")
        fields = head.split()
        if len(fields) != 2 or not bar or not text.strip() or fields[0] not in MODULES:
            sys.exit(f"{path}:{lineno}: expected 'MODULE NAME | alternative'")
        alts[(fields[0], fields[1])] = text.strip()
    return alts


def generate():
    names = {m: reference_names(m) for m in MODULES}
    removed = []
    for op, module, name, note in parse_delta(DELTA):
        if op == "+":
            if name in names[module]:
                sys.exit(f"delta: {module}.{name} is already in NumPy {numpy.__version__}")
            names[module].add(name)
        else:
            if name not in names[module]:
                sys.exit(f"delta: {module}.{name} is not in NumPy {numpy.__version__}")
            names[module].discard(name)
            if op == "-":
                removed.append((module, name, note))
    alts = parse_alternatives(ALTERNATIVES)
    for (module, name) in alts:
        if name not in names[module]:
            sys.exit(f"alternatives: {module}.{name} is not a NumPy 2.x name")
    total = sum(len(v) for v in names.values())
    lines = [
        "# numpy_public_names.txt — GENERATED by scripts/numpy_names.py; do not edit. Edit",
        "# scripts/numpy_names/numpy2_delta.txt or alternatives.txt and rerun the script.",
        f"# NumPy {numpy.__version__}'s public names + the hand-kept 2.x delta = NumPy 2.2: {total} names.",
        "#   MODULE NAME [| alternative]   a public NumPy 2.x name (with stridelab's closest",
        "#                                 alternative for when it lacks the name)",
        "#   - MODULE NAME [| NOTE]        removed in NumPy 2.x (NOTE: NumPy 2's migration note)",
    ]
    for module in MODULES:
        for name in sorted(names[module]):
            alt = alts.get((module, name))
            lines.append(f"{module} {name}" + (f" | {alt}" if alt else ""))
    for module, name, note in removed:
        lines.append(f"- {module} {name}" + (f" | {note}" if note is not None else ""))
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 when stale")
    args = ap.parse_args()
    text = generate()
    if args.check:
        if not OUT.exists() or OUT.read_text() != text:
            print(f"{OUT.relative_to(ROOT)} is stale: run /usr/bin/python3 scripts/numpy_names.py")
            return 1
        print(f"{OUT.relative_to(ROOT)} is current")
        return 0
    OUT.write_text(text)
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
