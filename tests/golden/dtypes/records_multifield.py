# Multi-field views x[['a', 'b']] (NumPy >= 1.16: a view keeping the original offsets and
# itemsize, printed in dict form when fields are out of order or leave gaps), assignment
# through them (tuples, scalars, arrays), and their errors.
import numpy as np


def show(label, v):
    print('==', label)
    print(repr(v))
    print(v.dtype.names, v.dtype.itemsize, v.strides, v.shape, v.base is not None)
    print(v.dtype.fields)


def err(label, f):
    print('==', label)
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


x = np.zeros(3, dtype=[('a', 'i4'), ('b', 'f8'), ('c', 'U2')])
x['a'] = [1, 2, 3]
x['b'] = [0.5, 1.5, 2.5]
x['c'] = ['x', 'yz', '']
show('ab', x[['a', 'b']])
show('ca_reordered', x[['c', 'a']])
show('b_only', x[['b']])
show('all_in_order', x[['a', 'b', 'c']])
print(x[['a', 'c']].tolist())
print(x[['c', 'a']][1], x[['c', 'a']][1:].shape)
v = x[['c', 'a']]
v[0] = ('hi', 5)
v[1] = 7
print(x)
x[['a', 'b']] = (9, -1.0)
print(x)
x[['b', 'a']][2] = (4.25, 4)
print(x)
print(v['a'], v['c'])
show('of_view', v[['a']])

m = np.zeros((2, 2), dtype=[('p', 'i2'), ('q', 'f4'), ('r', 'u1')])
m['q'] = [[1, 2], [3, 4]]
show('2d', m[['r', 'q']])
show('2d_sliced', m[:, 1][['q']])

al = np.zeros(2, dtype=np.dtype([('a', 'i1'), ('b', 'f8'), ('c', 'i2')], align=True))
show('aligned', al[['b', 'c']])
print(al[['b', 'c']].dtype.isalignedstruct, al[['a', 'b', 'c']].dtype == al.dtype)

err('unknown', lambda: x[['a', 'zz']])
err('duplicate', lambda: x[['a', 'a']])
err('mixed', lambda: x[['a', 1]])
err('tuple', lambda: x[('a', 'b')])
err('set_unknown', lambda: x.__setitem__(['a', 'zz'], 1))
err('plain_array', lambda: np.arange(3)[['a']])
err('empty_list', lambda: print(repr(x[[]])))
