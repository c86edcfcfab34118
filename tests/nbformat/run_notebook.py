"""Runs an exported notebook's code cells under CPython + NumPy (the reference) and checks
that each cell prints the same stdout, ends with the same result repr and raises the same
exception type as the outputs stored in the notebook (what stridelab produced).

usage: /usr/bin/python3 run_notebook.py NOTEBOOK.ipynb
Exit status 0 when every cell matches; otherwise the differences are printed, status 1.
Like a kernel: one namespace for all cells, `%`/`!` lines skipped, the value of a final
expression statement is the cell's result (its repr; None shows nothing).
"""
import ast
import contextlib
import io
import json
import os
import sys

os.environ.setdefault("MPLBACKEND", "Agg")


def joined(text):
    return "".join(text) if isinstance(text, list) else text


def run_cell(source, ns):
    code = "\n".join("" if line.lstrip().startswith(("%", "!")) else line for line in source.split("\n"))
    tree = ast.parse(code, "<cell>")
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
    out = io.StringIO()
    value, error = None, None
    with contextlib.redirect_stdout(out):
        try:
            exec(compile(tree, "<cell>", "exec"), ns)
            if last is not None:
                v = eval(compile(last, "<cell>", "eval"), ns)
                value = None if v is None else repr(v)
        except Exception as e:  # the notebook records the error too
            error = type(e).__name__
    return out.getvalue(), value, error


def main(path):
    nb = json.load(open(path, encoding="utf-8"))
    ns = {"__name__": "__main__"}
    problems = []
    for i, cell in enumerate(c for c in nb["cells"] if c["cell_type"] == "code"):
        stdout, value, error = run_cell(joined(cell["source"]), ns)
        want_out = "".join(joined(o["text"]) for o in cell["outputs"] if o["output_type"] == "stream")
        results = [joined(o["data"]["text/plain"]) for o in cell["outputs"] if o["output_type"] == "execute_result"]
        errors = [o["ename"] for o in cell["outputs"] if o["output_type"] == "error"]
        want_value = results[0] if results else None
        want_error = errors[0] if errors else None
        for what, got, want in (("stdout", stdout, want_out), ("result", value, want_value), ("error", error, want_error)):
            if got != want:
                problems.append(f"cell {i + 1} {what}: python gives {got!r}, the notebook says {want!r}")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
