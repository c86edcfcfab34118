# Comparisons and arithmetic near the limits of int64/uint64/float64 precision (exact integer compares).
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

big = np.array([9007199254740993, 9007199254740992, -9007199254740993])
t('== float', lambda: big == 9007199254740992.0)
t('== int', lambda: big == 9007199254740992)
t('< float arr', lambda: big < np.array([9007199254740992.0, 9007199254740992.0, 0.0]))
t('int64 max == float', lambda: np.array([9223372036854775807]) == 9.223372036854776e18)
t('int64 max < max', lambda: np.array([9223372036854775806]) < np.array([9223372036854775807]))
u = np.array([-1, -2]).astype(np.uint64)
t('u64 max', lambda: u)
t('u64 == u64', lambda: u == np.array([-1, -1]).astype(np.uint64))
t('u64 > int64', lambda: u > np.array([9223372036854775807, 9223372036854775807]))
t('u64 - 1', lambda: u - 1)
t('u64 // 2', lambda: u // 2)
t('u64 % 10', lambda: u % 10)
t('u64 >> 60', lambda: u >> 60)
t('u64 + u64 wrap', lambda: u + u)
t('u64 / 2', lambda: u / 2)
t('u64 max maximum', lambda: np.maximum(u, np.array([1, 2], np.uint64)))
t('float big', lambda: np.array([1e308, -1e308]) * 1.5)
t('int64 + float', lambda: np.array([9007199254740993]) + 0.0)
t('int32 == float32', lambda: np.array([16777217], np.int32) == np.array([16777216.0], np.float32))
