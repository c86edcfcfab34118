# Reflected operators (scalar OP array), NumPy scalars on the left, divmod, chained comparisons.
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

a = np.array([1, 2, 4, -3])
t('2**a', lambda: 2 ** np.array([0, 1, 4]))
t('2-a', lambda: 2 - a)
t('1/a', lambda: 1 / a)
t('7//a', lambda: 7 // a)
t('7%a', lambda: 7 % a)
t('1<<a', lambda: 1 << np.array([0, 3]))
t('256>>a', lambda: 256 >> np.array([0, 3]))
t('5&a', lambda: 5 & a)
t('5|a', lambda: 5 | a)
t('5^a', lambda: 5 ^ a)
t('3<a', lambda: 3 < a)
t('3>=a', lambda: 3 >= a)
t('2.5*a', lambda: 2.5 * a)
t('True+a', lambda: True + a)
t('np.float64+a', lambda: np.float64(0.5) + a)
t('np.int8*a', lambda: np.int8(2) * a)
t('np.float32-a f32', lambda: np.float32(1) - np.ones(2, np.float32))
t('np.int64<a', lambda: np.int64(1) < a)
t('divmod', lambda: divmod(np.array([7, -7]), 3)[0])
t('divmod rem', lambda: divmod(np.array([7, -7]), 3)[1])
t('divmod float', lambda: divmod(np.array([7.5, -7.5]), 2)[1])
t('np.divmod', lambda: np.divmod(np.array([7, -7, 9]), np.array([2, 2, -4]))[0])
t('np.divmod rem', lambda: np.divmod(7.5, np.array([2.0, -2.0]))[1])
t('chain and', lambda: (a > 1) & (a < 4))
t('chain or', lambda: (a < 0) | (a == 4))
t('not eq', lambda: ~(a == 2))
t('xor cmp', lambda: (a > 0) ^ (a % 2 == 0))
t('mask arith', lambda: (a > 1) * a)
t('mask sum', lambda: np.add.reduce(a > 0))
