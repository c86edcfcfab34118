# numpy2: np.trapezoid is NumPy 2's name for np.trapz; np.gradient returns a tuple (1.24: a
# list) for several axes; np.average(..., returned=True) gives NumPy 2 scalar reprs.
import numpy as np

print(np.trapezoid([1, 2, 3]), np.trapezoid([[1, 2], [3, 4]], axis=0), np.trapezoid([1, 2, 3], x=[0, 1, 3]))
g = np.gradient(np.array([[1, 2, 6], [3, 4, 5]]))
print(type(g).__name__, len(g))
print(np.average([1, 2, 3], returned=True))
