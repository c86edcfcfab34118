# np.unique along an axis: unique rows / columns (lexicographic order), with the return_*
# arrays, and errors for a bad axis.
import numpy as np

a = np.array([[1, 0, 0], [1, 0, 0], [2, 3, 4], [0, 9, 9], [2, 3, 4]])
print(np.unique(a, axis=0))
print(np.unique(a, axis=1))
u, i, inv, c = np.unique(a, axis=0, return_index=True, return_inverse=True, return_counts=True)
print(u, i, inv, c)
print(np.unique(a, axis=-1, return_counts=True))
b = np.array([[0.5, 1.0], [0.5, 1.0], [-1.0, 2.0]])
print(np.unique(b, axis=0), np.unique(np.array([[1, 1], [1, 1]]), axis=1))
try:
    np.unique(a, axis=2)
except Exception as e:
    print(type(e).__name__, e)
print(np.unique(np.array([3, 1, 3]), axis=0))
