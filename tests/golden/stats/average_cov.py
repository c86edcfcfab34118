# np.average (weights, axis, returned, keepdims), np.cov and np.corrcoef (rowvar, bias,
# ddof, fweights, aweights, y=), with their errors.
import numpy as np

a = np.arange(1.0, 13.0).reshape(3, 4)
print(np.average(a), np.average(a, axis=0), np.average(a, axis=1), np.average(a, axis=(0, 1)))
print(np.average(range(1, 11), weights=range(10, 0, -1)))
print(np.average(a, axis=1, weights=[1, 0, 2, 1]), np.average(a, axis=0, weights=[0.5, 0.25, 0.25]))
print(np.average(a, weights=np.arange(12).reshape(3, 4)), np.average(np.arange(6), weights=np.ones(6, np.int32)))
print(np.average(a, axis=1, returned=True), np.average(a, returned=True)[0], np.average(a, returned=True)[1])
print(np.average(a, axis=0, weights=[1, 2, 3], returned=True))
print(np.average(a, axis=1, keepdims=True), np.average(a, axis=1, weights=[1, 1, 1, 2], keepdims=True))
print(np.average(np.array([1, 2, 3], np.int8)), np.average(np.array([1.5, 2.5], np.float32)).dtype)
print(np.average(np.array([1.5, 2.5], np.float32), weights=np.array([1, 3], np.float32)).dtype)
for bad in [lambda: np.average(a, weights=[1, 2, 3]), lambda: np.average(a, weights=[0, 0, 0, 0], axis=1),
            lambda: np.average([1, 2], weights=[1, -1])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

x = np.array([[0, 2], [1, 1], [2, 0]]).T
print(np.cov(x))
print(np.cov(x, bias=True), np.cov(x, ddof=0), np.cov(x, ddof=2))
print(np.cov([-2.1, -1, 4.3]), np.cov([-2.1, -1, 4.3], [3, 1.1, 0.12]))
d = np.array([[1.0, 2.0, 4.0, 7.0, 8.0], [0.5, 0.1, 0.9, 2.5, 3.0], [9.0, 7.0, 6.5, 3.0, 1.0]])
print(np.cov(d))
print(np.cov(d.T, rowvar=False))
print(np.cov(d, fweights=[1, 2, 1, 3, 1]))
print(np.cov(d, aweights=[0.5, 1.0, 0.25, 1.0, 2.0]))
print(np.cov(d, fweights=[1, 2, 1, 3, 1], aweights=[0.5, 1.0, 0.25, 1.0, 2.0]))
print(np.cov(d, fweights=[1, 2, 1, 3, 1], aweights=[0.5, 1.0, 0.25, 1.0, 2.0], ddof=0))
print(np.cov(d[0], d[2]), np.cov(np.arange(5), np.arange(5) ** 2, bias=True))
print(np.cov(np.array([[1, 2, 3]], dtype=np.int32)).dtype, np.cov(d.astype(np.float32)).dtype)
print(np.corrcoef(d))
print(np.corrcoef(d[0], d[1]), np.corrcoef(d.T, rowvar=False)[0])
print(np.corrcoef([1, 2, 3]), np.corrcoef([[1, 2, 3], [3, 2, 1]]))
for bad in [lambda: np.cov(np.ones((2, 2, 2))), lambda: np.cov(d, ddof=1.5), lambda: np.cov(d, fweights=[1, 2]),
            lambda: np.cov(d, fweights=[1.5, 1, 1, 1, 1]), lambda: np.cov(d, aweights=[-1, 1, 1, 1, 1])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
