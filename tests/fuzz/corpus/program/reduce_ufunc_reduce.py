# ufunc.reduce / ufunc.accumulate methods behind the reductions: add, multiply, maximum,
# minimum, logical_and/or, subtract (no reorder); axis, keepdims, dtype, out, identity errors.
import numpy as np

a = np.arange(1, 13).reshape(3, 4)
print(np.add.reduce(a), np.add.reduce(a, axis=1), np.add.reduce(a, axis=None), np.add.reduce(a, axis=(0, 1)))
print(np.multiply.reduce(a, axis=0), np.maximum.reduce(a, axis=1), np.minimum.reduce(a, axis=None))
print(np.subtract.reduce(a, axis=1), np.subtract.reduce(np.array([10.0, 1.0, 2.0, 3.0])))
print(np.logical_and.reduce(a > 2, axis=0), np.logical_or.reduce(a > 11, axis=1))
print(np.add.reduce(a, axis=0, keepdims=True), np.add.reduce(a, axis=0, dtype=np.float64))
print(np.add.reduce(np.array([True, True])), np.add.reduce(np.array([100, 100], dtype=np.int8)))
print(np.add.accumulate(a, axis=0), np.subtract.accumulate(np.array([10, 1, 2])))
print(np.add.reduce([]), np.multiply.reduce([]))
try:
    np.maximum.reduce([])
except Exception as e:
    print(type(e).__name__, e)
try:
    np.add.reduce(a, axis=3)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.add.accumulate(np.array(3))
except Exception as e:
    print(type(e).__name__, e)
