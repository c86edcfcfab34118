# where= masks with out=: unmasked elements keep out's values; broadcasting of the mask.
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
o = np.full((2, 3), -1)
np.add(a, 100, out=o, where=a % 2 == 0)
print('mask', o)
o = np.full((2, 3), -1)
np.multiply(a, 2, out=o, where=np.array([True, False, True]))
print('row mask', o)
o = np.full((2, 3), -1)
np.negative(a, out=o, where=np.array([[True], [False]]))
print('col mask', o)
o = np.full((2, 3), -1.0)
np.sqrt(a, out=o, where=a > 2)
print('sqrt mask', o)
o = np.full((2, 3), -1)
np.add(a, 1, out=o, where=True)
print('where True', o)
o = np.full((2, 3), -1)
np.add(a, 1, out=o, where=False)
print('where False', o)
o = np.zeros((2, 3), dtype=bool)
np.greater(a, 2, out=o, where=a != 5)
print('cmp mask', o)
b = np.arange(5.0)
np.divide(1.0, b, out=b, where=b != 0)
print('safe divide', b)
c = np.arange(6)
np.add(c[::-1], 10, out=c, where=c > 2)
print('overlap mask', c)
o = np.full(4, 7, dtype=np.int8)
np.add(np.arange(4, dtype=np.int8), 1, out=o, where=[True, False, True, False])
print('list mask', o)
t('int mask', lambda: np.add(np.arange(3), 1, out=np.zeros(3, int), where=np.array([1, 0, 1])))
t('bad mask shape', lambda: np.add(np.arange(3), 1, out=np.zeros(3, int), where=np.array([True, False])))
