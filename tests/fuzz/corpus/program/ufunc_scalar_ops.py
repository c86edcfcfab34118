# Arithmetic on NumPy scalars and 0-d results: types and values of the results.
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

x = np.int64(7)
y = np.float64(2.5)
t('int64 + int64', lambda: x + np.int64(3))
t('int64 / int64', lambda: x / np.int64(2))
t('int64 // int', lambda: x // 2)
t('int64 % -3', lambda: x % -3)
t('int64 ** 2', lambda: x ** 2)
t('float64 * int', lambda: y * 3)
t('int * float64', lambda: 3 * y)
t('float64 ** 0.5', lambda: y ** 0.5)
t('-int64', lambda: -x)
t('abs', lambda: abs(np.int32(-4)))
t('~int8', lambda: ~np.int8(5))
t('int64 < float', lambda: x < 7.5)
t('int64 == int', lambda: x == 7)
t('int16 + int16', lambda: np.int16(300) + np.int16(300))
t('uint8 * uint8', lambda: np.uint8(20) * np.uint8(20))
t('int32 & int32', lambda: np.int32(12) & np.int32(10))
t('bool + bool', lambda: np.bool_(True) + np.bool_(True))
t('bool & bool', lambda: np.bool_(True) & np.bool_(False))
t('np.add(1, 2)', lambda: np.add(1, 2))
t('np.add(1.0, 2)', lambda: np.add(1.0, 2))
t('np.sqrt(4)', lambda: np.sqrt(4))
t('np.sqrt(np.int32)', lambda: np.sqrt(np.int32(16)))
t('np.negative(True)', lambda: np.negative(True))
t('0d + 0d', lambda: np.array(3) + np.array(4))
t('0d * scalar', lambda: np.array(2.5) * 2)
t('scalar + array', lambda: np.float64(0.5) + np.arange(3))
t('int64 ** -1', lambda: x ** -1)
t('int64 // 0', lambda: x // np.int64(0))
t('float // 0', lambda: y // 0.0)
v = np.int64(5)
v += 1
print('iadd scalar', v, type(v).__name__)
