# gaussian_kde on d-dimensional data: covariance (np.cov with ddof=1), Cholesky whitening,
# evaluation on point sets, a single point as a row vector.
# Factors from Scott's/Silverman's rule are printed to 12 digits: NumPy's np.power on the
# reference machine (AVX512 SVML) may differ from a correctly rounded pow in the last bit.
import numpy as np
from scipy import stats

np.random.seed(3)
m1 = np.random.randn(60)
m2 = 0.5 * m1 + np.random.randn(60) * 0.7
k = stats.gaussian_kde(np.vstack([m1, m2]))
print(k.d, k.n)
print(f'{k.factor:.12g}')
print(k.covariance)
print(k.dataset.shape)
print(k([[0, 1, -1, 2], [0, 0.5, 2, -1]]))
print(k([0.2, 0.1]))
print(k(np.array([[0.0], [0.0]])))
pts = np.vstack([np.repeat(np.linspace(-2, 2, 5), 5), np.tile(np.linspace(-2, 2, 5), 5)])
print(k(pts).reshape(5, 5))
d3 = np.random.rand(3, 40)
k3 = stats.gaussian_kde(d3, bw_method='silverman')
print(f'{k3.factor:.12g}')
print(k3.covariance)
print(k3(np.random.rand(3, 6)))
k4 = stats.gaussian_kde(np.random.rand(2, 300) * [[1.0], [10.0]])
print(k4.covariance)
print(k4([[0.5, 0.1], [5.0, 9.0]]))
