# Broadcasting: 0-d, scalars, (3,1)+(4,), leading axes, results' shapes and strides.
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
    print(label, repr(r), r.shape, r.strides)
a = np.arange(3).reshape(3, 1)
b = np.arange(4)
info('(3,1)+(4,)', a + b)
info('(4,)+(3,1)', b + a)
info('(3,1)*(1,4)', a * b.reshape(1, 4))
info('0d+1d', np.array(10) + b)
info('1d+0d', b - np.array(1.5))
info('0d+0d', np.array(2) * np.array([[3]]))
info('(2,1,3)+(4,1)', np.ones((2, 1, 3), int) + np.arange(4).reshape(4, 1))
info('(1,)+(5,)', np.array([100]) + np.arange(5))
info('scalar 2d', np.arange(6).reshape(2, 3) * 2)
info('F order', np.asfortranarray(np.arange(6).reshape(2, 3)) + 1)
info('F + C', np.asfortranarray(np.arange(6).reshape(2, 3)) + np.arange(6).reshape(2, 3))
info('T + col', np.arange(6).reshape(2, 3).T + np.arange(3).reshape(3, 1))
info('bcast view', np.broadcast_to(np.arange(3), (2, 3)) * 2)
t('3-op where', lambda: np.add(np.arange(3), 1, where=np.array([[True], [False]]), out=np.zeros((2, 3), int)))
t('np.add 0d', lambda: np.add(np.array(1), np.array(2)))
t('list of lists', lambda: np.multiply([[1], [2]], [3, 4]))
