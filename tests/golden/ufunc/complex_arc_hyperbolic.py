# complex loops of arcsinh/arccosh/arctanh, and arcsin/arccos on the real segment [-1, 1]
# (C99's signed zeros: arccos(x+0j) = acos(x) - 0j)
import numpy as np

z = np.array([1 + 1j, -2 + 0j, 0.5 - 0.25j, 3j, -0.75 + 0j])
for f in [np.arcsinh, np.arccosh, np.arctanh, np.arcsin, np.arccos]:
    r = f(z)
    print(f.__name__, r, r.dtype)
    r32 = f(z.astype(np.complex64))
    print(f.__name__, r32.dtype, bool(np.abs(r32 - r).max() < 1e-5))
seg = np.array([-1.0, -0.5, 0.0, 0.5, 1.0]) + 0j
print(np.arccos(seg))
print(np.arcsin(seg))
print(np.signbit(np.arccos(seg).imag), np.signbit(np.arcsin(seg).imag))
print(np.arcsinh(np.array(0j)), np.arctanh(z[::2]), np.arccosh(z.reshape(5, 1)[1:3]))
print(np.arcsinh(np.array([], dtype=np.complex128)))
