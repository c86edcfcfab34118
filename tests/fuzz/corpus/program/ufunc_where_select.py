# np.where(cond, x, y): promotion, broadcasting, Python scalars (weak), non-bool conditions; one-argument form.
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

c = np.array([True, False, True, False])
t('arrays', lambda: np.where(c, np.arange(4), np.arange(10, 14)))
t('scalars', lambda: np.where(c, 1, 0))
t('int float', lambda: np.where(c, 1, 2.5))
t('int8 arr, py int', lambda: np.where(c, np.array([1, 2, 3, 4], np.int8), 0))
t('f32 arr, py float', lambda: np.where(c, np.ones(4, np.float32), 0.5))
t('int8 uint8', lambda: np.where(c, np.ones(4, np.int8), np.zeros(4, np.uint8)))
t('int64 float32', lambda: np.where(c, np.ones(4, np.int64), np.zeros(4, np.float32)))
t('bool bool', lambda: np.where(c, True, False))
t('bcast', lambda: np.where(np.arange(3)[:, None] > np.arange(3), np.arange(3), -1))
t('int cond', lambda: np.where(np.array([0, 1, -2, 0]), 'a' == 'a', 0))
t('float cond nan', lambda: np.where(np.array([0.0, np.nan, 2.0]), 1, 2))
t('scalar cond', lambda: np.where(True, np.arange(3), 7))
t('0d', lambda: np.where(np.array(False), 1.5, 2))
a = np.arange(12).reshape(3, 4)
t('clamp', lambda: np.where(a > 5, a, 0))
t('T', lambda: np.where(a.T % 2 == 0, a.T, -a.T))
t('one arg', lambda: np.where(np.array([0, 3, 0, 4])))
t('one arg 2d', lambda: np.where(a % 5 == 0))
t('mismatch', lambda: np.where(c, np.arange(3), 1))
t('only x', lambda: np.where(c, 1))
t('empty', lambda: np.where(np.zeros((0,), bool), 1, 2))
