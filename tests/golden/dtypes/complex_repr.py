# numpy2: NEP 51 scalar reprs np.complex128(...) replace the bare 1.24 reprs.
import numpy as np

a = np.array([1 + 2j, 3 - 4j, 0.5j])
print(repr(a), repr(np.array([1 + 1j], dtype=np.complex64)), repr(np.zeros(2, complex)))
print(repr(np.complex128(1 + 2j)), repr(np.complex64(1j)), repr(a.sum()), repr(a[2]), repr(np.complex128(-1 - 0j)))
print(repr(a.real), repr(a[0].real), repr(np.abs(a[0])))
