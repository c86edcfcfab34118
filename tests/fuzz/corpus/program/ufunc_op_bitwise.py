# Bitwise & | ^ on ints and bools (mixed and with Python scalars); floats have no loop.
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

a = np.array([12, 10, -1, 0])
b = np.array([10, 6, 5, -3])
t('a&b', lambda: a & b)
t('a|b', lambda: a | b)
t('a^b', lambda: a ^ b)
t('a&7', lambda: a & 7)
t('7|a', lambda: 7 | a)
t('a^-1', lambda: a ^ -1)
x = np.array([True, True, False])
y = np.array([True, False, False])
t('x&y', lambda: x & y)
t('x|y', lambda: x | y)
t('x^y', lambda: x ^ y)
t('x&True', lambda: x & True)
t('x|1', lambda: x | 1)
t('x^a3', lambda: x ^ np.array([1, 2, 3]))
t('u8&i8', lambda: np.array([255, 128], np.uint8) & np.array([-1, 127], np.int8))
t('u16|u8', lambda: np.array([256], np.uint16) | np.array([1], np.uint8))
t('u64^', lambda: np.array([-1]).astype(np.uint64) ^ np.array([1], np.uint64))
t('np.bitwise_and', lambda: np.bitwise_and(12, 10))
t('np.bitwise_or', lambda: np.bitwise_or([1, 2], [4, 4]))
t('np.bitwise_xor', lambda: np.bitwise_xor(np.array([5], np.int32), 1))
t('float &', lambda: np.array([1.0]) & 1)
t('int | float', lambda: np.array([1]) | 1.5)
t('i64 & u64', lambda: np.array([1]) & np.array([1], np.uint64))
t('and.reduce', lambda: np.bitwise_and.reduce(np.array([7, 6, 14])))
t('or.reduce', lambda: np.bitwise_or.reduce(np.array([1, 2, 8], np.uint8)))
t('xor.reduce bool', lambda: np.bitwise_xor.reduce(np.array([True, True, True])))
