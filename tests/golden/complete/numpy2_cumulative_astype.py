# numpy2: cumulative_sum, cumulative_prod and the astype function are NumPy 2 additions (1.24 lacks them).
import numpy as np

a = np.array([[1, 2, 3], [4, 5, 6]])
print(np.cumulative_sum(np.array([1, 2, 3])), np.cumulative_sum([1, 2, 3], include_initial=True))
print(np.cumulative_sum(a, axis=0), np.cumulative_sum(a, axis=1, include_initial=True), sep='\n')
print(np.cumulative_prod(a, axis=-1), np.cumulative_prod([1.5, 2.0], include_initial=True), np.cumulative_prod(5))
print(np.cumulative_sum(np.array([True, True]), dtype=np.int8).dtype, np.cumulative_sum(np.ones(0)))
out = np.zeros((2, 4), dtype=int)
r = np.cumulative_sum(a, axis=1, include_initial=True, out=out)
print(r is out, out.tolist())
print(np.astype(np.arange(3), np.float32), np.astype(np.float64(2.5), np.int16), np.astype(a, a.dtype, copy=False) is a)
for t in [lambda: np.cumulative_sum(a), lambda: np.astype([1, 2], float), lambda: np.astype(a, int, device='gpu')]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
