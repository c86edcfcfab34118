# Float special values: inf/nan arithmetic, signed zero, overflow to inf, underflow, nan in max/min.
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

inf = np.inf
nan = np.nan
x = np.array([inf, -inf, nan, 0.0, -0.0, 1.0])
t('x+x', lambda: x + x)
t('x-x', lambda: x - x)
t('x*0', lambda: x * 0)
t('x*x', lambda: x * x)
t('x/inf', lambda: x / inf)
t('-x', lambda: -x)
t('0*-1', lambda: np.array([0.0]) * -1)
t('-0+0', lambda: np.array([-0.0]) + 0.0)
t('-0-0', lambda: np.array([-0.0]) - 0.0)
t('overflow', lambda: np.array([1e308]) * 10)
t('overflow f32', lambda: np.array([3e38], np.float32) * 2)
t('underflow', lambda: np.array([1e-308]) / 1e100)
t('tiny f32', lambda: np.array([1e-38], np.float32) / 1e10)
t('inf compare', lambda: np.array([inf]) == np.array([inf]))
t('maximum nan', lambda: np.maximum(np.array([nan, 1.0, 2.0]), np.array([0.0, nan, 1.0])))
t('minimum nan', lambda: np.minimum(np.array([nan, 1.0, 2.0]), np.array([0.0, nan, 1.0])))
t('fmax nan', lambda: np.fmax(np.array([nan, 1.0, nan]), np.array([0.0, nan, nan])))
t('fmin nan', lambda: np.fmin(np.array([nan, 1.0, nan]), np.array([0.0, nan, nan])))
t('maximum.reduce nan', lambda: np.maximum.reduce(np.array([1.0, nan, 3.0])))
t('fmax.reduce nan', lambda: np.fmax.reduce(np.array([1.0, nan, 3.0])))
t('sqrt -0', lambda: np.sqrt(np.array([-0.0])))
t('log 0', lambda: np.log(np.array([0.0, -0.0])))
t('inf % 2', lambda: np.array([inf, -inf]) % 2)
t('nan // 1', lambda: np.array([nan]) // 1)
t('pow inf', lambda: np.array([inf, -inf, 0.0]) ** -1)
t('str', lambda: str(np.array([nan, -inf, -0.0])))
