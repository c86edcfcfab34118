# Advanced NumPy tutorial exercise: the sum of every element of x with every element of y
import numpy as np
np.random.seed(2)
x = np.random.rand(3, 5)
y = np.random.randint(10, size=8)
z = x[:, :, np.newaxis] + y
print(z.shape, z.dtype)
print(z[0, 0], x[0, 0], y)
print(np.all(z[1, 2] == x[1, 2] + y), np.all(z[:, :, 3] == x + y[3]))
print(np.round(z[2], 3))
try:
    x + y
except ValueError as e:
    print(type(e).__name__, e)
