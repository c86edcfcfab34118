# searchsorted with sorter= (indices that sort a), and its errors.
import numpy as np

a = np.array([40, 10, 30, 20, 50])
s = np.argsort(a)
print(np.searchsorted(a, [25, 10, 55, 0], sorter=s), np.searchsorted(a, 30, side='right', sorter=s))
print(a.searchsorted([15, 45], sorter=s), np.searchsorted(a, 20, sorter=list(s)))
f = np.array([0.3, np.nan, 0.1, 0.2])
print(np.searchsorted(f, [0.15, np.nan, 1.0], sorter=np.argsort(f)))
for bad in [np.array([0, 1, 2]), np.array([0, 1, 2, 3, 9]), np.array([0.0, 1, 2, 3, 4]), np.array([[0, 1, 2, 3, 4]]), np.array([0, 1, 2, 3, -1])]:
    try:
        print(np.searchsorted(a, 25, sorter=bad))
    except Exception as e:
        print(type(e).__name__, e)
