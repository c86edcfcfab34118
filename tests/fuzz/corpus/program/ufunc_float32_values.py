# float32 arithmetic keeps float32 and rounds like C float (values printed at float32 precision).
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

a = np.array([0.1, 0.2, 1.0 / 3.0, 1e-7, 16777217.0], np.float32)
t('a', lambda: a)
t('a+a', lambda: a + a)
t('a*3', lambda: a * 3)
t('a/7', lambda: a / 7)
t('a-0.1', lambda: a - 0.1)
t('a+f64', lambda: a + np.array([0.1, 0.2, 0.3, 0.4, 0.5]))
t('1/a', lambda: 1 / a[:3])
t('a**2', lambda: a ** 2)
t('a//0.03', lambda: a // np.float32(0.03))
t('a%0.03', lambda: a % np.float32(0.03))
t('sqrt', lambda: np.sqrt(a))
t('square', lambda: np.square(a))
t('reciprocal', lambda: np.reciprocal(a[:3]))
t('a==0.1', lambda: a == 0.1)
t('a==f32(0.1)', lambda: a == np.float32(0.1))
t('int16 + f32', lambda: np.array([1000], np.int16) + np.array([0.5], np.float32))
t('int32 + f32', lambda: np.array([16777217], np.int32) + np.array([0.0], np.float32))
t('f32 sum', lambda: np.add.reduce(np.full(10, 0.1, np.float32)))
