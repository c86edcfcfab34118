# Window functions, unwrap, asarray_chkfinite, array_equiv and the type-check helpers on
# real inputs (parameters, empty/0-d inputs, errors).
import numpy as np

for f in [np.hanning, np.hamming, np.bartlett, np.blackman]:
    print(f.__name__, f(5), f(1), f(0), f(-2), f(4.0), f(6).dtype)
print(np.round(np.kaiser(6, 14), 12), np.kaiser(1, 5), np.round(np.kaiser(4, 0), 12))
phase = np.linspace(0, np.pi, num=5)
phase[3:] += np.pi
print(np.unwrap(phase))
print(np.unwrap([0, 1, 2, -1, 0], period=4), np.unwrap([1, 2, 3, 4, 5, 6, 1, 2, 3], period=6))
print(np.unwrap(np.array([[0.0, 3.5, 7.0], [0.1, -3.0, 3.2]]), axis=0))
print(np.unwrap(np.array([[0.0, 3.5, 7.0], [0.1, -3.0, 3.2]])), np.unwrap([0.0, 5.0], discont=10))
print(np.asarray_chkfinite([1, 2, 3]), np.asarray_chkfinite([1.5, 2], dtype=np.float32).dtype)
print(np.array_equiv([1, 2], [1, 2]), np.array_equiv([1, 2], [[1, 2], [1, 2]]), np.array_equiv([1, 2], [1, 3]),
      np.array_equiv([1, 2], [[1, 2, 1, 2], [1, 2, 1, 2]]), np.array_equiv(np.ones((2, 3)), 1))
a = np.array([1.0, 2.5, -3.0])
print(np.real(a), np.imag(a), np.real(a) is a, np.real(5), np.imag(5.0), np.imag(a).flags.writeable)
print(np.iscomplex(a), np.iscomplex(1.0), np.isreal(a), np.isreal(3), np.iscomplexobj(a), np.isrealobj([1, 2]))
print(np.real_if_close(a), np.mintypecode(['d', 'f', 'S']), np.mintypecode('efd'), np.mintypecode('ab'), np.mintypecode([np.float32(1)]))
print(np.typename('d'), np.typename('?'), np.typename('l'), np.isfortran(np.ones((2, 3), order='F')), np.isfortran(np.ones(3)))
print(np.euler_gamma, np.little_endian)
for t in [lambda: np.asarray_chkfinite([1, np.nan]), lambda: np.asarray_chkfinite([np.inf]),
          lambda: np.kaiser(0, 1), lambda: np.typename('x')]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
