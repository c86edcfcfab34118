# The @ operator and np.matmul: 1-d/2-d/stacked operands, dtypes, core-dimension mismatch.
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
b = np.arange(3)
t('a@b', lambda: a @ b)
t('b@a.T', lambda: b @ a.T)
t('a@a.T', lambda: a @ a.T)
t('b@b', lambda: b @ b)
t('float', lambda: a @ np.array([0.5, 1.0, -1.0]))
t('stack', lambda: np.arange(12).reshape(2, 2, 3) @ np.ones((3, 2), dtype=np.int32))
t('bool', lambda: np.array([[True, False], [True, True]]) @ np.array([[True, False], [False, False]]))
t('int8', lambda: np.array([[100, 100]], np.int8) @ np.array([[1], [1]], np.int8))
t('np.matmul', lambda: np.matmul([[1, 2], [3, 4]], [[5], [6]]))
t('mismatch', lambda: a @ np.arange(2))
t('mismatch 2d', lambda: a @ a)
t('scalar', lambda: a @ 2)
t('list', lambda: [1, 2, 3] @ b)
