# numpy2: np.vectorize(otypes=...) works as a decorator factory (NumPy >= 1.25); a boolean
#   kth for np.partition is a ValueError (the 1.x deprecation expired).
import numpy as np


@np.vectorize(otypes=[int])
def double(x):
    return x * 2


print(repr(double([1.5, 2.5])))


@np.vectorize(otypes=[float], excluded={1})
def scale(x, k):
    return x * k


print(repr(scale(np.arange(3), 0.5)))
try:
    np.partition(np.arange(4), np.array([True]))
except ValueError as e:
    print('ValueError', e)
