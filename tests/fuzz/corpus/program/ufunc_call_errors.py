# Calling ufuncs wrongly: argument counts, unknown keywords, bad out, casting= values.
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

t('too few', lambda: np.add(1))
t('too many', lambda: np.add(1, 2, 3, 4))
t('unary too many', lambda: np.sqrt(1, 2, 3))
t('unknown kw', lambda: np.add(1, 2, foo=1))
t('out list', lambda: np.add(1, 2, out=[1]))
t('casting bogus', lambda: np.add(np.ones(2, np.int8), np.ones(2, np.int16), casting='bogus'))
t('casting unsafe', lambda: np.add(np.ones(2), 1, out=np.zeros(2, int), casting='unsafe'))
t('casting unsafe f->u8', lambda: np.multiply(np.array([1.5, 2.5]), 2, out=np.zeros(2, np.uint8), casting='unsafe'))
t('casting safe ok', lambda: np.add(np.ones(2, np.int8), np.ones(2, np.int16), casting='safe'))
t('casting no ok', lambda: np.add(np.ones(2, np.int8), np.ones(2, np.int8), casting='no'))
t('casting same_kind', lambda: np.add(np.ones(2, np.int8), 1, casting='same_kind'))
t('casting equiv ok', lambda: np.negative(np.ones(2), casting='equiv'))
t('where not bool', lambda: np.add(np.ones(2), 1, out=np.zeros(2), where=np.array([1.0, 0.0])))
