# cumsum/cumprod: functions and methods, axis=None flattens (C order), axes, dtype=, out=,
# accumulator dtypes, empty, 0-d, F-ordered input.
import numpy as np

a = np.arange(1, 13).reshape(3, 4)
print(np.cumsum(a), a.cumsum(axis=0), a.cumsum(axis=1), np.cumprod(a, axis=-1), a.cumprod())
print(np.cumsum(a, dtype=np.float32), np.cumsum(a, axis=0, dtype=np.int8).dtype)
for dt in ['bool', 'int8', 'uint16', 'int32', 'float32']:
    x = np.array([1, 1, 0, 1], dtype=dt)
    print(dt, x.cumsum(), x.cumsum().dtype, x.cumprod(), x.cumprod().dtype)
f = np.asfortranarray(a)
r = f.cumsum(axis=0)
print(r, r.flags['F_CONTIGUOUS'], np.cumsum(f).tolist())
print(np.cumsum([]), np.cumsum(np.zeros((0, 3)), axis=0).shape, np.cumsum(5), np.cumprod(2.5))
o = np.zeros((3, 4))
print(np.cumsum(a, axis=0, out=o) is o, o)
x = np.array([0.1] * 20)
print(np.cumsum(x).tolist())
print(np.cumsum(a[::-1, ::2], axis=1), np.cumsum(np.array([np.nan, 1.0, 2.0])))
try:
    np.cumsum(a, axis=2)
except Exception as e:
    print(type(e).__name__, e)
for o in [np.zeros((3, 5)), np.zeros((2, 4))]:
    try:
        np.cumsum(a, axis=0, out=o)
    except Exception as e:
        print(type(e).__name__, e)
for o in [np.zeros((3, 4)), np.zeros(11)]:
    try:
        np.cumsum(a * 1.0, out=o)
    except Exception as e:
        print(type(e).__name__, e)
print(np.cumsum(a, out=np.zeros(12)))
print(np.add.accumulate(a, axis=1), np.multiply.accumulate(np.array([1, 2, 3, 4])))
print(np.maximum.accumulate(np.array([1, 3, 2, 5, 4])))
