# ufunc.at: unbuffered in-place operation, repeated indices apply repeatedly.
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

a = np.zeros(5, dtype=int)
np.add.at(a, [0, 1, 1, 3, 3, 3], 1)
print('add.at repeat', a)
b = np.arange(5)
np.add.at(b, [0, 0, 4], [10, 20, 30])
print('add.at values', b)
c = np.ones(4)
np.multiply.at(c, [1, 1, 2], 3)
print('multiply.at', c)
d = np.arange(6).reshape(2, 3)
np.add.at(d, (np.array([0, 1, 1]), np.array([0, 2, 2])), 100)
print('2d tuple', d)
e = np.arange(6).reshape(2, 3)
np.add.at(e, 1, 10)
print('row', e)
f = np.arange(5)
np.subtract.at(f, [-1, -1, 0], 1)
print('negative idx', f)
g = np.arange(5)
np.negative.at(g, [0, 2, 2])
print('unary twice', g)
h = np.arange(6.0)
np.add.at(h, slice(None, None, 2), 0.5)
print('slice', h)
k = np.arange(5)
np.add.at(k, np.array([True, False, True, False, False]), 7)
print('bool mask', k)
m = np.array([5, 5, 5])
np.maximum.at(m, [0, 1], [3, 9])
print('maximum.at', m)
n = np.zeros(3, dtype=np.int8)
np.add.at(n, [0, 0, 0], 100)
print('int8 wrap', n)
p = np.zeros((2, 2))
np.add.at(p, [0, 0, 1], np.array([[1.0, 2.0]]))
print('bcast values', p)
t('out of bounds', lambda: np.add.at(np.zeros(3), [5], 1))
t('missing b', lambda: np.add.at(np.zeros(3), [0]))
q = np.zeros(3, dtype=int)
np.add.at(q, [0, 0], 1.5)
print('unsafe cast', q)
r = np.ones(3, dtype=np.uint8)
np.multiply.at(r, [1], 2.6)
print('unsafe cast uint8', r)
t('not array', lambda: np.add.at([1, 2, 3], [0], 1))
