# gaussian_kde on 1-d data of several sizes (Scott's rule): factor, covariance, values.
# Factors from Scott's/Silverman's rule are printed to 12 digits: NumPy's np.power on the
# reference machine (AVX512 SVML) may differ from a correctly rounded pow in the last bit.
import numpy as np
from scipy import stats

np.random.seed(1)
for n in [2, 5, 20, 100, 1000]:
    x = np.random.randn(n) * 2.0 + 1.0
    k = stats.gaussian_kde(x)
    print('== n', n)
    print(k.d, k.n)
    print(f'{k.factor:.12g}')
    print(k.covariance)
    print(k.neff)
    pts = np.linspace(-4, 6, 11)
    print(k(pts))
    print(k.evaluate(pts[:3]))
    print(k.pdf(0.5))
