# Comparisons of integer arrays with Python ints, also outside the array dtype's range.
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

u = np.array([0, 200, 255], np.uint8)
i = np.array([-128, 0, 127], np.int8)
for v in [-1, 0, 255, 256, 300, -300]:
    print('== value', v)
    t('u<v', lambda: u < v)
    t('u>v', lambda: u > v)
    t('u==v', lambda: u == v)
    t('u!=v', lambda: u != v)
    t('v<=u', lambda: v <= u)
    t('i>=v', lambda: i >= v)
    t('i==v', lambda: i == v)
u64 = np.array([0, -9223372036854775807 - 1, -1]).astype(np.uint64)
print(u64)
t('u64 > -1', lambda: u64 > -1)
t('u64 == 0', lambda: u64 == 0)
t('u64 < 2**62', lambda: u64 < 2**62)
t('u64 == 0.0', lambda: u64 == 0.0)
t('i64 < -2**62', lambda: np.array([-9223372036854775807 - 1, 0]) < -2**62)
