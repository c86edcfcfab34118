# numpy2: np.binary_repr raises ValueError for a width too small (1.24 warned and returned the
# wider string) and np.base_repr accepts floats through int() (1.24 failed with a TypeError).
import numpy as np

for n, w in [(5, 2), (-5, 2), (-8, 3), (300, 4), (2**40, 8)]:
    try:
        print(np.binary_repr(n, width=w))
    except ValueError as e:
        print(type(e).__name__, e)
print(np.base_repr(12.7, 2), np.base_repr(-12.7, 16), np.base_repr(np.float64(255.9), 16, padding=2))
np.binary_repr(-300, width=4)
