# sqrt exp expm1 log log1p log2 log10: special values, dtypes (int32 -> float64, float32 stays).
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

x = np.array([0.0, 1.0, 2.0, 10.0, 0.5, -1.0, np.inf, -np.inf, np.nan])
for name in ['sqrt', 'exp', 'expm1', 'log', 'log1p', 'log2', 'log10']:
    fn = getattr(np, name)
    t(name, lambda: fn(x))
    t(name + ' int32', lambda: fn(np.array([1, 4, 100], np.int32)))
    t(name + ' int64', lambda: fn(np.array([1, 8])))
    t(name + ' scalar', lambda: np.array([fn(4)]))
    print(name, 'f32 dtype', fn(np.array([1.0, 4.0], np.float32)).dtype)
    t(name + ' f32', lambda: np.round(fn(np.array([1.0, 4.0, 0.25], np.float32)).astype(np.float64), 5))
t('sqrt f32 exact', lambda: np.sqrt(np.array([4.0, 2.0, 0.25, -1.0], np.float32)))
t('sqrt uint16', lambda: np.sqrt(np.array([4, 9], np.uint16)))
t('log 0d', lambda: np.array([np.log(np.array(np.e))]))
t('exp big', lambda: np.exp(np.array([709.0, 710.0, -745.0, -746.0])))
t('expm1 tiny', lambda: np.expm1(np.array([1e-10, -1e-10])))
t('log1p tiny', lambda: np.log1p(np.array([1e-10, -0.5, -1.0, -2.0])))
t('log2 powers', lambda: np.log2(np.array([1, 2, 1024, 2**40])))
t('log10 powers', lambda: np.log10(np.array([1, 10, 1000, 1e-5])))
