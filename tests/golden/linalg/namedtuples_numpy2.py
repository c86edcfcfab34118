# numpy2: numpy.linalg's qr/eigh/svd/slogdet return NamedTuples (QRResult, EighResult,
#   SVDResult, SlogdetResult) with NEP 51 scalar reprs; NumPy 1.24 returned plain tuples.
#   cholesky(upper=True) is new in NumPy 2.0.
import numpy as np

a = np.array([[2.0, 1.0], [1.0, 3.0]])
r = np.linalg.qr(a)
print(type(r).__name__, isinstance(r, tuple), len(r))
print(r)
print(r.Q.shape, r.R.shape, r[1] is r.R)
e = np.linalg.eigh(a)
print(e)
print(e.eigenvalues, e.eigenvectors[0])
s = np.linalg.svd(a)
print(type(s).__name__, s.S, s.U.shape, s.Vh.shape)
q, w = np.linalg.eigh(a)
print(q)
sl = np.linalg.slogdet(a)
print(sl)
print(sl.sign, sl.logabsdet)
p = np.array([[4.0, 2.0, 0.4], [2.0, 5.0, 1.0], [0.4, 1.0, 3.0]])
print(np.linalg.cholesky(p, upper=True))
print(np.allclose(np.linalg.cholesky(p, upper=True), np.linalg.cholesky(p).T))
