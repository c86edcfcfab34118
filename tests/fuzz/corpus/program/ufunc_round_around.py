# np.round / np.around / ndarray.round: half-to-even, decimals > 0 and < 0, ints, float32, out=.
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

x = np.array([0.5, 1.5, 2.5, -0.5, -1.5, 1.25, 2.675, 123.456, -987.65])
t('round', lambda: np.round(x))
t('around', lambda: np.around(x))
t('dec1', lambda: np.round(x, 1))
t('dec2', lambda: np.round(x, 2))
t('dec-1', lambda: np.round(x, -1))
t('dec-2', lambda: np.round(x, decimals=-2))
t('method', lambda: x.round(1))
t('method dflt', lambda: x.round())
i = np.array([1, 15, 25, -35, 149, 151])
t('int dec0', lambda: np.round(i))
t('int dec2', lambda: np.round(i, 2))
t('int dec-1', lambda: np.round(i, -1))
t('int dec-2', lambda: np.round(i, -2))
t('int8 dec-1', lambda: np.round(np.array([14, 15, 16, -125], np.int8), -1))
t('uint16 dec-2', lambda: np.round(np.array([149, 150, 250], np.uint16), -2))
f32 = np.array([1.25, 2.5, 3.14159], np.float32)
t('f32', lambda: np.round(f32))
t('f32 dec2', lambda: np.round(f32, 2))
t('f32 dec-1', lambda: np.round(np.array([15.0, 25.0], np.float32), -1))
t('scalar', lambda: np.round(2.5))
t('scalar dec', lambda: np.round(3.14159, 3))
t('int scalar', lambda: np.round(7))
t('0d', lambda: np.round(np.array(1.55), 1))
t('list', lambda: np.round([0.12345, 9.87654], 3))
t('2d F', lambda: np.round(np.array([[1.26, 2.34], [3.45, 4.56]]).T, 1))
t('big dec', lambda: np.round(np.array([1.5, 2.123456789]), 20))
t('inf nan', lambda: np.round(np.array([np.inf, -np.inf, np.nan]), 2))
out = np.zeros(9)
r = np.round(x, 1, out=out)
print('out is', r is out, out)
