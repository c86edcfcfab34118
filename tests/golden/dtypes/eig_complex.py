# numpy.linalg.eig / eigvals of real matrices with complex eigenvalues: complex128 results
# (complex64 for float32), conjugate pairs of eigenvectors unpacked from LAPACK's form.
import numpy as np

rot = np.array([[0., -1.], [1., 0.]])
w, v = np.linalg.eig(rot)
print(w, w.dtype)
print(v, v.dtype)
print(np.linalg.eigvals(rot))
m = np.array([[1., 2., 0.], [-2., 1., 0.], [0., 0., 3.]])
w, v = np.linalg.eig(m)
print(w)
print(v)
print(np.linalg.eig(rot.astype(np.float32))[0].dtype, np.linalg.eig(rot.astype(np.float32))[1].dtype)
s = np.stack([rot, np.eye(2)])
print(np.linalg.eigvals(s))
print(np.linalg.eigvals(np.array([[2., 0.], [0., 3.]])).dtype)
