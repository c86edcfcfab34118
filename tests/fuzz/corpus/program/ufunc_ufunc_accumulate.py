# ufunc.accumulate: axis, dtype, out, non-contiguous inputs, errors.
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

a = np.arange(1, 7).reshape(2, 3)
t('add', lambda: np.add.accumulate(np.arange(5)))
t('add axis0', lambda: np.add.accumulate(a))
t('add axis1', lambda: np.add.accumulate(a, axis=1))
t('add axis -1', lambda: np.add.accumulate(a, -1))
t('multiply', lambda: np.multiply.accumulate(a, axis=1))
t('subtract', lambda: np.subtract.accumulate(np.array([10, 1, 2, 3])))
t('divide', lambda: np.divide.accumulate(np.array([1.0, 2.0, 4.0])))
t('maximum', lambda: np.maximum.accumulate(np.array([3, 1, 4, 1, 5, 9, 2, 6])))
t('minimum f', lambda: np.minimum.accumulate(np.array([3.5, 1.5, 4.0, 0.5])))
t('logical_and', lambda: np.logical_and.accumulate(np.array([True, True, False, True])))
t('bool add', lambda: np.add.accumulate(np.array([True, True, False])))
t('int8 add', lambda: np.add.accumulate(np.array([100, 100, 100], np.int8)))
t('dtype', lambda: np.add.accumulate(np.array([100, 100, 100], np.int8), dtype=np.int64))
t('dtype float', lambda: np.multiply.accumulate(np.arange(1, 5), dtype=np.float32))
o = np.zeros((2, 3))
r = np.add.accumulate(a, axis=1, out=o)
print('out', r is o, o)
t('view', lambda: np.add.accumulate(np.arange(10)[::-3]))
t('T', lambda: np.add.accumulate(a.T, axis=0))
t('empty', lambda: np.add.accumulate(np.zeros((0, 2)), axis=0))
t('0d', lambda: np.add.accumulate(np.array(3)))
t('bad axis', lambda: np.add.accumulate(a, axis=2))
t('unary', lambda: np.negative.accumulate(a))
t('list', lambda: np.add.accumulate([1, 2, 3]))
