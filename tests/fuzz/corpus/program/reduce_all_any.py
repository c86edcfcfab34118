# all/any: functions and methods, axes, keepdims, empty (all -> True, any -> False), NaN
# is truthy, out=, result dtype bool.
import numpy as np

a = np.array([[1, 0, 2], [3, 4, 0]])
print(a.all(), a.any(), np.all(a, axis=0), np.any(a, axis=0), a.all(axis=1), a.any(axis=-1, keepdims=True))
print(np.all([]), np.any([]), np.all(np.zeros((0, 3)), axis=0), np.any(np.zeros((2, 0)), axis=1))
print(np.all(np.array([np.nan, 1.0])), np.any(np.array([0.0, -0.0])), np.any(np.array([0.0, np.nan])))
print(np.all(a, axis=0).dtype, np.asarray(np.all(a)).dtype)
print(np.all(a > -1), np.any(a > 3, axis=(0, 1)), np.all(5), np.any(0))
print(np.all(a, axis=0, out=np.zeros(3)), np.any(a, axis=1, out=np.zeros(2, dtype=np.int64)))
b = np.arange(24).reshape(2, 3, 4) % 5
print(b.all(axis=(0, 2)), b.any(axis=(1,)), b.all(axis=None), b[:, ::-1, 1:].any(axis=0))
print(np.all(np.array(['a', ''])) if False else '', np.all(np.ones(10000, dtype=bool)), np.any(np.zeros(10000)))
