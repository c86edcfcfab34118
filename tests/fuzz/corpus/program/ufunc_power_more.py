# np.power and ** with dtype=, out=, mixed kinds, 0-d exponents and the negative-power error in reductions.
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

t('dtype float', lambda: np.power(np.array([2, 3]), -1, dtype=np.float64))
t('float exp arr', lambda: np.power(2.0, np.array([-1, 0, 1])))
t('int base float arr', lambda: np.power(2, np.array([0.5, -1.0])))
t('out float', lambda: np.power(np.array([2, 3]), 2, out=np.zeros(2)))
t('0d exp', lambda: np.arange(4) ** np.array(2))
t('int8 ** uint8', lambda: np.array([2], np.int8) ** np.array([3], np.uint8))
t('uint8 ** -1', lambda: np.array([2], np.uint8) ** np.array([-1], np.int8))
t('bool ** -1', lambda: np.array([True]) ** -1)
t('1 ** -1', lambda: np.array([1, -1]) ** -1)
t('power.reduce', lambda: np.power.reduce(np.array([2, 3, 2])))
t('power.accumulate', lambda: np.power.accumulate(np.array([2.0, 3.0, 0.5])))
t('neg ** frac', lambda: np.array([-8.0]) ** (1.0 / 3.0))
t('masked neg', lambda: np.power(np.array([2, 3]), np.array([-1, 2]), out=np.zeros(2, int), where=np.array([False, True])))
t('f32 ** int', lambda: np.array([2.0], np.float32) ** np.array([3]))
t('f32 ** 0.5', lambda: np.array([2.0], np.float32) ** 0.5)
