# Power: integer, float, mixed, integers to negative powers raise ValueError.
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

a = np.array([0, 1, 2, 3, -2])
t('a**2', lambda: a ** 2)
t('a**0', lambda: a ** 0)
t('2**a', lambda: 2 ** np.array([0, 1, 10, 62]))
t('a**a', lambda: a ** np.array([0, 3, 4, 2, 3]))
t('a**-1', lambda: a ** -1)
t('a**neg array', lambda: np.array([2, 3]) ** np.array([1, -1]))
t('np.power 2,-1', lambda: np.power(2, -1))
t('a**0.5', lambda: np.array([4, 9, 2]) ** 0.5)
t('a**2.0', lambda: a ** 2.0)
t('float**-1', lambda: np.array([2.0, 4.0, 0.0]) ** -1)
t('neg**0.5', lambda: np.array([-4.0]) ** 0.5)
t('0**0 float', lambda: np.array([0.0]) ** 0.0)
t('inf**0', lambda: np.array([np.inf, np.nan]) ** 0)
t('1**nan', lambda: np.array([1.0]) ** np.nan)
t('uint8**', lambda: np.array([2, 3, 16], np.uint8) ** np.array([7, 5, 2], np.uint8))
t('int8 wrap', lambda: np.array([2, 3], np.int8) ** 8)
t('bool**bool', lambda: np.array([True, False]) ** np.array([False, True]))
t('float32**2', lambda: np.array([1.5, 3.0], np.float32) ** 2)
t('float32**float32', lambda: np.array([4.0], np.float32) ** np.array([0.5], np.float32))
t('int16**int8', lambda: np.array([3], np.int16) ** np.array([3], np.int8))
t('uint64', lambda: np.array([3], np.uint64) ** 40)
t('np.power float', lambda: np.power([2, 3], 0.5))
t('int64 min', lambda: np.array([-2]) ** 63)
t('int neg 0d', lambda: np.array(2) ** np.array(-2))
