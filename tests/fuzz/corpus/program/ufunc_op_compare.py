# Comparisons between arrays, scalars and mixed dtypes, including nan and inf.
# numpy2: `==` of non-broadcastable arrays returned False with a DeprecationWarning in 1.24; NumPy 2
# raises the broadcast ValueError like every other comparison. The .numpy2.out is hand-written.
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

a = np.array([1, 2, 3, 4])
b = np.array([4, 2, 1, 4])
t('a<b', lambda: a < b)
t('a<=b', lambda: a <= b)
t('a>b', lambda: a > b)
t('a>=b', lambda: a >= b)
t('a==b', lambda: a == b)
t('a!=b', lambda: a != b)
t('a<2.5', lambda: a < 2.5)
t('2<a', lambda: 2 < a)
t('3==a', lambda: 3 == a)
t('a==2.0', lambda: a == 2.0)
f = np.array([np.nan, 1.0, np.inf, -np.inf])
t('f==f', lambda: f == f)
t('f!=f', lambda: f != f)
t('f<inf', lambda: f < np.inf)
t('f>=-inf', lambda: f >= -np.inf)
t('f>nan', lambda: f > np.nan)
t('np.less', lambda: np.less([1, 5], [3, 3]))
t('np.greater_equal', lambda: np.greater_equal(2, [1, 2, 3]))
t('np.equal scalars', lambda: np.equal(1, 1.0))
t('np.not_equal', lambda: np.not_equal([True, False], [1, 1]))
t('bool vs int', lambda: np.array([True, False]) == np.array([1, 2]))
t('int8 vs uint8', lambda: np.array([-1, 5], np.int8) < np.array([255, 5], np.uint8))
t('int64 vs uint64', lambda: np.array([-1, 3]) < np.array([1, 3], np.uint64))
t('float32 vs float64', lambda: np.array([0.1], np.float32) == np.array([0.1]))
t('float32 vs 0.1', lambda: np.array([0.1], np.float32) == 0.1)
t('broadcast', lambda: np.arange(3)[:, None] >= np.arange(3))
t('0d', lambda: np.array(2) > 1)
t('mismatch', lambda: np.arange(3) == np.arange(4))
t('less mismatch', lambda: np.arange(3) < np.arange(4))
