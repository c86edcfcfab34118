# Advanced NumPy tutorial exercise: np.broadcast_arrays + print_info (zero strides)
import numpy as np


def print_info(a):
    print('number of elements:', a.size)
    print('number of dimensions:', a.ndim)
    print('shape:', a.shape)
    print('data type:', a.dtype)
    print('strides:', a.strides)


np.random.seed(2)
x = np.random.rand(3, 5)
y = np.random.randint(10, size=8).astype(np.int64)
xb, yb = np.broadcast_arrays(x[:, :, np.newaxis], y)
print_info(xb)
print_info(yb)
print(np.all(xb + yb == x[:, :, np.newaxis] + y))
print(yb[0], yb[2, 4])
print(xb.flags['OWNDATA'], yb.flags['OWNDATA'], np.shares_memory(yb, y), xb.base is not None)
print(len(np.broadcast_arrays(np.arange(3), 5, np.ones((2, 1)))))
