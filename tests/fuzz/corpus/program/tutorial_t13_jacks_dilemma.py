# Advanced NumPy tutorial advanced exercise: Jack's dilemma. Extract a +/- K window of an
# (ni, nj, nk) amplitude volume around a (ni, nj) horizon of time indices.
import numpy as np
np.random.seed(5)
ni, nj, nk = (10, 15, 20)
amplitude = np.random.rand(ni, nj, nk)
horizon = np.random.randint(5, 15, size=(ni, nj))
K = 3
i = np.arange(ni)
j = np.arange(nj)
window = np.arange(-K, K + 1)
sub = amplitude[i[:, None, None], j[None, :, None], horizon[..., None] + window]
print(sub.shape, sub.dtype)
print(np.all(sub[2, 7] == amplitude[2, 7, horizon[2, 7] - K:horizon[2, 7] + K + 1]))
print(np.all(sub[:, :, K] == amplitude[i[:, None], j, horizon]))
print(np.round(sub[0, 0], 4))
print(horizon[:2])
