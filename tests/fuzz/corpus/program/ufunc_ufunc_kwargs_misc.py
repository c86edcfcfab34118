# Ufunc keyword details: where=True/False without out, order= and subok= accepted, out=None.
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

a = np.arange(6).reshape(2, 3)
t('where True', lambda: np.add(a, 1, where=True))
t('order C', lambda: np.add(a.T, 1, order='C'))
t('subok', lambda: np.multiply(a, 2, subok=True))
t('out None kw', lambda: np.sqrt(a, out=None))
t('out tuple None', lambda: np.negative(a, out=(None,)))
t('dtype None', lambda: np.add(a, 0.5, dtype=None))
o = np.zeros((2, 3))
r = np.add(a, 1, o)
print('positional out', r is o, o)
r = np.negative(a, o)
print('positional unary out', r is o, o)
t('casting kw unsafe 0d', lambda: np.add(np.array(1.7), 1, out=np.zeros((), int), casting='unsafe'))
t('where + dtype', lambda: np.add(a, 1, out=np.zeros((2, 3), np.float32), where=a > 2, dtype=np.float32))
