# stridelab_only: np.repeat whose total length wraps int64 to a small non-negative number.
# NumPy 1.24 allocates the wrapped length and then copies the true one past the end of the
# buffer (a segmentation fault); stridelab raises NumPy's "array is too big" ValueError (found
# by fuzz_array_ops). A total that wraps negative keeps NumPy's "negative dimensions" error.
import numpy as np

for args in [(np.arange(4), 2**62 + 1), (np.arange(2), [2**63 - 1, 2**63 - 1]),
             (np.arange(3), [2**63 - 1, 2**63 - 1, 3]), (np.arange(2), [2**63 - 1, 3]),
             (np.arange(4, dtype=np.int8).reshape(2, 2), 2**63 - 1, 0)]:
    try:
        print(np.repeat(*args))
    except ValueError as e:
        print('ValueError:', e)
print(np.repeat(np.arange(3), [1, 0, 2]), np.tile(np.arange(2), 3))
try:
    np.tile(np.arange(4), 2**62 + 1)
except (ValueError, MemoryError) as e:
    print(type(e).__name__ + ':', e)
