# True division: ints divide in float64, float32 stays float32, division by zero gives inf/nan.
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

a = np.array([1, 2, 3, -7])
t('a/2', lambda: a / 2)
t('a/a', lambda: a / a)
t('2/a', lambda: 2 / a)
t('a/0', lambda: a / 0)
t('a/0.0', lambda: a / 0.0)
t('zero/zero', lambda: np.array([0, 0]) / np.array([0, 1]))
t('-a/0', lambda: -a / np.zeros(4))
t('int8/int8', lambda: np.array([1, 2], np.int8) / np.array([3, 4], np.int8))
t('uint64/int64', lambda: np.array([7], np.uint64) / np.array([2]))
t('bool/bool', lambda: np.array([True, False]) / np.array([True, True]))
t('f32/f32', lambda: np.array([1, 2], np.float32) / np.array([3, 3], np.float32))
t('f32/3', lambda: np.array([1, 2], np.float32) / 3)
t('f32/int16', lambda: np.array([1, 2], np.float32) / np.array([3, 3], np.int16))
t('f32/int32', lambda: np.array([1, 2], np.float32) / np.array([3, 3], np.int32))
t('np.divide', lambda: np.divide([1, 2], 4))
t('np.true_divide', lambda: np.true_divide(7, 2))
t('divide 0d', lambda: np.divide(np.array(1.0), 0))
t('inf/inf', lambda: np.array([np.inf, -np.inf, 1.0]) / np.array([np.inf, 2.0, np.inf]))
