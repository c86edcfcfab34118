# Advanced NumPy tutorial: axis-wise evaluation (library size per sample) on a small synthetic expr
import numpy as np
np.random.seed(0)
expr = np.asfortranarray(np.random.randint(0, 1000, size=(50, 8)).astype(np.uint32))
print(expr.shape, expr.dtype, expr.strides, expr.flags['F_CONTIGUOUS'])
print(expr[:3])
print(np.sum(expr))
lib_size = np.sum(expr, axis=0)
print(lib_size, lib_size.dtype, lib_size.shape)
print(np.sum(expr, axis=1)[:5])
print(expr.sum(axis=0) == lib_size)
print(np.mean(expr, axis=0))
