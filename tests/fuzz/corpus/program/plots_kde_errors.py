# gaussian_kde errors with SciPy's exception types and messages.
import numpy as np
from scipy import stats

def attempt(label, f):
    try:
        r = f()
        print('==', label, 'ok', r)
    except Exception as e:
        print('==', label, type(e).__name__, e)

attempt('constant data', lambda: stats.gaussian_kde([1.0, 1.0, 1.0]))
attempt('collinear 2-d', lambda: stats.gaussian_kde(np.array([[0.0, 1, 2, 3], [0, 2, 4, 6]])))
attempt('one element', lambda: stats.gaussian_kde([3.0]))
attempt('empty', lambda: stats.gaussian_kde([]))
attempt('d > n', lambda: stats.gaussian_kde(np.random.rand(5, 3)))
attempt('bad bw string', lambda: stats.gaussian_kde([1.0, 2.0, 4.0], bw_method='scot'))
attempt('bad bw list', lambda: stats.gaussian_kde([1.0, 2.0, 4.0], bw_method=[1, 2]))
k = stats.gaussian_kde(np.array([[0.0, 1, 2, 5], [1.0, 0, 3, 1]]))
attempt('points dim', lambda: k(np.zeros((3, 4))))
attempt('points 1-d wrong', lambda: k([1.0, 2.0, 3.0]))
k1 = stats.gaussian_kde([1.0, 2.0, 4.0])
attempt('1-d on 2-d points', lambda: k1(np.zeros((2, 3))))
attempt('nan data', lambda: stats.gaussian_kde([1.0, np.nan, 2.0]))
