# numpy2: np.bitwise_count is a ufunc of NumPy 2.0 (the reference NumPy 1.24 lacks it; the
# .numpy2.out is written from NumPy 2's ufunc rules): attributes, where=/out=/dtype=/casting=,
# ufunc methods, and the errors. types leaves out NumPy's object loop 'O->O' (no object arrays).
import numpy as np

f = np.bitwise_count
print(repr(f), f.__name__, isinstance(f, np.ufunc))
print(f.nin, f.nout, f.nargs, f.identity, f.signature)
print([t for t in f.types if t != 'O->O'])
a = np.array([7, 8, 255, -1], dtype=np.int16)
out = np.full(4, 99, dtype=np.uint8)
r = f(a, out=out, where=np.array([True, False, True, False]))
print(r is out, out)
print(f(a, where=True))
print(f(a, dtype=np.uint8), f(a, dtype='B').dtype)
print(f(a, out=np.zeros(4)), f(a, out=np.zeros(4, np.int8)).dtype)
print(f(a, casting='no'), f(a, casting='equiv').dtype)
print(f(np.array([True, False]), casting='safe'))
print(f(np.uint64(2**64 - 1)), f(np.int8(-128)), type(f(np.int8(3))).__name__)
print(f(np.arange(6, dtype=np.uint32).reshape(2, 3).T))
print(f(np.array([], dtype=np.int64)), f(np.array([], dtype=np.int64)).dtype)
b = np.array([3, 7, 15, 31])
f.at(b, [0, 2])
print(b)
for bad in [dict(dtype=np.int64), dict(dtype=np.float64), dict(out=np.zeros(4, dtype=bool))]:
    try:
        f(a, **bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    f(np.array([True]), casting='no')
except TypeError as e:
    print(type(e).__name__, e)
for meth in ['reduce', 'accumulate']:
    try:
        getattr(f, meth)(a)
    except ValueError as e:
        print('ValueError', e)
try:
    f.outer(a, a)
except ValueError as e:
    print('ValueError', e)
try:
    f.reduceat(a, [0, 2])
except ValueError as e:
    print('ValueError', e)
print(np.add.types[:14], np.add.ntypes > 14)
