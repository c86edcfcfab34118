# argmin/argmax: first occurrence on ties, NaN wins (first NaN), axis=None flattens in C
# order, negative axes, keepdims, out=, bool/int/float dtypes, strided inputs.
import numpy as np

a = np.array([[3, 9, 1, 9], [7, 2, 2, 0], [5, 9, 8, 0]])
print(a.argmax(), a.argmin(), np.argmax(a, axis=0), np.argmin(a, axis=0), a.argmax(axis=1), a.argmin(axis=-1))
print(np.argmax(a, axis=1, keepdims=True), np.argmax(a, keepdims=True), np.argmin(a, axis=0, keepdims=True).shape)
print(type(a.argmax()).__name__, np.argmax(a, axis=0).dtype)
print(np.argmax(a.T), np.argmax(np.asfortranarray(a)), np.argmin(a[:, ::-1]), np.argmax(a[::-1], axis=0))
n = np.array([1.0, np.nan, 5.0, np.nan])
print(n.argmax(), n.argmin(), np.argmax(np.array([2.0, 1.0, np.nan])), np.argmin(np.array([-np.inf, np.nan])))
print(np.argmax(np.array([np.inf, 1.0, np.inf])), np.argmin(np.array([-0.0, 0.0])), np.argmax(np.array([0.0, -0.0])))
print(np.argmax([True, False, True]), np.argmin(np.array([True, True, False, False])), np.argmax(np.zeros(4, dtype=bool)))
print(np.argmax(np.array([1, 255, 3, 255], dtype=np.uint8)), np.argmin(np.array([-128, 5, -128], dtype=np.int8)))
print(np.argmax([[1, 2], [5, 0]]), np.argmax(5), np.argmin(3.5))
o = np.zeros(4, dtype=np.int64)
print(np.argmax(a, axis=0, out=o) is o, o)
m = np.array([[1.0, np.nan, 3.0], [np.nan, np.nan, 0.0]])
print(np.argmax(m, axis=1), np.argmin(m, axis=0), np.argmax(m))
try:
    np.argmax(a, axis=2)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.argmax(a, axis=(0, 1))
except Exception as e:
    print(type(e).__name__, e)
try:
    np.argmax(a, axis=0, out=np.zeros(3, dtype=np.int64))
except Exception as e:
    print(type(e).__name__, e)
try:
    np.argmin(np.array([]))
except Exception as e:
    print(type(e).__name__, e)
try:
    np.argmax(np.zeros((0, 3)), axis=0)
except Exception as e:
    print(type(e).__name__, e)
print(np.argmax(np.zeros((0, 3)), axis=1), np.argmax(np.zeros((3, 0)), axis=0))
