# roots of polynomials with complex coefficients: np.roots, poly1d.roots, Polynomial.roots,
# polyroots (the eigenvalues of a complex companion matrix, ZGEEV's order), and
# np.linalg.eigvals of complex matrices
import numpy as np
from numpy.polynomial import Polynomial
from numpy.polynomial import polynomial as P


def c(x):  # roundoff-level parts (libm's last bits differ between platforms) print as 0
    return np.round(x, 9) + 0


for p in [[1, 2j, 3], [1 + 1j, 2, 3 - 2j, 4], [2j, -4j], [1, -2j, -1], [0, 0, 1j, 1, 0, 0],
          [3 - 1j, 0.5j, 2, -1, 1 + 0.25j, 7]]:
    print(np.roots(p))
print(c(np.roots([1j, 0, 0, 1])))
print(np.roots(np.array([1, 1j, 1], dtype=np.complex64)))
print(np.roots([1j]), np.roots([0j, 0j]))
rng = np.random.default_rng(7)
c = rng.standard_normal(9) + 1j * rng.standard_normal(9)
print(np.roots(c))
print(c(np.sort_complex(np.roots(np.poly([1j, -1j, 2 + 1j, 3])))))
print(np.poly1d([1, 1j]).roots, np.poly1d([1, -2j, -1]).r)
print(np.poly1d([1j, 2, 3 + 1j]).roots)
print(Polynomial([1j, 2, 1]).roots())
print(Polynomial([1, 2j, 3, 1 + 1j]).roots())
print(P.polyroots([1, 2j, 3, 1 + 1j]), P.polyroots([2j, 1]), P.polyroots([1j]))

# linalg.eigvals of complex matrices
print(np.linalg.eigvals(np.array([[1, 2j], [3, 4]])))
print(np.linalg.eigvals(np.array([[2 + 1j, 1, 0], [0, 3j, 1], [0, 0, -1]])))
m = rng.standard_normal((4, 4)) + 1j * rng.standard_normal((4, 4))
print(np.linalg.eigvals(m))
print(np.linalg.eigvals(m.astype(np.complex64)).dtype)
print(c(np.linalg.eigvals(np.arange(18).reshape(2, 3, 3) * (1 + 1j))))
print(np.linalg.eigvals(np.zeros((0, 0), dtype=complex)), np.linalg.eigvals(np.array([[5j]])))
h = np.array([[1, 1j, 2], [-1j, 3, 1 - 1j], [2, 1 + 1j, 0]])
print(np.linalg.eigvals(h).real.round(10))
try:
    np.linalg.eigvals(np.array([[1, np.nan * 1j], [0, 1]]))
except np.linalg.LinAlgError as e:
    print('LinAlgError', e)
