# In-place operations whose output overlaps their inputs: NumPy's results (as if inputs were copied).
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

a = np.arange(9).reshape(3, 3)
a += a.T
print('a+=a.T', a)
b = np.arange(6)
b[1:] += b[:-1]
print('b[1:]+=b[:-1]', b)
c = np.arange(6)
c[:-1] += c[1:]
print('c[:-1]+=c[1:]', c)
d = np.arange(6)
d += d[::-1]
print('d+=d[::-1]', d)
e = np.arange(6.0)
np.multiply(e[::2], e[1::2], out=e[1::2])
print('mul out view', e)
f = np.arange(8)
np.add(f[2:], f[:-2], out=f[2:])
print('add shifted', f)
g = np.arange(9).reshape(3, 3)
np.subtract(g, g.T, out=g)
print('g-g.T', g)
h = np.arange(5)
h[::2] *= h[:3]
print('h[::2]*=h[:3]', h)
k = np.arange(4)
np.negative(k[::-1], out=k)
print('neg reversed', k)
m = np.arange(10)
m[2:7] = m[2:7] + m[0:5]
print('setitem', m)
n = np.arange(6.0).reshape(2, 3)
np.sqrt(n, out=n)
print('sqrt inplace', n)
p = np.arange(4)
p += p
print('p+=p', p)
q = np.arange(9).reshape(3, 3)
q[:, 1:] -= q[:, :-1]
print('q cols', q)
r = np.arange(6)
np.add(r[:3], r[:3].copy(), out=r[3:])
print('disjoint', r)
s = np.arange(5)
np.maximum(s[::-1], s, out=s)
print('max rev', s)
