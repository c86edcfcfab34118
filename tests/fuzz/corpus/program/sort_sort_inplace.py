# ndarray.sort in place: returns None, works on views (writes through), axes, kinds,
# read-only arrays raise, 0-d raises.
import numpy as np

a = np.array([[5, 2, 8], [1, 9, 3]])
print(a.sort(), a)
a.sort(axis=0)
print(a)
b = np.array([4, 1, 3, 2, 0, 5])
v = b[::2]
v.sort()
print(b, v)
c = np.arange(12)[::-1].reshape(3, 4)
c.sort(axis=None) if False else c.sort(axis=-1)
print(c)
d = np.array([3.0, np.nan, 1.0])
d.sort(kind='stable')
print(d)
e = np.array([2, 1, 3])
e.flags.writeable = False
try:
    e.sort()
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    np.array(5).sort()
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    a.sort(axis=2)
except Exception as ex:
    print(type(ex).__name__, ex)
f = np.asfortranarray(np.array([[3, 1], [2, 4]]))
f.sort(axis=0)
print(f, f.flags['F_CONTIGUOUS'])
