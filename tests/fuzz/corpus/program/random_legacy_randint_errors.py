# Legacy randint errors: empty ranges, bounds outside the dtype, unsupported dtypes.
import numpy as np

def show(x):
    # arrays by repr; scalars by str (NumPy 2 scalar reprs differ from 1.24's)
    print(repr(x) if isinstance(x, np.ndarray) and x.ndim > 0 else x)


# stridelab's Python ints are 64-bit: build the big bounds from NumPy scalars
I64MAX = 9223372036854775807
U64MAX = np.uint64(I64MAX) * np.uint64(2) + np.uint64(1)
U63 = np.uint64(I64MAX) + np.uint64(1)

np.random.seed(0)
cases = [
    ('low >= high', lambda: np.random.randint(5, 5)),
    ('low > high', lambda: np.random.randint(5, 2)),
    ('randint(0)', lambda: np.random.randint(0)),
    ('randint(-3)', lambda: np.random.randint(-3)),
    ('int8 high', lambda: np.random.randint(0, 200, dtype=np.int8)),
    ('int8 low', lambda: np.random.randint(-200, 0, dtype=np.int8)),
    ('uint8 negative low', lambda: np.random.randint(-1, 5, dtype=np.uint8)),
    ('uint8 high 257', lambda: np.random.randint(0, 257, dtype=np.uint8)),
    ('bool high 3', lambda: np.random.randint(0, 3, dtype=bool)),
    ('int64 high 2**64 - 1', lambda: np.random.randint(0, U64MAX)),
    ('int64 low 2**63', lambda: np.random.randint(U63, U64MAX)),
    ('float dtype', lambda: np.random.randint(0, 5, dtype=float)),
    ('float32 dtype', lambda: np.random.randint(0, 5, dtype=np.float32)),
    ('array low >= high', lambda: np.random.randint([1, 5], [2, 5])),
    ('array bounds', lambda: np.random.randint([0, -1], 5, dtype=np.uint8)),
    ('shape mismatch', lambda: np.random.randint([0, 1], [2, 3, 4])),
    ('negative size', lambda: np.random.randint(5, size=-1)),
]
for label, f in cases:
    print('==', label)
    try:
        show(f())
    except Exception as e:
        print(type(e).__name__, e)
