# Legacy permutation: of an int, of 1-d and 2-d arrays (rows), of lists; the input is not modified.
import numpy as np

def show(x):
    # arrays by repr; scalars by str (NumPy 2 scalar reprs differ from 1.24's)
    print(repr(x) if isinstance(x, np.ndarray) and x.ndim > 0 else x)


np.random.seed(0)
print('== permutation(10)')
print(repr(np.random.permutation(10)))
print('== permutation(1) / (0)')
print(repr(np.random.permutation(1)), repr(np.random.permutation(0)))
print('== 1-d array copy')
a = np.array([1.5, 2.5, 3.5, 4.5, 5.5])
p = np.random.permutation(a)
print(repr(p), repr(a))
print('== 2-d permutes rows')
m = np.arange(12).reshape(4, 3)
print(repr(np.random.permutation(m)))
print(repr(m))
print('== list')
print(repr(np.random.permutation([5, 6, 7, 8])))
print('== int dtypes kept')
print(repr(np.random.permutation(np.arange(6, dtype=np.uint8))))
print('== errors')
for x in [np.array(3), -1]:
    try:
        print(repr(np.random.permutation(x)))
    except Exception as e:
        print(type(e).__name__, e)
