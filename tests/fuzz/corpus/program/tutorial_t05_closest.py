# Advanced NumPy tutorial exercise: from each row of a 10 x 3 random array pick the number
# closest to 0.75 (np.abs + argmin, then fancy indexing).
import numpy as np
np.random.seed(1)
x = np.random.rand(10, 3)
print(x)
j = np.argmin(np.abs(x - 0.75), axis=1)
print(j)
closest = x[np.arange(x.shape[0]), j]
print(closest)
print(np.abs(closest - 0.75) <= np.abs(x - 0.75).min(axis=1))
# the same with np.take_along_axis
print(np.take_along_axis(x, j[:, np.newaxis], axis=1).ravel())
