# maximum minimum fmax fmin: dtypes, broadcasting, mixed kinds, scalars, reductions.
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

a = np.array([1, 5, 3, -2])
b = np.array([4, 2, 3, -7])
t('maximum', lambda: np.maximum(a, b))
t('minimum', lambda: np.minimum(a, b))
t('fmax int', lambda: np.fmax(a, b))
t('fmin int', lambda: np.fmin(a, b))
t('maximum scalar', lambda: np.maximum(a, 2))
t('minimum float scalar', lambda: np.minimum(a, 2.5))
t('maximum bcast', lambda: np.maximum(np.arange(3)[:, None], np.arange(4)))
t('maximum bool', lambda: np.maximum(np.array([True, False]), np.array([False, False])))
t('minimum int8 uint8', lambda: np.minimum(np.array([-1, 100], np.int8), np.array([200, 50], np.uint8)))
t('maximum int64 uint64', lambda: np.maximum(np.array([-1, 5]), np.array([3, 2], np.uint64)))
t('maximum f32', lambda: np.maximum(np.array([1.5, -2.5], np.float32), 0))
t('maximum scalars', lambda: np.maximum(3, 7.5))
t('minimum inf', lambda: np.minimum(np.array([np.inf, -np.inf]), 0))
t('maximum.reduce', lambda: np.maximum.reduce(np.array([[1, 9], [8, 2]]), axis=1))
t('minimum.reduce', lambda: np.minimum.reduce(np.array([[1, 9], [8, 2]]), axis=0))
t('maximum.accumulate', lambda: np.maximum.accumulate(np.array([1, 3, 2, 5, 4])))
t('fmin.accumulate', lambda: np.fmin.accumulate(np.array([3.0, np.nan, 1.0, np.nan])))
t('maximum out', lambda: np.maximum(a, b, out=np.zeros(4)))
