# In-place operators through views write into the base; dtype of the target is kept (same_kind).
import numpy as np


def show(label, x):
    # arrays print their repr (dtype included when not the default); scalars str + dtype
    if isinstance(x, np.ndarray):
        print(label, repr(x))
    else:
        print(label, 'scalar', x, x.dtype)


def t(label, f):
    try:
        show(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

a = np.arange(10)
v = a[::2]
v *= 10
print('a', a)
v2 = a.reshape(2, 5)
v2[:, 0] += 100
print('a', a)
b = np.zeros((3, 4))
b[1] += np.arange(4)
b[:, 2] -= 1
b.T[0] = 7
print(b)
c = np.arange(4, dtype=np.int8)
c += np.int8(100)
c += 100
print('int8 wrap', c)
d = np.arange(3, dtype=np.float32)
d += np.arange(3)
d *= 0.5
print('f32 keep', d, d.dtype)
e = np.arange(3)
try:
    e += 1.5
except Exception as ex:
    print('int += float', isinstance(ex, TypeError), ex)
print(e)
try:
    e /= 2
except Exception as ex:
    print('int /= 2', isinstance(ex, TypeError), ex)
e //= 2
print('//=', e)
f = np.arange(4, dtype=np.uint8)
f -= 1
print('uint8 -= 1', f)
g = np.ones(3, dtype=bool)
g &= np.array([True, False, True])
g |= np.array([False, False, True])
g ^= True
print('bool ops', g)
try:
    g += 1
except Exception as ex:
    print('bool += 1', isinstance(ex, TypeError), ex)
h = np.arange(6).reshape(2, 3)
row = h[0]
row <<= 2
h[1] **= 2
h %= 7
print(h)
x = np.array(5)
x += 1
print('0d', repr(x))
ro = np.arange(3)
ro.flags.writeable = False
try:
    ro += 1
except Exception as ex:
    print('readonly', type(ex).__name__, ex)
