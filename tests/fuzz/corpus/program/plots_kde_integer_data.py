# integer datasets keep their dtype in kde.dataset; the kde module spelling (stats.kde).
# Factors from Scott's/Silverman's rule are printed to 12 digits: NumPy's np.power on the
# reference machine (AVX512 SVML) may differ from a correctly rounded pow in the last bit.
import numpy as np
from scipy import stats

data = np.array([1, 3, 3, 4, 7, 8, 8, 8, 12])
k = stats.kde.gaussian_kde(data)
print(k.dataset, k.dataset.dtype, k.dataset.shape)
print(f'{k.factor:.12g}')
print(k.covariance)
print(k(np.arange(0, 14, 2)))
print(k.integrate_box_1d(-100, 100) > 0.999)
print(round(float(k.integrate_box_1d(0, 5)), 6))
print(type(k).__name__)
m = np.arange(12).reshape(4, 3).astype(float) ** 1.5
ks = [stats.kde.gaussian_kde(col) for col in m.T]
for kk in ks:
    print(kk(np.array([0.0, 5.0, 10.0])))
