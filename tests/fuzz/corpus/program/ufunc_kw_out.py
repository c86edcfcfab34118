# out=: keyword, positional, 1-tuple, views, wider dtypes, identity of the returned object.
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

a = np.arange(6).reshape(2, 3)
o = np.zeros((2, 3), dtype=np.int64)
r = np.add(a, 10, out=o)
print('kw', r is o, o)
o2 = np.zeros((2, 3))
r = np.multiply(a, 2, o2)
print('positional float out', r is o2, o2)
o3 = np.zeros((2, 3), dtype=np.int32)
r = np.subtract(a, 1, out=(o3,))
print('tuple', r is o3, o3)
big = np.zeros((4, 6))
r = np.add(a, 0.5, out=big[::2, ::2])
print('view out', big)
print('returned', repr(r))
u = np.zeros(3)
r = np.sqrt(np.array([4, 9, 16]), out=u)
print('unary', r is u, u)
c = np.zeros(3, dtype=np.float32)
np.divide(np.arange(3), 4, out=c)
print('f32 out', repr(c))
d = np.zeros(3, dtype=np.int8)
np.add(np.arange(3, dtype=np.int16), 1, out=d)
print('int16->int8 same kind', repr(d))
e = np.ones(3, dtype=bool)
np.less(np.arange(3), 1, out=e)
print('bool out', e)
f = np.zeros(3)
np.less(np.arange(3), 1, out=f)
print('cmp into float', f)
g = np.zeros((2, 3), order='F')
np.add(a, a, out=g)
print('F out', g, g.strides)
h = np.zeros(())
np.add(np.array(1.5), 2, out=h)
print('0d out', repr(h))
t('out=None', lambda: np.add(a, 1, out=None))
t('out list', lambda: np.add(a, 1, out=[0, 0]))
t('out twice', lambda: np.add(a, 1, o, out=o))
t('out readonly', lambda: np.add(np.arange(3), 1, out=np.broadcast_to(np.zeros(3, int), (3,))))
t('out 2-tuple', lambda: np.add(a, 1, out=(o, o)))
