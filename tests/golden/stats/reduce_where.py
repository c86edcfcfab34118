# where= on every reduction: sum prod min max mean std var all any (function, method and
# ufunc.reduce spellings), broadcasting masks, initial=, keepdims, out=, errors.
import numpy as np

a = np.arange(12.0).reshape(3, 4)
m = np.array([True, False, True, True])
mm = a % 3 != 1
for axis in [None, 0, 1, -1, (0, 1)]:
    print('axis', axis)
    print(np.sum(a, axis=axis, where=m), np.prod(a, axis=axis, where=mm))
    print(np.max(a, axis=axis, where=m, initial=-1), np.min(a, axis=axis, where=mm, initial=100))
    print(np.mean(a, axis=axis, where=m), np.mean(a, axis=axis, where=mm))
    print(np.var(a, axis=axis, where=mm), np.std(a, axis=axis, where=m, ddof=1))
    print(np.all(a, axis=axis, where=m), np.any(a > 5, axis=axis, where=mm))

print(a.sum(where=m), a.mean(axis=1, where=mm), a.std(0, where=mm), a.max(1, where=m, initial=0))
print(np.add.reduce(a, axis=1, where=m), np.multiply.reduce(a, where=mm, axis=None))
print(np.maximum.reduce(a, axis=0, where=mm, initial=-5), np.logical_and.reduce(a, axis=1, where=m))
print(np.sum(a, axis=1, where=mm, keepdims=True))
print(np.mean(a, axis=0, where=mm, keepdims=True))
print(np.sum(a, where=[[True], [False], [True]], axis=0))
print(np.sum(a, where=True), np.sum(a, where=False), np.sum(a, where=1))
print(np.mean(a, where=np.zeros((3, 4), dtype=bool), axis=0))

i = np.arange(10, dtype=np.int32).reshape(2, 5)
print(np.sum(i, where=i % 2 == 0), np.sum(i, axis=1, where=i > 2).dtype, np.prod(i, where=i > 0, axis=0))
print(np.mean(i, where=i > 2), np.var(i, axis=1, where=i != 4), np.mean(i, axis=1, where=i > 7))
f = np.linspace(0, 1, 7, dtype=np.float32)
print(np.sum(f, where=f > 0.3), np.mean(f, where=f < 0.9).dtype, np.std(f, where=f > 0))

o = np.zeros(4)
r = np.sum(a, axis=0, where=m, out=o)
print(r is o, o)
o2 = np.full(3, 7.0)
np.mean(a, axis=1, where=mm, out=o2)
print(o2)

t = a[:, ::2]
print(np.sum(t, axis=0, where=[True, False]), np.sum(t.T, axis=1, where=[False, True, True]))

big = np.arange(1, 301, dtype=np.float64) / 7
print(np.sum(big, where=big > 5), np.sum(big.reshape(3, 100), axis=1, where=big.reshape(3, 100) < 30))

for bad in [lambda: np.max(a, where=m), lambda: np.maximum.reduce(a, where=m),
            lambda: np.sum(a, where=[True, False]), lambda: np.sum(a, where=np.array([1, 0, 1, 1])),
            lambda: np.min(a, axis=0, where=mm), lambda: np.sum(a, where=np.ones((2, 3, 4), bool))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
