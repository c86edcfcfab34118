# Allocation requests near 2**63 bytes: MemoryError with NumPy's message, and the session's
# memory accounting must not overflow adding them (UB found by fuzz_array_ops).
import numpy as np
for n in (2**63 - 3, 2**62, 2**52 + 1):
    try:
        np.empty(n, dtype=np.int8)
    except MemoryError as e:
        print(e)
try:
    np.ones((2**31, 2**31), dtype=np.bool_)
except MemoryError as e:
    print(e)
print(np.zeros(3, np.int8))
