# logical_and/or/xor/not on bools, ints, floats (nan is true), scalars and broadcasting.
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

b1 = np.array([True, True, False, False])
b2 = np.array([True, False, True, False])
t('and', lambda: np.logical_and(b1, b2))
t('or', lambda: np.logical_or(b1, b2))
t('xor', lambda: np.logical_xor(b1, b2))
t('not', lambda: np.logical_not(b1))
i = np.array([0, 1, -2, 0])
f = np.array([0.0, np.nan, 0.5, -0.0])
t('and int', lambda: np.logical_and(i, f))
t('or int', lambda: np.logical_or(i, f))
t('xor int', lambda: np.logical_xor(i, 3))
t('not float', lambda: np.logical_not(f))
t('not int', lambda: np.logical_not(i))
t('and scalar', lambda: np.logical_and(1, 0))
t('or scalars', lambda: np.logical_or(0.0, 2))
t('not scalar', lambda: np.logical_not(0))
t('broadcast', lambda: np.logical_and(np.array([[True], [False]]), b1))
t('uint8', lambda: np.logical_xor(np.array([0, 255], np.uint8), np.array([1, 1], np.int8)))
t('out', lambda: np.logical_or(b1, b2, out=np.zeros(4, dtype=bool)))
t('and.reduce', lambda: np.logical_and.reduce(np.array([[1, 0], [1, 1]]), axis=0))
t('or.reduce', lambda: np.logical_or.reduce(np.array([0.0, 0.0, 0.5])))
t('mismatch', lambda: np.logical_and(b1, np.array([True, False, True])))
