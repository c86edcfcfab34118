# order= of ufunc calls: the memory order of the results the ufunc allocates.
import numpy as np

g = np.asfortranarray(np.arange(12.0).reshape(3, 4))
c = np.arange(12.0).reshape(3, 4)
t = np.arange(24.0).reshape(2, 3, 4).transpose(1, 2, 0)
for order in ('K', 'C', 'F', 'A', 'k', 'c', None):
    kw = {} if order is None else {'order': order}
    print(order, np.add(g, 1, **kw).strides, np.add(c, 1, **kw).strides,
          np.add(g, c, **kw).strides, np.negative(t, **kw).strides,
          np.multiply(g, g, **kw).strides, np.add(np.arange(3.0), 1, **kw).strides)
    print('  ', np.add(g, c, **kw).flags['C_CONTIGUOUS'], np.sqrt(g, **kw)[2, 3])
q, r = np.divmod(g, 5, order='C')
print(q.strides, r.strides, q[2], r[2])
q, r = np.divmod(c, 5, order='F')
print(q.strides, r.strides)
print(np.add(1, 2, order='F'), np.add(g, 1, order='C', dtype=np.float32).strides)
out = np.zeros((3, 4), order='F')
print(np.add(c, 1, order='C', out=out).strides)
for bad in ('X', 'CF', 3):
    try:
        np.add(g, 1, order=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
