# dtype= selects the loop: inputs cast with same_kind, the result takes that dtype.
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

a = np.arange(4)
t('int dtype float', lambda: np.add(a, a, dtype=np.float64))
t('int dtype f32', lambda: np.multiply(a, 3, dtype=np.float32))
t('int dtype int8', lambda: np.add(a, 100, dtype=np.int8) + np.add(a, 100, dtype=np.int8))
t('divide dtype f32', lambda: np.divide(a, 3, dtype=np.float32))
t('sqrt dtype f32', lambda: np.sqrt(a, dtype=np.float32))
t('dtype str', lambda: np.add(a, 1, dtype='float32'))
t('dtype int for floor_divide', lambda: np.floor_divide(np.array([7, -7]), 2, dtype=np.int16))
t('float dtype f32', lambda: np.add(np.array([0.1, 0.2]), 0.3, dtype=np.float32))
t('dtype + out', lambda: np.add(a, 1, dtype=np.float64, out=np.zeros(4)))
t('equal dtype bool', lambda: np.equal(a, 2, dtype=bool))
t('negative dtype', lambda: np.negative(np.array([1, 2], np.uint8), dtype=np.int16))
t('maximum dtype', lambda: np.maximum(np.array([1.5, 2.5]), 2, dtype=np.float32))
