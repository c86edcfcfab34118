# Errors NumPy raises as UFuncTypeError subclasses (type(e).__name__ is 'UFuncTypeError'; the
# traceback names the private class, numpy._core._exceptions._UFuncOutputCastingError).
# numpy2: NumPy 2 names the dtype class in "no loop" errors (numpy.dtypes.BoolDType instead of
# numpy.dtype[bool_]). The .numpy2.out is hand-written.
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
t('output cast', lambda: np.add(a, 1.5, out=np.zeros(3, int)))
t('output cast int8', lambda: np.multiply(np.ones(2), 2, out=np.zeros(2, np.int8)))
t('output cast bool', lambda: np.add(a, a, out=np.zeros(3, bool)))
t('output cast f32->int', lambda: np.sqrt(np.ones(2, np.float32), out=np.zeros(2, np.int32)))
t('output cast uint', lambda: np.add(np.array([-1]), 1, out=np.zeros(1, np.uint8)))
t('input cast dtype', lambda: np.add(np.ones(2), 1, dtype=np.int64))
t('input cast dtype uint8', lambda: np.add(np.array([250, 5]), 10, dtype=np.uint8))
t('input cast dtype bool', lambda: np.add(a, 1, dtype=bool))
t('unary input cast', lambda: np.negative(np.ones(2), dtype=np.int32))
t('sign bool', lambda: np.sign(np.array([True, False])))
for case in ['+=', '*=', '/=', '-=']:
    b = np.arange(3)
    try:
        if case == '+=':
            b += 0.5
        elif case == '*=':
            b *= 1.5
        elif case == '/=':
            b /= 2
        else:
            b -= np.ones(3)
    except Exception as e:
        print(case, type(e).__name__, isinstance(e, TypeError), e)
    print(b)
c = np.arange(3, dtype=np.uint8)
try:
    c += np.array([1, 2, 3], np.int8)
except TypeError as e:
    print('uint8 += int8', type(e).__name__, e)
np.add(a, 1.5, out=np.zeros(3, int))
