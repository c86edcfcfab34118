# 0-d arrays as operands and outputs: results become NumPy scalars, in-place stays 0-d.
# numpy2: 1.24 treated 0-d arrays like Python scalars (value-based casting: 0-d float32 + 1.5 was
# float64); NumPy 2 promotes 0-d arrays like any array. The .numpy2.out is hand-written.
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

z = np.array(4)
f = np.array(2.5)
t('z+1', lambda: z + 1)
t('z*f', lambda: z * f)
t('z+arr', lambda: z + np.arange(3))
t('arr-f', lambda: np.arange(3) - f)
t('sqrt z', lambda: np.sqrt(z))
t('-f', lambda: -f)
t('z<f', lambda: z < f)
t('z**2', lambda: z ** 2)
t('np.add z z', lambda: np.add(z, z))
o = np.zeros(())
r = np.add(z, f, out=o)
print('out 0d', r is o, repr(o))
zz = np.array(7)
zz *= 3
print('inplace 0d', repr(zz))
t('where 0d', lambda: np.where(z > 3, z, f))
t('maximum 0d', lambda: np.maximum(z, np.array([1, 5, 9])))
t('0d int8 + 0d int16', lambda: np.array(1, np.int8) + np.array(1, np.int16))
t('0d f32 + 1.5', lambda: np.array(1, np.float32) + 1.5)
t('0d f32 + 0d f64', lambda: np.array(1, np.float32) + np.array(2.0))
t('0d view', lambda: np.arange(5)[2, ...] + 1)
t('reduce 0d', lambda: np.add.reduce(np.array(3.5), axis=None))
