# ufunc.reduce with initial= (empty inputs, ufuncs without identity) and out= returning out itself.
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

a = np.arange(1, 7).reshape(2, 3)
t('add initial', lambda: np.add.reduce(a, initial=100))
t('add initial axis', lambda: np.add.reduce(a, axis=1, initial=10))
t('multiply initial', lambda: np.multiply.reduce(a, axis=0, initial=2))
t('maximum initial', lambda: np.maximum.reduce(a, axis=1, initial=4))
t('maximum empty initial', lambda: np.maximum.reduce(np.zeros(0), initial=-np.inf))
t('minimum empty axis initial', lambda: np.minimum.reduce(np.zeros((2, 0), int), axis=1, initial=7))
t('add float initial on int', lambda: np.add.reduce(np.arange(3), initial=0.5))
t('initial None', lambda: np.add.reduce(a, initial=None))
t('initial keepdims', lambda: np.add.reduce(a, axis=0, keepdims=True, initial=1))
o = np.zeros(3)
r = np.add.reduce(a, axis=0, out=o)
print('out', r is o, o)
o0 = np.zeros(())
r = np.add.reduce(a, axis=None, out=o0)
print('out 0d', r is o0, repr(o0))
