# Boolean arrays in arithmetic: + is or, * is and, - is an error, / // % ** promote.
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

a = np.array([True, True, False, False])
b = np.array([True, False, True, False])
t('a+b', lambda: a + b)
t('a*b', lambda: a * b)
t('a-b', lambda: a - b)
t('np.subtract', lambda: np.subtract(a, b))
t('a/b', lambda: a / b)
t('a//b', lambda: a // b)
t('a%b', lambda: a % b)
t('a**b', lambda: a ** b)
t('a<b', lambda: a < b)
t('a>b', lambda: a > b)
t('~a', lambda: ~a)
t('a&b', lambda: a & b)
t('a|b', lambda: a | b)
t('a^b', lambda: a ^ b)
t('a<<b', lambda: a << b)
t('abs(a)', lambda: abs(a))
t('-a', lambda: -a)
t('+a+1', lambda: a + 1)
t('a*1.0', lambda: a * 1.0)
t('a+int8', lambda: a + np.array([1, 2, 3, 4], np.int8))
t('a*uint16', lambda: a * np.array([1, 2, 3, 4], np.uint16))
t('maximum', lambda: np.maximum(a, b))
t('a-True', lambda: a - True)
t('sum', lambda: np.add.reduce(a))
t('a==1', lambda: a == 1)
t('a==True', lambda: a == True)
t('a==0.5', lambda: a == 0.5)
t('square', lambda: np.square(a))
t('logical_and', lambda: np.logical_and(a, 5))
t('sign', lambda: np.sign(a.astype(np.int8)))
