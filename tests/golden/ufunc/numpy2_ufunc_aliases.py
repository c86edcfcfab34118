# numpy2: the array-API aliases (np.asinh, np.acosh, np.atanh, np.pow, ...) exist since 2.0,
# and np.fix keeps integer dtypes since 2.1 (ceil/floor of integers are integers).
import numpy as np

for name, target in [('asinh', 'arcsinh'), ('acosh', 'arccosh'), ('atanh', 'arctanh'),
                     ('asin', 'arcsin'), ('acos', 'arccos'), ('atan', 'arctan'), ('atan2', 'arctan2'),
                     ('pow', 'power'), ('conj', 'conjugate'), ('bitwise_invert', 'invert')]:
    f = getattr(np, name, None)
    print(name, f is getattr(np, target), f.__name__ if f is not None else None)
print(np.fix(3), np.fix(np.arange(-3, 3)), np.fix(np.arange(-3, 3)).dtype)
