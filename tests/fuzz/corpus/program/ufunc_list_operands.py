# Lists, tuples and nested lists as ufunc operands (converted with NumPy's inference).
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

a = np.arange(3)
t('a+list', lambda: a + [1, 2, 3])
t('list*a', lambda: [1.5, 2, 3] * a)
t('tuple-a', lambda: (1, 2, 3) - a)
t('nested', lambda: np.add([[1, 2], [3, 4]], [10, 20]))
t('bool list', lambda: np.logical_and([True, False], [1, 1]))
t('mixed list', lambda: np.multiply([1, 2.5], 2))
t('list cmp', lambda: a == [0, 5, 2])
t('list ** ', lambda: np.power([2, 3], [3, 2]))
t('list sqrt', lambda: np.sqrt([1, 4, 9]))
t('empty list', lambda: np.add([], 1))
t('list bad shape', lambda: a + [1, 2])
t('list of bools + int', lambda: np.add([True, False], 1))
t('list int8 arr', lambda: np.array([1, 2], np.int8) + [1, 1])
t('ragged', lambda: np.add([[1, 2], [3]], 1))
