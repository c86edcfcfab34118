# help() on builtin functions: pydoc's text (signature, docstring) as CPython 3.11 prints it
for f in [len, abs, print, sorted, max, iter, divmod, round, isinstance, sum, compile, getattr, next, pow]:
    help(f)
print(len.__doc__)
print(repr(max.__doc__[:40]))
import math
print(math.sqrt.__doc__ is None or isinstance(math.sqrt.__doc__, str))
