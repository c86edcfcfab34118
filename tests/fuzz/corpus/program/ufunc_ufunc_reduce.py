# ufunc.reduce: axis (int, negative, tuple, None), keepdims, dtype, out, identities of empty input.
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

a = np.arange(12).reshape(3, 4)
t('add.reduce', lambda: np.add.reduce(a))
t('add axis 1', lambda: np.add.reduce(a, axis=1))
t('add axis -1', lambda: np.add.reduce(a, -1))
t('add axis None', lambda: np.add.reduce(a, axis=None))
t('add axis tuple', lambda: np.add.reduce(np.arange(24).reshape(2, 3, 4), axis=(0, 2)))
t('keepdims', lambda: np.add.reduce(a, axis=1, keepdims=True))
t('multiply', lambda: np.multiply.reduce(a + 1, axis=0))
t('subtract', lambda: np.subtract.reduce(a, axis=1))
t('divide', lambda: np.divide.reduce(np.array([100.0, 2.0, 5.0])))
t('maximum', lambda: np.maximum.reduce(a, axis=0))
t('minimum', lambda: np.minimum.reduce(a.T, axis=None))
t('logical_or', lambda: np.logical_or.reduce(a > 10, axis=1))
t('bitwise_xor', lambda: np.bitwise_xor.reduce(a, axis=0))
t('dtype float', lambda: np.add.reduce(a, dtype=np.float64))
t('dtype int8', lambda: np.add.reduce(np.array([100, 100, 100]), dtype=np.int8))
t('int8 default', lambda: np.add.reduce(np.array([100, 100], np.int8)))
t('bool add', lambda: np.add.reduce(np.array([True, True, False])))
t('uint8 multiply', lambda: np.multiply.reduce(np.array([16, 16, 2], np.uint8)))
o = np.zeros(4)
r = np.add.reduce(a, axis=0, out=o)
print('out', r is o, o)
t('empty add', lambda: np.add.reduce(np.zeros((0, 3), int), axis=0))
t('empty multiply', lambda: np.multiply.reduce(np.zeros(0)))
t('empty logical_and', lambda: np.logical_and.reduce(np.zeros(0)))
t('empty bitwise_and', lambda: np.bitwise_and.reduce(np.zeros(0, np.uint8)))
t('empty subtract', lambda: np.subtract.reduce(np.zeros(0)))
t('empty maximum', lambda: np.maximum.reduce(np.zeros((3, 0)), axis=1))
t('0d', lambda: np.add.reduce(np.array(5), axis=None))
t('0d axis 0', lambda: np.add.reduce(np.array(5)))
t('bad axis', lambda: np.add.reduce(a, axis=2))
t('dup axis', lambda: np.add.reduce(a, axis=(0, 0)))
t('list input', lambda: np.add.reduce([1, 2, 3]))
t('neg view', lambda: np.add.reduce(a[::-1, ::2], axis=1))
t('sqrt reduce', lambda: np.sqrt.reduce(a))
