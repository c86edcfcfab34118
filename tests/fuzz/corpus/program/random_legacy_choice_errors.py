# Legacy choice errors: population shape/size, probabilities, sample larger than population.
import numpy as np

def show(x):
    # arrays by repr; scalars by str (NumPy 2 scalar reprs differ from 1.24's)
    print(repr(x) if isinstance(x, np.ndarray) and x.ndim > 0 else x)


np.random.seed(0)
cases = [
    ('2-d population', lambda: np.random.choice(np.ones((2, 2)))),
    ('0-d array', lambda: np.random.choice(np.array(5))),
    ('a=0', lambda: np.random.choice(0)),
    ('a=-1', lambda: np.random.choice(-1)),
    ('empty list', lambda: np.random.choice([])),
    ('empty list size 0', lambda: np.random.choice([], 0)),
    ('p sum', lambda: np.random.choice(3, p=[0.5, 0.2, 0.2])),
    ('p negative', lambda: np.random.choice(3, p=[1.5, -0.5, 0.0])),
    ('p length', lambda: np.random.choice(3, p=[0.5, 0.5])),
    ('p 2-d', lambda: np.random.choice(2, p=[[0.5, 0.5]])),
    ('p nan', lambda: np.random.choice(2, p=[float('nan'), 0.5])),
    ('too many without replacement', lambda: np.random.choice(3, 5, replace=False)),
    ('negative size without replacement', lambda: np.random.choice(3, -1, replace=False)),
    ('fewer non-zero entries in p', lambda: np.random.choice(3, 3, replace=False, p=[0.5, 0.5, 0.0])),
    ('float a', lambda: np.random.choice(3.5)),
]
for label, f in cases:
    print('==', label)
    try:
        show(f())
    except Exception as e:
        print(type(e).__name__, e)
