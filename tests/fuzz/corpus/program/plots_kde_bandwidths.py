# gaussian_kde bandwidth rules: 'scott', 'silverman', scalar (float and int kept as given),
# callable, set_bandwidth, the factor methods.
# Factors from Scott's/Silverman's rule are printed to 12 digits: NumPy's np.power on the
# reference machine (AVX512 SVML) may differ from a correctly rounded pow in the last bit.
import numpy as np
from scipy import stats

np.random.seed(7)
x = np.concatenate([np.random.randn(30), np.random.randn(20) * 0.5 + 3])
pts = np.linspace(-3, 5, 9)
for bw in [None, 'scott', 'silverman', 0.3, 1, 0.05]:
    k = stats.gaussian_kde(x, bw_method=bw)
    print('== bw', bw)
    print(f'{k.factor:.12g}', type(k.factor).__name__)
    print(k.covariance)
    print(k(pts))
k = stats.gaussian_kde(x, bw_method=lambda kde: kde.n ** -0.3)
print('== callable')
print(k.factor)
print(k(pts))
k.set_bandwidth('silverman')
print(f'{k.factor:.12g}')
print(k(pts))
k.set_bandwidth(0.5)
print(k.factor)
print(k(pts))
print(f'{k.scotts_factor():.12g} {k.silverman_factor():.12g}', k.covariance_factor())
