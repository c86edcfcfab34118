# min/max/amin/amax (functions and methods): axes, keepdims, dtypes, NaN propagation, inf.
import numpy as np

a = np.array([[3, 7, 1], [9, -2, 5]])
print(a.min(), a.max(), np.min(a, axis=0), np.max(a, axis=1), np.amin(a, axis=-1), np.amax(a, axis=(0, 1)))
print(a.max(axis=0, keepdims=True), np.min(a, keepdims=True))
for dt in ['bool', 'int8', 'uint8', 'int16', 'uint32', 'int64', 'uint64', 'float32', 'float64']:
    x = np.array([[1, 0, 3], [2, 5, 0]], dtype=dt)
    print(dt, x.max(), x.min(), x.max(axis=0), x.min(axis=1), x.max(axis=0).dtype, np.asarray(x.min()).dtype)
n = np.array([1.0, np.nan, 3.0, -np.inf])
print(n.max(), n.min(), np.max(n[::-1]), np.max(np.array([np.nan, 1.0])))
m = np.array([[1.0, np.nan], [3.0, 4.0], [-1.0, 2.0]])
print(m.max(axis=0), m.min(axis=1), np.amax(m), np.amin(m[:, :1]))
print(np.max(np.array([np.inf, 1.0])), np.min(np.array([-np.inf, 1.0])))
print(np.max([1, 5, 2]), np.min([[1.5, -2]], axis=1), np.max(7))
print(np.max(np.array([-5, -3], dtype=np.int64)), np.min(np.array([2**62, 1], dtype=np.uint64) * np.uint64(3)))
z = np.random.RandomState(3).randn(1000)
print(z.max(), z.min(), z[::-3].max(), z.reshape(10, 100).max(axis=1).tolist()[:3])
f32 = np.array([1.5, np.nan, 2.5], dtype=np.float32)
print(f32.max(), np.asarray(f32.max()).dtype, f32[::2].max())
print(np.maximum.reduce(a, axis=0), np.minimum.reduce(a.ravel()))
