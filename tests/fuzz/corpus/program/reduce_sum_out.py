# out= for reductions: results cast into out, out returned, shape/ndim errors.
import numpy as np

a = np.arange(12).reshape(3, 4)
o = np.zeros(4)
r = np.sum(a, axis=0, out=o)
print(r is o, o, o.dtype)
o2 = np.zeros(3, dtype=np.int32)
print(a.sum(axis=1, out=o2), o2.dtype)
o3 = np.zeros((3, 1))
print(a.sum(axis=1, keepdims=True, out=o3) is o3, o3)
o4 = np.zeros(3, dtype=np.int8)
print(np.sum(a * 20, axis=1, out=o4), o4)
f = np.array([[1.5, 2.5], [3.25, 4.0]])
oi = np.zeros(2, dtype=np.int64)
print(np.sum(f, axis=0, out=oi), oi)
om = np.zeros(4)
print(np.max(a, axis=0, out=om), np.min(a, axis=0, out=np.zeros(4, np.int64)))
print(np.prod(a + 1, axis=1, out=np.zeros(3)))
print(np.mean(a, axis=0, out=np.zeros(4)))
print(np.mean(a, axis=1, out=np.zeros(3, dtype=np.float32)))
print(np.all(a, axis=0, out=np.zeros(4, dtype=bool)), np.any(a, axis=1, out=np.ones(3)))
for bad in [np.zeros(3), np.zeros((4, 1)), np.zeros(5), np.zeros((1, 4))]:
    try:
        np.sum(a, axis=0, out=bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    np.sum(a, axis=0, keepdims=True, out=np.zeros(4))
except Exception as e:
    print(type(e).__name__, e)
ro = np.zeros(4)
ro.flags.writeable = False
try:
    np.sum(a, axis=0, out=ro)
except Exception as e:
    print(type(e).__name__, e)
z = np.zeros(())
print(np.sum(a, out=z), z, np.sum(a, out=z) is z)
c = np.array([[1.0, 2.0], [3.0, 4.0]])
np.sum(c, axis=0, out=c[0])
print(c)
