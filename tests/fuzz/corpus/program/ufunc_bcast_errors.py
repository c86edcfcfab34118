# Broadcast failures: operand shape lists, non-broadcastable out, where/out shapes.
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

t('(3,4)+(5,)', lambda: np.ones((3, 4)) + np.ones(5))
t('(2,3)*(3,2)', lambda: np.ones((2, 3)) * np.ones((3, 2)))
t('(3,)-(4,)', lambda: np.arange(3) - np.arange(4))
t('0d ok', lambda: np.ones((2, 3)) + np.array(1))
t('(2,1,3)+(4,2)', lambda: np.ones((2, 1, 3)) + np.ones((4, 2)))
t('np.add', lambda: np.add([1, 2], [1, 2, 3]))
t('sqrt out shape', lambda: np.sqrt(np.ones(3), out=np.zeros(4)))
t('out too small', lambda: np.add(np.ones((2, 3)), 1, out=np.zeros(3)))
t('out bigger ok', lambda: np.add(np.ones(3), 1, out=np.zeros((2, 3))))
t('out mismatch', lambda: np.add(np.ones((2, 3)), np.ones(3), out=np.zeros((3, 3))))
t('where shape', lambda: np.add(np.ones(3), 1, out=np.zeros(3), where=np.array([True, False])))
t('where bigger', lambda: np.add(np.ones(3), 1, out=np.zeros(3), where=np.ones((2, 3), bool)))
t('maximum', lambda: np.maximum(np.ones((2, 2)), np.ones((3,))))
a = np.zeros(3)
try:
    a += np.ones((2, 3))
except Exception as e:
    print('+=', type(e).__name__, e)
print(a)
t('arctan2', lambda: np.arctan2(np.ones(2), np.ones(3)))
t('logical_and', lambda: np.logical_and(np.ones((1, 2)), np.ones((3, 3))))
np.ones((3, 4)) + np.ones((5,))
