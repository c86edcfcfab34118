# argsort with the default kind and heapsort on data without ties (the only well-defined
# case for the unstable kinds), along any axis; np.take_along_axis rebuilds np.sort.
import numpy as np

np.random.seed(5)
x = np.random.permutation(50)
print(np.argsort(x), x.argsort(), np.argsort(x, kind='heapsort'), np.argsort(x, kind='quicksort'))
f = np.random.rand(6, 7)
print(np.argsort(f), np.argsort(f, axis=0), np.argsort(f, axis=None)[:10])
print(np.array_equal(np.take_along_axis(f, np.argsort(f, axis=0), axis=0), np.sort(f, axis=0)))
print(np.argsort(f.T[::-1], axis=1)[0], np.argsort(f, kind='heapsort', axis=0)[:, 1])
big = np.random.permutation(20000).astype(np.float32)
i = np.argsort(big)
print(i[:8], i[-8:])
i2 = np.argsort(np.random.rand(5000))
print(i2[:8], i2[-4:])
print(np.argsort(np.array([3, -1, 2], dtype=np.int8)), np.argsort(np.array([3.5, np.nan, -np.inf, 2.0])))
