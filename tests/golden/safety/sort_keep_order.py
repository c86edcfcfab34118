# np.sort copies its input in the input's memory order (copy(order='K'), NumPy's
# PyArray_NewLikeArray): C when C-contiguous, Fortran when F-contiguous (a length-1 axis keeps
# the stride Fortran order gives it), else axes by decreasing |stride|. The stride magnitudes
# are compared without negating them: a length-1 axis may have the stride -2**63, whose
# negation overflowed (UB, found by fuzz_array_ops).
import numpy as np
from numpy.lib.stride_tricks import as_strided

a = np.asfortranarray(np.arange(6.0)[::-1].reshape(3, 1, 2))
for ax in (0, 1, 2, -1):
    s = np.sort(a, axis=ax)
    print(ax, s.strides, s.flags.f_contiguous, s.ravel(order='K'))
b = np.arange(24.0).reshape(2, 3, 4).transpose(1, 0, 2)[:, :, ::-2]
print(np.sort(b).strides, np.sort(b, axis=0).strides, np.sort(b, axis=None)[:5])
e = np.zeros((0, 3)).T
print(np.sort(e).strides, np.sort(e, axis=0).shape)
x = np.array([3.0, 1.0, 2.0, 0.5])
v = as_strided(x, shape=(2, 1, 2), strides=(8, -2**63, 16))
s = np.sort(v, axis=0)
print(s.ravel().tolist(), np.sort(v, axis=2).ravel().tolist(), np.sort(v, axis=None).tolist())
print(np.argsort(v, axis=0).ravel().tolist(), np.sort(v.astype(np.int32), axis=-1).ravel().tolist())
# fancy indexing allocates its subspace in the source's stride order too (same comparison)
print(v[[1, 0]].ravel().tolist(), v[[1, 0]].strides, v[np.array([True, False])].tolist())
print(v[:, :, [1, 0, 1]].ravel().tolist(), v[[0, 1], 0].ravel().tolist())
