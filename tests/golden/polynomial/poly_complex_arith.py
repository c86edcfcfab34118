# complex coefficients through the polynomial APIs: np.convolve/np.correlate of complex arrays
# (correlate conjugates v), poly1d printing and arithmetic, Polynomial products and powers,
# polyfromroots (not polydiv: np.isclose of complex arrays is missing)
import numpy as np
from numpy.polynomial import Polynomial
from numpy.polynomial import polynomial as P

a = np.array([1 + 2j, 3, -1j])
v = np.array([2j, 1 - 1j])
print(np.convolve(a, v), np.convolve(v, a), np.convolve(a, [1, 2]), np.convolve([1.5, 2], v))
for mode in ['valid', 'same', 'full']:
    print(mode, np.correlate(a, v, mode), np.correlate(v, a, mode))
print(np.correlate(a.astype(np.complex64), v.astype(np.complex64)).dtype, np.convolve(a, v.astype(np.complex64)).dtype)
p = np.poly1d([1j, 2]) + np.poly1d([1, 1])
print(p)
print(np.poly1d([1j, 2]) * np.poly1d([1, 1]))
print(np.poly1d([2.5j, 0, -1 + 0.5j, 3]))
print(repr(np.poly1d([1j, 2]) ** 2))
print(np.polymul([1j, 1], [1, -1j]))
print(Polynomial([1j, 2]) * Polynomial([1, 1]))
print(Polynomial([1, 1j]) ** 3)
print(P.polyfromroots([1j, -2, 3 - 1j]))
print(np.round(P.polyroots(P.polyfromroots([1j, -2, 3 - 1j])), 9) + 0)
print(P.polymul([1j, 2], [3, -1j]))
