# floor ceil trunc rint on floats (halfway cases, negative zero, inf, nan) and float32.
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

x = np.array([-2.5, -1.5, -0.5, -0.2, 0.0, 0.2, 0.5, 1.5, 2.5, 3.7, np.inf, -np.inf, np.nan])
t('floor', lambda: np.floor(x))
t('ceil', lambda: np.ceil(x))
t('trunc', lambda: np.trunc(x))
t('rint', lambda: np.rint(x))
x32 = x.astype(np.float32)
t('floor f32', lambda: np.floor(x32))
t('ceil f32', lambda: np.ceil(x32))
t('trunc f32', lambda: np.trunc(x32))
t('rint f32', lambda: np.rint(x32))
t('floor scalar', lambda: np.floor(-3.5))
t('rint scalar', lambda: np.rint(4.5))
t('ceil 0d', lambda: np.ceil(np.array(-0.5)))
t('rint int', lambda: np.rint(np.array([1, 2])))
t('rint int32', lambda: np.rint(np.array([1, 2], np.int32)))
t('big', lambda: np.floor(np.array([1e300, -4503599627370497.0])))
t('out', lambda: np.floor(x[:3], out=np.zeros(3)))
