# Integer division and modulo by zero give 0 (NumPy warns on stderr); float division by zero.
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

a = np.array([5, -5, 0])
z = np.zeros(3, int)
t('a//0', lambda: a // z)
t('a%0', lambda: a % z)
t('np.floor_divide 0', lambda: np.floor_divide(a, 0))
t('np.remainder 0', lambda: np.remainder(a, 0))
for dt in [np.int8, np.int16, np.int32, np.uint8, np.uint16, np.uint32, np.uint64]:
    x = np.array([7, 0], dt)
    y = np.zeros(2, dt)
    print(np.dtype(dt).name, x // y, x % y)
t('a/0', lambda: a / z)
t('scalar // 0', lambda: np.int64(5) // np.int64(0))
t('scalar % 0', lambda: np.int32(5) % np.int32(0))
t('bool // False', lambda: np.array([True, False]) // np.array([False, False]))
t('float // 0', lambda: np.array([5.0, -5.0, 0.0]) // 0)
t('float % 0', lambda: np.array([5.0, -5.0, 0.0]) % 0)
t('float / 0', lambda: np.array([5.0, -5.0, 0.0]) / 0)
t('float / -0.0', lambda: np.array([5.0, -5.0]) / -0.0)
t('reciprocal 0.0', lambda: np.reciprocal(np.array([0.0, -0.0])))
