# np.clip / ndarray.clip: scalar and array bounds, one-sided, lo > hi, nan, dtypes, out=.
# numpy2: a NaN bound: 1.24 treated a scalar np.nan bound as "no bound" (deprecated since 1.17); NumPy 2
# propagates it (every element becomes nan). The .numpy2.out is hand-written.
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

a = np.arange(10)
t('clip 2 7', lambda: np.clip(a, 2, 7))
t('clip lo only', lambda: np.clip(a, 3, None))
t('clip hi only', lambda: np.clip(a, None, 4))
t('clip lo>hi', lambda: np.clip(a, 7, 2))
t('clip float bounds', lambda: np.clip(a, 1.5, 6.5))
t('clip array bounds', lambda: np.clip(a, np.arange(10) // 2, 6))
t('clip bcast', lambda: np.clip(np.arange(6).reshape(2, 3), np.array([[1], [4]]), 4))
t('method', lambda: a.clip(2, 5))
t('method kw', lambda: a.clip(min=3))
t('method max kw', lambda: a.clip(max=3))
f = np.array([-1.5, 0.5, np.nan, 3.0, np.inf])
t('float', lambda: np.clip(f, 0.0, 2.0))
t('nan bound', lambda: np.clip(f, np.nan, 2.0))
t('f32', lambda: np.clip(f.astype(np.float32), 0, 1))
t('uint8', lambda: np.clip(np.array([0, 100, 255], np.uint8), 10, 200))
t('int8 arr bound', lambda: np.clip(np.array([-5, 5], np.int8), np.array([0, 0], np.int16), 3))
out = np.zeros(10, dtype=np.int64)
r = np.clip(a, 1, 8, out=out)
print('out is', r is out, out)
b = a.copy()
np.clip(b, 3, 6, out=b)
print('inplace', b)
t('scalar', lambda: np.clip(5, 1, 3))
t('scalar float', lambda: np.clip(0.5, 1, 3))
t('list', lambda: np.clip([1, 5, 9], 2, 8))
t('0d', lambda: np.clip(np.array(-2.5), -1, 1))
t('empty', lambda: np.clip(np.zeros((0, 3)), 0, 1))
t('bad shape', lambda: np.clip(a, np.arange(3), 5))
