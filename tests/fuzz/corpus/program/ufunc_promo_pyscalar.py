# Python bool/int/float operands are weak (NEP 50): they take the array's dtype within its kind.
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

DTS = [np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64,
       np.float32, np.float64]
for d in DTS:
    a = np.ones(2, d)
    print(np.dtype(d).name, (a + True).dtype, (a + 1).dtype, (a * 2.5).dtype, (True - a if d != np.bool_ else a).dtype,
          (3 // a).dtype, (a ** 3).dtype, (a / 2).dtype, (a < 1.5).dtype, np.maximum(a, 1).dtype)
t('int8 + 1', lambda: np.array([126, 127], np.int8) + 1)
t('uint8 - 1', lambda: np.array([0, 1], np.uint8) - 1)
t('uint8 * 2', lambda: np.array([200], np.uint8) * 2)
t('int16 * 1.5', lambda: np.array([3], np.int16) * 1.5)
t('f32 + 0.1', lambda: np.array([1.0], np.float32) + 0.1)
t('f32 * 1e20', lambda: np.array([1e20], np.float32) * 1e10)
t('bool + 1', lambda: np.array([True, False]) + 1)
t('bool * 1.5', lambda: np.array([True, False]) * 1.5)
t('bool & True', lambda: np.array([True, False]) & True)
t('int32 & 255', lambda: np.array([1000], np.int32) & 255)
t('uint32 + 1', lambda: np.array([4294967295], np.uint32) + 1)
t('int8 < 100', lambda: np.array([50], np.int8) < 100)
t('uint64 + 1', lambda: np.array([5], np.uint64) + 1)
t('uint64 * 1.5', lambda: np.array([5], np.uint64) * 1.5)
t('scalar + scalar', lambda: np.add(1, 2.5))
t('bool + bool', lambda: np.add(True, True))
t('int + bool', lambda: np.multiply(3, True))
