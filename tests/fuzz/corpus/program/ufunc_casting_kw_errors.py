# casting= failures raise UFuncTypeError subclasses (traceback: numpy._core._exceptions._UFunc...).
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

t('safe out', lambda: np.add(np.ones(2, int), 1, out=np.zeros(2, np.int32), casting='safe'))
t('no input', lambda: np.add(np.ones(2, np.int8), np.ones(2, np.int16), casting='no'))
t('no out', lambda: np.add(np.ones(2, np.int8), np.ones(2, np.int8), out=np.zeros(2, np.int16), casting='no'))
t('equiv input', lambda: np.sqrt(np.ones(2, np.float32), dtype=np.float64, casting='equiv'))
t('safe dtype', lambda: np.add(np.ones(2), 1, dtype=np.float32, casting='safe'))
np.add(np.ones(2, np.int8), np.ones(2, np.int16), casting='no')
