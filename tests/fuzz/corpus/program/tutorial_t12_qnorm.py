# Advanced NumPy tutorial exercise: quantile normalization, with argsort of argsort and with
# scipy.stats.rankdata.
import numpy as np
from scipy import stats


def qnorm(x):
    """Quantile normalize an input matrix."""
    xs = np.sort(x, axis=0)
    m = np.mean(xs, axis=1)
    ranks = np.argsort(np.argsort(x, axis=0), axis=0)
    xn = m[ranks]
    return xn


def qnorm_rankdata(x):
    xs = np.sort(x, axis=0)
    m = np.mean(xs, axis=1)
    ranks = np.column_stack([stats.rankdata(col, method='ordinal') for col in x.T]).astype(int) - 1
    return m[ranks]


np.random.seed(0)
expr = np.asfortranarray(np.random.randint(0, 1000, size=(50, 8)).astype(np.uint32))
gene_len = np.random.randint(500, 9000, size=50)
lib_size = np.sum(expr, axis=0)
rpkm = expr / lib_size * 1e6 / (gene_len[:, np.newaxis] / 1e3)
logexpr = np.log(expr + 1)
logrpkm = np.log(rpkm + 1)
logexprn = qnorm(logexpr)
logrpkmn = qnorm(logrpkm)
print(logexprn.shape, logexprn.dtype)
print(np.round(logexprn[:3], 4))
print(np.round(logrpkmn[-2:], 4))
# after normalization every column has the same sorted values
print(np.allclose(np.sort(logrpkmn, axis=0), np.sort(logrpkmn, axis=0)[:, :1]))
print(np.allclose(logrpkmn, qnorm_rankdata(logrpkm)))
print(stats.rankdata([10, 30, 20, 20]))
small = np.array([[5, 4, 3], [2, 1, 4], [3, 4, 6], [4, 2, 8]], dtype=float)
print(qnorm(small))
