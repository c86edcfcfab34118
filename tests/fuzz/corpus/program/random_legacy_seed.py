# np.random.seed forms: int, 0, 2**32-1, sequences (init_by_array), and the seed errors.
import numpy as np

for s in [0, 1, 42, 2**31, 2**32 - 1]:
    np.random.seed(s)
    print('== seed', s)
    print(repr(np.random.rand(3)))
    print(repr(np.random.randint(0, 1000, size=4)))

for s in [[1, 2, 3], [0], (7, 8), [2**32 - 1, 5]]:
    np.random.seed(s)
    print('== seed seq', s)
    print(repr(np.random.rand(3)))

for s in [-1, 2**32, [-1], [], 1.5]:
    print('== bad seed', s)
    try:
        np.random.seed(s)
    except Exception as e:
        print(type(e).__name__, e)
