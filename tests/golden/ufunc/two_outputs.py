# Two-output ufuncs: frexp, modf, divmod — positional/keyword out, tuples, errors.
import numpy as np

x = np.array([-2.5, -0.0, 0.0, 0.75, 3.0, 1e-310, np.inf, -np.inf, np.nan])
m, e = np.frexp(x)
print(m, e, e.dtype)
print(np.ldexp(m, e))
m1, e1 = np.frexp(np.float32(6.0))
print(m1, e1, type(m1).__name__, type(e1).__name__, np.frexp(8)[0], np.frexp(8)[1])
f, w = np.modf(x)
print(f, w)
print(np.modf(np.array([1.25, -3.5], dtype=np.float32)))
print(np.modf(3.75)[0], np.modf(3.75)[1], np.frexp.nout, np.modf.nargs, np.divmod.nin, np.divmod.nout, np.divmod.nargs)

q, r = np.divmod(np.arange(-5, 6), 3)
print(q, r)
print(np.divmod(np.arange(-5, 6, dtype=np.int8), np.int8(-3)))
print(np.divmod(np.array([7.5, -7.5, 2.0]), np.array([2.0, 2.0, -0.5])))
q1, r1 = np.divmod(np.uint8(200), np.uint8(7))
print(np.divmod(7, 2)[0], q1, r1, type(q1).__name__, divmod(np.arange(5), 2))
print(np.divmod(np.array([5, 6]), 0))

o1 = np.empty(3)
o2 = np.empty(3)
r = np.modf(np.array([1.5, 2.25, -0.5]), o1, o2)
print(r[0] is o1, r[1] is o2, o1, o2)
r = np.modf(np.array([1.5, 2.25, -0.5]), out=(None, o2))
print(r[1] is o2, r[0], o2)
r = np.frexp(np.array([4.0, 5.0]), out=(np.empty(2), np.empty(2)))
print(r)
r = np.divmod(np.arange(4), 3, where=np.array([True, False, True, False]), out=(np.zeros(4, int), np.zeros(4, int)))
print(r)

x = np.arange(3.0)
o = np.empty(3)
for bad in [lambda: np.modf(x, out=o), lambda: np.modf(x, out=(o,)), lambda: np.modf(x, o, o, o),
            lambda: np.divmod.reduce(x), lambda: np.divmod.accumulate(x), lambda: np.sin.reduce(x),
            lambda: np.modf(x, o, out=(o, o)), lambda: np.frexp(np.arange(3)), lambda: np.modf([1, 2])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
