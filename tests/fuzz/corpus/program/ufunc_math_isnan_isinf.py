# isnan isinf isfinite on floats, ints and bools; results are bool arrays/scalars.
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

x = np.array([0.0, -1.5, np.inf, -np.inf, np.nan, 1e308 * 10])
t('isnan', lambda: np.isnan(x))
t('isinf', lambda: np.isinf(x))
t('isfinite', lambda: np.isfinite(x))
t('isnan f32', lambda: np.isnan(x.astype(np.float32)))
t('isinf f32', lambda: np.isinf(np.array([3.4e38, 1e39], np.float32) * 10))
t('isnan int', lambda: np.isnan(np.array([1, 2])))
t('isinf int', lambda: np.isinf(np.array([1, 2], np.uint8)))
t('isfinite int', lambda: np.isfinite(np.array([-1, 2], np.int16)))
t('isnan bool', lambda: np.isnan(np.array([True])))
t('isnan scalar', lambda: np.isnan(np.nan))
t('isinf scalar', lambda: np.isinf(-np.inf))
t('isfinite scalar int', lambda: np.isfinite(5))
t('isnan 2d', lambda: np.isnan(np.array([[np.nan, 1.0], [2.0, np.nan]]).T))
t('isnan out', lambda: np.isnan(x, out=np.ones(6, dtype=bool)))
t('sum isnan', lambda: np.isnan(x).sum())
