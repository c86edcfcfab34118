# np.lexsort: the last key is primary, ties broken by earlier keys, stable; 2-d key arrays,
# axis=, mixed dtypes, NaN, errors.
import numpy as np

surnames = np.array([3, 1, 2, 1, 3, 2])
first = np.array([1, 2, 1, 1, 0, 2])
print(np.lexsort((first, surnames)), np.lexsort((surnames, first)), np.lexsort([surnames]))
keys = np.array([[1, 0, 1, 0], [5, 5, 4, 4]])
print(np.lexsort(keys), np.lexsort(keys[::-1]))
a = np.array([1.5, np.nan, 0.5, 1.5])
b = np.array([2, 1, 2, 1], dtype=np.int8)
print(np.lexsort((a, b)), np.lexsort((b, a)))
m1 = np.array([[3, 1, 2], [1, 1, 0]])
m2 = np.array([[0, 0, 1], [1, 0, 0]])
print(np.lexsort((m1, m2)), np.lexsort((m1, m2), axis=0), np.lexsort((m1, m2), axis=-1))
np.random.seed(8)
k1 = np.random.randint(0, 3, 40)
k2 = np.random.randint(0, 3, 40)
print(np.lexsort((k1, k2)))
print(np.lexsort((np.array([]), np.array([]))), np.lexsort((np.array([1]),)))
for bad in [(np.array([1, 2]), np.array([1, 2, 3]))]:
    try:
        np.lexsort(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    np.lexsort((m1, m2), axis=2)
except Exception as e:
    print(type(e).__name__, e)
