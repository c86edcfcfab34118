# np.log1p's float64 loop (in the wasm build a vectorised copy of the C library's algorithm,
# cpp/core/vmath_log1p.cpp) across the boundaries of its branches: 1 + x inside
# [sqrt(2)/2, sqrt(2)) (k = 0) or not, the rounding correction for k = 1 and k >= 2 and its
# end at k = 54, arguments near -1, tiny ones returned unchanged (2**-53) and the largest.
# Every lane position (the arrays are shifted by one element) and a strided view must give
# the same values. 12 significant digits (transcendental_bits.py says why); x itself where
# log1p(x) is x, every bit.
import numpy as np


def digits(label, a):
    print(label, a.dtype, a.shape, ' '.join(['%.11e' % float(v) for v in np.ravel(a)]))


def bits(label, a):
    print(label, a.dtype, a.shape, ' '.join([repr(float(v)) for v in np.ravel(a)]))


edges = np.array([0.41421356237309503, 0.4142135623730951, 0.41421356237309515, 0.414213562373095,
                  -0.2928932188134524, -0.29289321881345254, -0.2928932188134525, -0.29289321881345237,
                  0.9999999999999999, 1.0, 1.0000000000000002, 2.9999999999999996, 3.0, 3.0000000000000004,
                  2.0 ** 53 - 1, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 54, 2.0 ** 55, 1e300, 1.7976931348623157e308])
digits('edges', np.log1p(edges))
digits('edges shifted', np.log1p(np.concatenate([[0.5], edges]))[1:])
near = -1 + np.array([2.0 ** -53, 2.0 ** -52, 1e-15, 1e-10, 1e-6, 1e-3, 0.25, 0.5, 0.70710678118654746])
digits('near -1', np.log1p(near))
digits('near -1 shifted', np.log1p(np.concatenate([[0.5], near]))[1:])
tiny = np.array([2.0 ** -53, -2.0 ** -53, 2.0 ** -54, -2.0 ** -54, 1.1102230246251568e-16, 1e-17, -3e-300, 5e-324])
bits('tiny', np.log1p(tiny))
digits('tiny shifted', np.log1p(np.concatenate([[0.5], tiny]))[1:])
x = np.linspace(-0.99, 20.0, 2001)
y = np.log1p(x)
digits('linspace', y[::40])
print('shifted equal', bool(np.array_equal(np.log1p(x[1:]), y[1:])), 'strided equal',
      bool(np.array_equal(np.log1p(x[::7]), y[::7])), 'reversed equal', bool(np.array_equal(np.log1p(x[::-1]), y[::-1])))
with np.errstate(all='ignore'):
    bits('special', np.log1p(np.array([0.5, -1.0, -1.0000000000000002, -np.inf, np.inf, np.nan, -0.0, 0.0, -2.0])))
