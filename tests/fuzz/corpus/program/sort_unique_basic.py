# np.unique on the flattened input: sorted unique values for every dtype, 2-d input, NaNs
# (collapsed to one with equal_nan=True, the default), -0.0/0.0, empty and 0-d inputs.
import numpy as np

print(np.unique([3, 1, 2, 3, 1]), np.unique(np.array([[5, 5], [1, 2]])), np.unique(np.array([True, False, True])))
print(np.unique(np.array([2.5, -1.0, 2.5, np.inf])), np.unique(np.array([200, 3, 200], dtype=np.uint8)).dtype)
n = np.array([1.0, np.nan, 2.0, np.nan, 1.0])
print(np.unique(n), np.unique(n, equal_nan=False), np.unique(np.array([np.nan, np.nan])))
print(np.unique(np.array([], dtype=np.int32)), np.unique(np.array([], dtype=np.int32)).dtype, np.unique(np.array(7)))
print(np.unique(np.array([0.0, -0.0, 0.0])), np.unique(np.arange(10)[::-3]))
np.random.seed(6)
r = np.random.randint(0, 30, size=500)
u = np.unique(r)
print(u, len(u))
print(np.unique(np.random.rand(5).astype(np.float32)))
