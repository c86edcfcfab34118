# Inputs that are non-contiguous, negative-stride, transposed, broadcast or overlapping views.
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

def info(label, r):
    print(label, repr(r), r.shape, r.strides, r.flags['C_CONTIGUOUS'], r.flags['F_CONTIGUOUS'])
a = np.arange(12).reshape(3, 4)
info('step', a[:, ::2] + 1)
info('neg', a[::-1] * 2)
info('neg both', a[::-1, ::-1] - a)
info('T', a.T + 0)
info('T + T', a.T * a.T)
info('col view', a[:, 1:2] + a[1])
info('neg + T', a[::-1].T + a.T)
info('1d neg', np.arange(5)[::-1] + np.arange(5))
info('step 3', np.arange(10)[::3] ** 2)
info('overlap', a[0, :3] + a[0, 1:])
info('bcast_to', np.broadcast_to(np.arange(4), (3, 4)) + a)
info('stride0 view', np.broadcast_to(np.array([[1], [2], [3]]), (3, 4)) * a)
f = np.arange(12.0).reshape(3, 4)[::2, 1::2]
info('float view', np.sqrt(f))
info('float view cmp', f > 5)
info('unary neg view', -a[::-1, 1])
info('F view', np.asfortranarray(a)[:, 1:] + 1)
b = a.astype(np.int8)[:, ::-2]
info('int8 view', b * b)
