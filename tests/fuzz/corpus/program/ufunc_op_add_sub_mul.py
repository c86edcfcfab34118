# Binary + - * on int/float/bool arrays, with arrays and Python scalars, reflected forms.
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

a = np.array([[1, 2, 3], [4, 5, 6]])
b = np.array([10, 20, 30])
f = np.array([0.5, -1.25, 2.0])
t('a+b', lambda: a + b)
t('b+a', lambda: b + a)
t('a-b', lambda: a - b)
t('b-a', lambda: b - a)
t('a*b', lambda: a * b)
t('a+1', lambda: a + 1)
t('1+a', lambda: 1 + a)
t('5-a', lambda: 5 - a)
t('a*2.5', lambda: a * 2.5)
t('2.5*a', lambda: 2.5 * a)
t('a-f', lambda: a - f)
t('f*f', lambda: f * f)
t('a+True', lambda: a + True)
t('np.add', lambda: np.add(a, b))
t('np.subtract', lambda: np.subtract(b, 7))
t('np.multiply', lambda: np.multiply(f, 4))
t('list+a', lambda: [1, 2, 3] + b)
t('a*list', lambda: b * [1, 0, -1])
t('tuple', lambda: np.add((1, 2), (3.5, 4)))
t('np.add scalars', lambda: np.add(2, 3))
t('np.add float scalars', lambda: np.add(2, 3.5))
t('np.multiply bools', lambda: np.multiply(True, False))
t('int32', lambda: np.arange(4, dtype=np.int32) * 3)
t('uint16', lambda: np.arange(4, dtype=np.uint16) + np.arange(4, dtype=np.uint16))
t('float32', lambda: np.array([1.5, 2.25], dtype=np.float32) - 0.25)
